// SPDX-License-Identifier: MPL-2.0
// Reading and writing the CSV files spreadsheets exchange: the encodings and separators Danish
// Excel and LibreOffice write, fields with separators, quotes and line breaks inside, and a file
// written here that a spreadsheet opens as meant and that reads back the same.
#include "catch.h"
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"
#include "exchange/windows1252.h"
#include "testfiles.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QByteArray dataFile(const char *name)
{
    return readBytes(QStringLiteral(AKADEMIPLAN_TEST_DATA "/csv/") + QLatin1String(name));
}

} // namespace

TEST_CASE("Windows-1252 is decoded the same by Qt and by the table for every byte", "[csv]")
{
    // Debian's Qt decodes it through ICU; the table is what a Qt without ICU falls back to.
    INFO("Qt here has no Windows-1252 decoder: install Qt built with ICU (Debian's libqt6core6 is)");
    REQUIRE(Windows1252::qtHasDecoder());
    QByteArray every;
    for (int byte = 0; byte < 256; ++byte)
        every.append(char(byte));
    const QString byQt = Windows1252::decode(every);
    const QString byTable = Windows1252::decodeByTable(every);
    REQUIRE(byQt.size() == 256);
    for (int byte = 0; byte < 256; ++byte) {
        INFO("byte " << byte);
        CHECK(byTable.at(byte) == byQt.at(byte));
    }
}

TEST_CASE("Every Danish letter and Excel's typographic characters come through Windows-1252", "[csv]")
{
    const QByteArray bytes("\xE6\xF8\xE5\xC6\xD8\xC5\xE9\xC9\xFC\xF6\xE4\x96\x97\x91\x92\x93\x94\x80\x85");
    const QString expected = QStringLiteral("æøåÆØÅéÉüöä–—‘’“”€…");
    CHECK(Windows1252::decode(bytes) == expected);
    CHECK(Windows1252::decodeByTable(bytes) == expected);
}

TEST_CASE("The separator and encoding of each kind of spreadsheet export are recognised", "[csv]")
{
    struct Expected
    {
        const char *file;
        QChar separator;
        TextEncoding encoding;
    };
    const Expected cases[] = {
        {"excel-semicolon-windows1252.csv", QLatin1Char(';'), TextEncoding::Windows1252},
        {"excel-utf8-bom.csv", QLatin1Char(';'), TextEncoding::Utf8},
        {"comma-utf8.csv", QLatin1Char(','), TextEncoding::Utf8},
        {"tab-utf8-cr.csv", QLatin1Char('\t'), TextEncoding::Utf8},
        {"excel-unicode-text.txt", QLatin1Char('\t'), TextEncoding::Utf16},
        {"excel-sep-line.csv", QLatin1Char(';'), TextEncoding::Windows1252},
    };
    for (const Expected &expected : cases) {
        INFO(expected.file);
        const CsvFormat format = CsvReader::detect(dataFile(expected.file));
        CHECK(format.separator == expected.separator);
        CHECK(format.encoding == expected.encoding);
    }
}

TEST_CASE("Danish Excel's semicolon file reads field by field", "[csv]")
{
    const CsvTable table = CsvReader::read(dataFile("excel-semicolon-windows1252.csv"));
    REQUIRE(table.rows.size() == 7); // the header and six people; the last empty line is no record
    CHECK(table.header() == QStringList{QStringLiteral("Navn"), QStringLiteral("E-mail"), QStringLiteral("Telefon"),
                                        QStringLiteral("Stilling"), QStringLiteral("Forvaltning")});
    CHECK(table.rows.at(1).at(0) == QStringLiteral("Søren Ærø Åberg"));
    CHECK(table.rows.at(2).at(4) == QStringLiteral("Teknik; Miljø"));
    CHECK(table.rows.at(3).at(0) == QStringLiteral("Bjørn \"Bønne\" Krøyer"));
    CHECK(table.rows.at(3).at(4) == QStringLiteral("Sundhed – Omsorg"));
    CHECK(table.rows.at(5).at(4) == QStringLiteral("Kultur,\nFritid og Borgerservice"));
    CHECK(table.rows.at(6).at(4) == QStringLiteral("Frivilligcenter ‘Søen’ – €-fonden"));
    // The row after a field with a line break is still the next row of the sheet.
    CHECK(table.rowNumbers.at(6) == 7);
}

