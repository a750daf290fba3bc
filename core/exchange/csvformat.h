// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QChar>
#include <QList>
#include <QStringList>

namespace Akademiplan {

// How the bytes of a spreadsheet's text export are to be read. Danish Excel writes
// Windows-1252 ("CSV (semikolonsepareret)") or UTF-8 with a byte order mark ("CSV UTF-8"),
// and "Unicode-tekst" as UTF-16 with tabs.
enum class TextEncoding { Utf8, Windows1252, Utf16 };

struct CsvFormat
{
    QChar separator = QLatin1Char(';');
    TextEncoding encoding = TextEncoding::Utf8;

    bool operator==(const CsvFormat &) const = default;
};

// The records of a CSV file, the header first. Records with nothing in them are left out;
// `rowNumbers` holds, for each record, the row a spreadsheet shows it in (the header is row 1),
// so that a message can send the user to the right row.
struct CsvTable
{
    CsvFormat format;
    QList<QStringList> rows;
    QList<int> rowNumbers;
    // The row where a quoted field starts that no quotation mark closes (the rest of the file
    // was read into it), or 0.
    int unclosedQuoteRow = 0;

    QStringList header() const { return rows.isEmpty() ? QStringList() : rows.constFirst(); }
};

} // namespace Akademiplan
