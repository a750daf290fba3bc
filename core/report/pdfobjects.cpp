// SPDX-License-Identifier: MPL-2.0
#include "pdfobjects.h"

#include <QIODevice>

#include <cmath>
#include <cstdio>

namespace Akademiplan {

PdfObjects::PdfObjects(QIODevice *device)
    : m_device(device)
{
    // The binary comment tells file transfers that the file is not text.
    m_bytes = QByteArrayLiteral("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    m_bytes.reserve(1024 * 1024);
}

void PdfObjects::flushIfFull()
{
    if (m_bytes.size() < 1024 * 1024)
        return;
    m_failed = m_failed || m_device->write(m_bytes) != m_bytes.size();
    m_written += m_bytes.size();
    m_bytes.clear();
}

int PdfObjects::reserve()
{
    m_offsets.push_back(0);
    return int(m_offsets.size());
}

void PdfObjects::add(int number, const QByteArray &body)
{
    m_offsets[std::size_t(number - 1)] = m_written + m_bytes.size();
    m_bytes += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    flushIfFull();
}

void PdfObjects::addStream(int number, const QByteArray &entries, const QByteArray &data, bool compress)
{
    // qCompress puts the length in four bytes before a plain zlib stream, which is what
    // /FlateDecode reads.
    const QByteArray stored = compress ? qCompress(data, 1).mid(4) : data;
    m_offsets[std::size_t(number - 1)] = m_written + m_bytes.size();
    m_bytes += QByteArray::number(number) + " 0 obj\n<< " + entries + " /Length "
               + QByteArray::number(stored.size()) + (compress ? " /Filter /FlateDecode" : "") + " >>\nstream\n";
    m_bytes += stored;
    m_bytes += "\nendstream\nendobj\n";
    flushIfFull();
}

bool PdfObjects::finish(int catalog, int info, const QByteArray &fileId)
{
    const qint64 xref = m_written + m_bytes.size();
    m_bytes += "xref\n0 " + QByteArray::number(qulonglong(m_offsets.size() + 1)) + "\n0000000000 65535 f \n";
    char entry[24];
    for (qint64 offset : m_offsets) {
        std::snprintf(entry, sizeof entry, "%010lld 00000 n \n", static_cast<long long>(offset));
        m_bytes += entry;
    }
    const QByteArray id = "<" + fileId.toHex() + ">";
    m_bytes += "trailer\n<< /Size " + QByteArray::number(qulonglong(m_offsets.size() + 1)) + " /Root "
               + QByteArray::number(catalog) + " 0 R /Info " + QByteArray::number(info) + " 0 R /ID [" + id + " "
               + id + "] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    m_failed = m_failed || m_device->write(m_bytes) != m_bytes.size();
    m_bytes.clear();
    return !m_failed;
}

QByteArray PdfObjects::text(const QString &text)
{
    bool plain = true;
    for (QChar c : text)
        plain = plain && c.unicode() >= 0x20 && c.unicode() < 0x7F;
    if (plain) {
        QByteArray escaped = text.toLatin1();
        escaped.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        return "(" + escaped + ")";
    }
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xFF);
    }
    return "<" + utf16.toHex() + ">";
}

QByteArray PdfObjects::name(const QString &name)
{
    QByteArray out("/");
    for (char c : name.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x20 && byte < 0x7F && !QByteArrayView("#()<>[]{}/%").contains(c))
            out += c;
        else
            out += "#" + QByteArray::number(byte, 16).rightJustified(2, '0');
    }
    return out;
}

void PdfObjects::appendNumber(QByteArray &out, double value)
{
    // Hundredths of a device dot are far below what paper shows; writing whole numbers by hand
    // is several times faster than formatting doubles, and pages hold hundreds of numbers.
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    char digits[24];
    int length = 0;
    long long whole = hundredths / 100;
    do {
        digits[length++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    while (length > 0)
        out += digits[--length];
    const int fraction = int(hundredths % 100);
    if (fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += char('0' + fraction % 10);
    }
}

QByteArray PdfObjects::number(double value)
{
    QByteArray out;
    appendNumber(out, value);
    return out;
}

} // namespace Akademiplan
