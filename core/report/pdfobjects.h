// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

#include <vector>

namespace Akademiplan {

// The numbered objects of one PDF file, written one after the other to a device as they come
// (a file of 15,800 pages is never held in memory whole), and the cross-reference table that
// finds them. An object's number is reserved first, so that others
// can refer to it before it is written (a page to its fonts, which are only known at the end).
class PdfObjects
{
public:
    explicit PdfObjects(QIODevice *device);

    int reserve();
    // Writes object `number` with `body` ("<< /Type /Page … >>", "[…]").
    void add(int number, const QByteArray &body);
    // Writes a stream object: `entries` are the dictionary's entries besides /Length and /Filter.
    // `compress` deflates the data fast: these files are written by the thousand, and the speed
    // of writing them matters more than the last few per cent of their size.
    void addStream(int number, const QByteArray &entries, const QByteArray &data, bool compress = true);
    // Ends the file, once every reserved number has been written; false when the device
    // refused any of it.
    bool finish(int catalog, int info, const QByteArray &fileId);

    // A text string for the document information (titles, names): ASCII as it is, anything
    // else as UTF-16 with a byte order mark, as PDF 1.7 § 7.9.2.2 requires.
    static QByteArray text(const QString &text);
    static QByteArray name(const QString &name);
    // A number with at most two decimals and no exponent.
    static void appendNumber(QByteArray &out, double value);
    static QByteArray number(double value);

private:
    void flushIfFull();

    QIODevice *m_device;
    qint64 m_written = 0; // bytes handed to the device before m_bytes
    bool m_failed = false;
    QByteArray m_bytes;
    std::vector<qint64> m_offsets; // 0 while a reserved number is not yet written
};

} // namespace Akademiplan
