// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Akademiplan {

// Writes CSV that Danish Excel opens as it is meant, by double-click: UTF-8 with a byte order
// mark (else Excel reads Windows-1252 and Danish letters break), semicolons (the separator of the
// Danish list setting) and CRLF. A value a spreadsheet would run as a formula (starting with =,
// +, -, @, tab or CR, and not a plain number such as "-1250,50") gets an apostrophe in front, which CsvWriter::plainValue() takes off again
// on import, so that a file goes out and comes back unchanged.
class CsvWriter
{
public:
    static QByteArray write(const QList<QStringList> &rows);
    static QString safeValue(const QString &value);
    // The value as it was before safeValue(); anything else unchanged.
    static QString plainValue(const QString &cell);
};

} // namespace Akademiplan