TEST_CASE("Line ends of every kind and rows with nothing in them", "[csv]")
{
    for (const char *lineEnd : {"\r\n", "\n", "\r"}) {
        INFO("line end " << QByteArray(lineEnd).toHex().constData());
        const QString text = QStringLiteral("a;b%1;%1%1\"x%1y\";z%1").arg(QLatin1String(lineEnd));
        const CsvTable table = CsvReader::parse(text, QLatin1Char(';'));
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows.at(0) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
        CHECK(table.rows.at(1) == QStringList{QStringLiteral("x\ny"), QStringLiteral("z")});
        CHECK(table.rowNumbers == QList<int>{1, 4});
        CHECK(table.unclosedQuoteRow == 0);
    }
}

TEST_CASE("A quotation mark that is never closed is found", "[csv]")
{
    const CsvTable table = CsvReader::read(dataFile("unclosed-quote.csv"));
    CHECK(table.unclosedQuoteRow == 3);
}

TEST_CASE("Excel's sep line sets the separator and is no row", "[csv]")
{
    const CsvTable table = CsvReader::read(dataFile("excel-sep-line.csv"));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.header() == QStringList{QStringLiteral("Navn"), QStringLiteral("E-mail")});
    CHECK(table.rows.at(1).at(0) == QStringLiteral("Åse Ødegård"));
    CHECK(table.rowNumbers.at(1) == 3);
}

TEST_CASE("A written file is what Danish Excel expects and reads back the same", "[csv]")
{
    const QList<QStringList> rows = {
        {QStringLiteral("Navn"), QStringLiteral("Telefon"), QStringLiteral("Noter")},
        {QStringLiteral("Søren \"Søs\" Åberg"), QStringLiteral("+45 20 30 40 50"), QStringLiteral("a;b\nc")},
        {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("-12 34"), QStringLiteral("@SUM(A1)")},
        {QStringLiteral("'=already quoted"), QStringLiteral("'plain"), QStringLiteral(" spaced ")},
        {QStringLiteral("\ttab"), QString(), QStringLiteral("€ – ‘’")},
    };
    const QByteArray bytes = CsvWriter::write(rows);
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "Navn;Telefon;Noter\r\n"));
    CHECK(bytes.count("\r\n") == 5 + 0); // the line break inside a field stays a bare LF
    CHECK(bytes.contains(";'+45 20 30 40 50;"));
    CHECK(bytes.contains("'=HYPERLINK"));
    CHECK(bytes.contains(";'-12 34;'@SUM(A1)"));
    // No value starts a cell with a character a spreadsheet runs as a formula.
    const CsvTable table = CsvReader::read(bytes);
    CHECK(table.format == CsvFormat{QLatin1Char(';'), TextEncoding::Utf8});
    REQUIRE(table.rows.size() == rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString cell = table.rows.at(r).at(c);
            INFO("row " << r << " column " << c << ": " << cell.toStdString());
            if (!cell.isEmpty())
                CHECK(!QStringLiteral("=+-@\t\r").contains(cell.at(0)));
            CHECK(CsvWriter::plainValue(cell) == rows.at(r).at(c));
        }
    }
}

TEST_CASE("A negative number is written as a number and anything more than a number is still guarded", "[csv]")
{
    // A budget's negative amount must stay a number a spreadsheet adds up; "-1+1" could run.
    const QByteArray bytes = CsvWriter::write({{QStringLiteral("-1250,50"), QStringLiteral("-3.5"), QStringLiteral("-1+1"),
                                                QStringLiteral("-12,"), QStringLiteral("+45")}});
    CHECK(bytes == QByteArray("\xEF\xBB\xBF" "-1250,50;-3.5;'-1+1;'-12,;'+45\r\n"));
    const CsvTable table = CsvReader::read(bytes);
    REQUIRE(table.rows.size() == 1);
    CHECK(CsvWriter::plainValue(table.rows.at(0).at(0)) == QStringLiteral("-1250,50"));
    CHECK(CsvWriter::plainValue(table.rows.at(0).at(2)) == QStringLiteral("-1+1"));
}

TEST_CASE("A first cell ID does not make Excel take the file for SYLK", "[csv]")
{
    const QByteArray bytes = CsvWriter::write({{QStringLiteral("ID"), QStringLiteral("Navn")}});
    CHECK(bytes.startsWith("\xEF\xBB\xBF\"ID\";Navn"));
    CHECK(CsvReader::read(bytes).header() == QStringList{QStringLiteral("ID"), QStringLiteral("Navn")});
}
