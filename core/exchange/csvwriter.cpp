// SPDX-License-Identifier: MPL-2.0
#include "csvwriter.h"

#include <QRegularExpression>

namespace Akademiplan {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Whether the value, after any apostrophes it starts with, starts as a formula: such a value is
// escaped by one more apostrophe, so that escaping is undone exactly even for a value that
// itself begins "'=".
bool looksLikeFormula(const QString &value, qsizetype apostrophesAtLeast)
{
    qsizetype i = 0;
    while (i < value.size() && value.at(i) == u'\'')
        ++i;
    return i >= apostrophesAtLeast && i < value.size() && isFormulaStart(value.at(i));
}

// A number such as "-1250,50" starts like a formula but cannot run as one; escaping it would turn
// a negative amount of a budget into text that no sum counts.
bool isNumber(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+([.,][0-9]+)?$"));
    return number.match(value).hasMatch();
}

QString quoted(const QString &value)
{
    const bool needsQuotes = value.contains(u';') || value.contains(u'"') || value.contains(u'\n')
                             || value.contains(u'\r') || value.startsWith(u' ') || value.endsWith(u' ');
    if (!needsQuotes)
        return value;
    QString text = value;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QString CsvWriter::safeValue(const QString &value)
{
    return looksLikeFormula(value, 0) && !isNumber(value) ? QLatin1Char('\'') + value : value;
}

QString CsvWriter::plainValue(const QString &cell)
{
    return looksLikeFormula(cell, 1) ? cell.mid(1) : cell;
}

QByteArray CsvWriter::write(const QList<QStringList> &rows)
{
    QString text;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                text.append(QLatin1Char(';'));
            QString cell = quoted(safeValue(row.at(c)));
            // Excel takes a file whose first bytes are "ID" for SYLK and refuses it; the byte order
            // mark comes first already, and the quotes keep it safe should the mark be stripped.
            if (r == 0 && c == 0 && cell.startsWith(QLatin1String("ID")))
                cell = QLatin1Char('"') + cell + QLatin1Char('"');
            text.append(cell);
        }
        text.append(QLatin1String("\r\n"));
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace Akademiplan
