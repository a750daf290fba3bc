// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "csvformat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Akademiplan {

// Reads the CSV files spreadsheets write (RFC 4180 as Excel and LibreOffice practise it): fields
// in double quotes may hold separators, doubled quotes and line breaks; lines end in CRLF, LF
// or CR; a last empty line and rows with nothing in them are not records.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::CsvReader)

public:
    // The separator and encoding the file most likely has: a byte order mark decides the
    // encoding, else text that is valid UTF-8 is UTF-8 and anything else Windows-1252; Excel's
    // "sep=;" line decides the separator, else the one of ; tab and , that splits the first
    // rows into the same number of fields.
    static CsvFormat detect(const QByteArray &bytes);
    static CsvTable read(const QByteArray &bytes);
    static CsvTable read(const QByteArray &bytes, const CsvFormat &format);

    // The bytes of a spreadsheet's text file; false, with one sentence on what is wrong, for a
    // path that is missing, a folder or unreadable, or a file far larger than any list.
    static bool readFile(const QString &path, QByteArray *bytes, QString *error);

    // What keeps the table from being read as rows, for any import to say: a quotation mark that
    // is never closed swallows the rest of the file into one field. Empty when there is nothing.
    static QString structureProblem(const CsvTable &table);

    // "semicolon-separated, Windows-1252 (Danish Excel)", for the user to check.
    static QString describe(const CsvFormat &format);
    static QString separatorName(QChar separator);
    static QString encodingName(TextEncoding encoding);

    static QString decode(const QByteArray &bytes, TextEncoding encoding);
    static CsvTable parse(QStringView text, QChar separator);

private:
    static QChar detectSeparator(QStringView text);
};

} // namespace Akademiplan
