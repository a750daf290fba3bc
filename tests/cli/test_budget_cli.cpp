// SPDX-License-Identifier: MPL-2.0
// `akademiplan --export-budget`, run as the real binary on the example: the budget's CSV in the
// participant list's Excel form, with amounts Danish Excel reads as numbers (a decimal comma in
// Danish), checked in LibreOffice as the independent spreadsheet: the cost lines add up to the
// total it prints, and the total is the example's hand-worked 659,260 kr.
#include "catch.h"
#include "cliprogram.h"
#include "exchange/csvreader.h"
#include "libreoffice.h"

#include <QXmlStreamReader>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

ProgramResult exportBudget(const PrivateEnvironment &environment, const QStringList &arguments,
                           const QString &lang = QStringLiteral("C.UTF-8"))
{
    return runProgram(QStringLiteral(AKADEMIPLAN_BINARY), QStringList{QStringLiteral("--export-budget")} + arguments,
                      environment.environment(lang));
}

// The cells of a flat OpenDocument spreadsheet as LibreOffice typed them: a number's value, or
// the text of any other cell.
struct SheetCell
{
    bool isNumber = false;
    QString value;
};

QList<QList<SheetCell>> readSheet(const QByteArray &fods)
{
    QList<QList<SheetCell>> rows;
    QXmlStreamReader xml(fods);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("table-row")) {
            rows.append(QList<SheetCell>());
        } else if (xml.name() == QLatin1String("table-cell") && !rows.isEmpty()) {
            const auto attributes = xml.attributes();
            const int repeated = qMax(1, attributes.value(QLatin1String("table:number-columns-repeated")).toInt());
            SheetCell cell;
            cell.isNumber = attributes.value(QLatin1String("office:value-type")) == QLatin1String("float");
            cell.value = cell.isNumber ? attributes.value(QLatin1String("office:value")).toString()
                                       : xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            // The empty cells at the end of a row are written as one repeated cell.
            for (int i = 0; i < qMin(repeated, 64); ++i)
                rows.last().append(cell);
        }
    }
    return rows;
}

} // namespace

TEST_CASE("The budget CSV opens in a Danish spreadsheet with amounts as numbers that add up to the total",
          "[cli][budget]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString project = newExampleProject(environment, folder, 740);
    const QString out = folder.path(QStringLiteral("budget.csv"));
    const ProgramResult result = exportBudget(environment, {out, project}, QStringLiteral("da_DK.UTF-8"));
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.errText().isEmpty());

    const QByteArray bytes = readBytes(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const CsvTable ours = CsvReader::read(bytes);
    REQUIRE(ours.rows.size() > 21);
    CHECK(ours.rows.at(0).at(9) == QStringLiteral("Uden moms"));
    CHECK(bytes.contains(";659260,00;162920,00;822180,00;"));

    // LibreOffice opens it as Danish Excel does (semicolons, UTF-8, Danish number notation).
    LibreOffice office(folder);
    const QString sheet = office.convert(out, QStringLiteral("CSV:59,34,76,1,,1030"), QStringLiteral("fods"),
                                         folder.path(QStringLiteral("office")));
    const QList<QList<SheetCell>> rows = readSheet(readBytes(sheet));
    REQUIRE(rows.size() >= ours.rows.size());
    qint64 costOre = 0;
    int costRows = 0;
    qint64 totalOre = -1;
    for (const QList<SheetCell> &row : rows) {
        if (row.size() < 10)
            continue;
        const SheetCell &withoutVat = row.at(9);
        if (row.at(0).value == QStringLiteral("Udgift")) {
            INFO(row.at(4).value.toStdString());
            REQUIRE(withoutVat.isNumber);
            costOre += qRound64(withoutVat.value.toDouble() * 100);
            ++costRows;
        } else if (row.at(0).value == QStringLiteral("I alt") && row.at(4).value == QStringLiteral("Kontante udgifter")) {
            REQUIRE(withoutVat.isNumber);
            totalOre = qRound64(withoutVat.value.toDouble() * 100);
        }
    }
    CHECK(costRows == 21);
    CHECK(totalOre == 65'926'000);
    CHECK(costOre == totalOre);
}

TEST_CASE("The budget CSV in English has a decimal point and names the academy asked for", "[cli][budget]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString project = newExampleProject(environment, folder, 740);
    const QString out = folder.path(QStringLiteral("budget.csv"));
    const ProgramResult result =
        exportBudget(environment, {out, project, QStringLiteral("--academy"), QStringLiteral("Innovation Academy Silkeborg 2027")});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    const CsvTable table = CsvReader::read(readBytes(out));
    CHECK(table.rows.at(0).at(9) == QStringLiteral("Without VAT"));
    bool sawShare = false;
    for (const QStringList &row : table.rows)
        if (row.at(4) == QStringLiteral("The municipality's own share of the cash")) {
            sawShare = true;
            CHECK(row.at(9) == QStringLiteral("162344.68"));
        }
    CHECK(sawShare);
}

TEST_CASE("A wrong budget export is refused with one line and writes nothing", "[cli][budget]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString project = newExampleProject(environment, folder, 740);
    const QString out = folder.path(QStringLiteral("budget.csv"));
    const struct
    {
        QStringList arguments;
        int exitCode;
    } cases[] = {
        {{folder.path(QStringLiteral("budget.xlsx")), project}, 1},
        {{out}, 1},
        {{out, project, QStringLiteral("--lang"), QStringLiteral("en")}, 1},
        {{out, project, QStringLiteral("--track"), QStringLiteral("Leadership")}, 1},
        {{out, project, QStringLiteral("--academy"), QStringLiteral("No such academy")}, 3},
        {{out, folder.path(QStringLiteral("missing.akademi"))}, 2},
    };
    for (const auto &wrong : cases) {
        INFO(wrong.arguments.join(QLatin1Char(' ')).toStdString());
        const ProgramResult result = exportBudget(environment, wrong.arguments);
        CHECK(result.exitCode == wrong.exitCode);
        CHECK(result.errText().trimmed().count(QLatin1Char('\n')) == 0);
        CHECK_FALSE(result.errText().isEmpty());
        CHECK_FALSE(QFileInfo::exists(out));
    }
}
