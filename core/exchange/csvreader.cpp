// SPDX-License-Identifier: MPL-2.0
#include "csvreader.h"

#include "windows1252.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace Akademiplan {

namespace {

bool startsWith(const QByteArray &bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char byte : prefix)
        if (static_cast<unsigned char>(bytes.at(i++)) != byte)
            return false;
    return true;
}

// Excel writes "sep=;" as the first line when asked to, and reads it back as the separator.
QChar declaredSeparator(QStringView text, qsizetype *lineLength)
{
    if (!text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) || text.size() < 5)
        return {};
    qsizetype end = 5;
    if (end < text.size() && text.at(end) == u'\r')
        ++end;
    if (end < text.size() && text.at(end) == u'\n')
        ++end;
    if (end != text.size() && text.at(end - 1) != u'\n' && text.at(end - 1) != u'\r')
        return {};
    *lineLength = end;
    return text.at(4);
}

QStringView withoutByteOrderMark(QStringView text)
{
    return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
}

} // namespace

QString CsvReader::decode(const QByteArray &bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Windows1252:
        return Windows1252::decode(bytes);
    case TextEncoding::Utf16: {
        // Without a byte order mark, Excel's "Unicode text" is little-endian.
        QStringDecoder decoder(startsWith(bytes, {0xFE, 0xFF}) ? QStringConverter::Utf16BE
                                                               : QStringConverter::Utf16LE);
        return decoder.decode(bytes);
    }
    case TextEncoding::Utf8:
        break;
    }
    QStringDecoder decoder(QStringConverter::Utf8);
    return decoder.decode(bytes);
}

bool CsvReader::readFile(const QString &path, QByteArray *bytes, QString *error)
{
    // A spreadsheet export of a municipality's staff is a few megabytes at most; anything far
    // larger is not such a list, and is refused before it is read into memory.
    constexpr qint64 largest = 64 * 1024 * 1024;
    const QFileInfo info(path);
    QFile file(path);
    if (!info.exists()) {
        *error = tr("Cannot read %1: there is no such file.").arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = tr("Cannot read %1: it is a folder.").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *bytes = file.read(largest + 1);
    if (bytes->size() > largest) {
        bytes->clear();
        *error = tr("%1 is too large to be a list of people or attendance.").arg(path);
        return false;
    }
    return true;
}

QString CsvReader::structureProblem(const CsvTable &table)
{
    if (table.unclosedQuoteRow == 0)
        return {};
    return tr("Row %1 starts a quoted field that no quotation mark closes, so the rest of the file cannot be read as "
              "rows. Correct the file, or check the separator.")
        .arg(table.unclosedQuoteRow);
}

QString CsvReader::separatorName(QChar separator)
{
    switch (separator.unicode()) {
    case u';': return tr("semicolon");
    case u',': return tr("comma");
    case u'\t': return tr("tab");
    default: return tr("“%1”").arg(separator);
    }
}

QString CsvReader::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return tr("UTF-8");
    case TextEncoding::Windows1252: return tr("Windows-1252 (Western European)");
    case TextEncoding::Utf16: return tr("UTF-16 (Unicode text)");
    }
    return {};
}

QString CsvReader::describe(const CsvFormat &format)
{
    return tr("separated by %1, %2").arg(separatorName(format.separator), encodingName(format.encoding));
}

CsvFormat CsvReader::detect(const QByteArray &bytes)
{
    CsvFormat format;
    if (startsWith(bytes, {0xFF, 0xFE}) || startsWith(bytes, {0xFE, 0xFF})) {
        format.encoding = TextEncoding::Utf16;
    } else if (!startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        // decode() converts only when its result becomes a QString.
        const QString text = utf8.decode(bytes);
        if (utf8.hasError())
            format.encoding = TextEncoding::Windows1252;
    }
    // The separator shows in the first rows; decoding only those keeps a large file quick.
    const QString start = decode(bytes.left(64 * 1024), format.encoding);
    format.separator = detectSeparator(withoutByteOrderMark(start));
    return format;
}

QChar CsvReader::detectSeparator(QStringView text)
{
    qsizetype declaredLength = 0;
    if (const QChar declared = declaredSeparator(text, &declaredLength); !declared.isNull())
        return declared;
    // The separator is the one that gives the header several fields and most of the next rows
    // as many; on a tie the order is Danish Excel's ; then tab then ,.
    constexpr std::array<char16_t, 3> candidates = {u';', u'\t', u','};
    QChar best = QLatin1Char(';');
    int bestScore = -1;
    for (const char16_t candidate : candidates) {
        CsvTable sample = parse(text.left(16 * 1024), QChar(candidate));
        // The sample may end inside a row.
        if (sample.rows.size() > 1)
            sample.rows.removeLast();
        if (sample.rows.isEmpty() || sample.rows.constFirst().size() < 2)
            continue;
        const qsizetype width = sample.rows.constFirst().size();
        int score = 1;
        for (qsizetype i = 1; i < sample.rows.size() && i < 50; ++i)
            score += sample.rows.at(i).size() == width ? 2 : 0;
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

CsvTable CsvReader::read(const QByteArray &bytes)
{
    return read(bytes, detect(bytes));
}

CsvTable CsvReader::read(const QByteArray &bytes, const CsvFormat &format)
{
    const QString text = decode(bytes, format.encoding);
    QStringView view = withoutByteOrderMark(text);
    qsizetype declaredLength = 0;
    if (!declaredSeparator(view, &declaredLength).isNull())
        view = view.mid(declaredLength);
    CsvTable table = parse(view, format.separator);
    table.format = format;
    if (declaredLength > 0) {
        for (int &row : table.rowNumbers)
            ++row;
        if (table.unclosedQuoteRow > 0)
            ++table.unclosedQuoteRow;
    }
    return table;
}

CsvTable CsvReader::parse(QStringView text, QChar separator)
{
    CsvTable table;
    table.format.separator = separator;
    QStringList record;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool anyContent = false; // the record has a non-empty field or a quoted one
    int rowNumber = 1;
    const char16_t sep = separator.unicode();
    auto endField = [&] {
        if (!field.isEmpty())
            anyContent = true;
        record.append(field);
        field.clear();
    };
    auto endRecord = [&] {
        endField();
        if (anyContent) {
            table.rows.append(record);
            table.rowNumbers.append(rowNumber);
        }
        record.clear();
        anyContent = false;
        ++rowNumber;
    };
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const char16_t c = text[i].unicode();
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field.append(QLatin1Char('"'));
                    i += 2;
                    continue;
                }
                quoted = false;
            } else if (c == u'\r') {
                // A line break inside a field is kept as the spreadsheet shows it: one LF, whether
                // the file ends its lines in CRLF or in CR.
                field.append(QLatin1Char('\n'));
                if (i + 1 < size && text[i + 1] == u'\n')
                    ++i;
            } else {
                field.append(QChar(c));
            }
            ++i;
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            anyContent = true;
        } else if (c == sep) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            endRecord();
        } else {
            field.append(QChar(c));
        }
        ++i;
    }
    if (quoted)
        table.unclosedQuoteRow = rowNumber;
    if (!field.isEmpty() || !record.isEmpty() || anyContent)
        endRecord();
    return table;
}

} // namespace Akademiplan
