// SPDX-License-Identifier: MPL-2.0
// `akademiplan --import-participants` and `--export-participants`, run as the real binary, with
// LibreOffice as the independent spreadsheet: the exported list opens with every field as the
// project has it, nothing in it runs as a formula, and the list comes back unchanged, also after
// LibreOffice has saved it as a workbook and then as CSV again.
#include "catch.h"
#include "exchange/csvreader.h"
#include "exchange/csvwriter.h"
#include "cliprogram.h"
#include "libreoffice.h"
#include "programrun.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(AKADEMIPLAN_TEST_DATA "/csv/") + QLatin1String(name);
}

QString newProject(const PrivateEnvironment &environment, const TempFolder &folder, const QString &name, bool example)
{
    const QString path = folder.path(name);
    QStringList arguments{QStringLiteral("--new"), path, QStringLiteral("--municipality"), QStringLiteral("740")};
    if (example)
        arguments.append(QStringLiteral("--example"));
    const ProgramResult created = akademiplan(environment, arguments);
    INFO(created.errText().toStdString());
    REQUIRE(created.exitCode == 0);
    return path;
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

void runOk(const PrivateEnvironment &environment, const QStringList &arguments)
{
    const ProgramResult result = akademiplan(environment, arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
}

// A list with values a spreadsheet would run as formulas, and Danish letters in every column.
QString trickyList(const TempFolder &folder)
{
    const QString path = folder.path(QStringLiteral("tricky.csv"));
    writeBytes(path, QStringLiteral("Navn;E-mail;Telefon;Rolle;Afdeling\r\n"
                                    "\"=SUM(1;2)\";formel@silkeborg.dk;-45 20 30 40;Leder;@Børn og Unge\r\n"
                                    "+Ærø Østergaard;aero@silkeborg.dk;+45 86 82 00 00;Nøgleperson;-Sundhed\r\n"
                                    "'Citat Ågesen;citat@silkeborg.dk;'=1;Medarbejder;\"Teknik; Miljø\"\r\n")
                         .toUtf8());
    return path;
}

} // namespace

TEST_CASE("The exported list opens in LibreOffice with every field as the project has it", "[participants-cli]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString project = newProject(environment, folder, QStringLiteral("plan.akademi"), true);
    runOk(environment, {QStringLiteral("--import-participants"), dataFile("excel-semicolon-windows1252.csv"), project});
    runOk(environment, {QStringLiteral("--import-participants"), trickyList(folder), project});
    const QString exported = folder.path(QStringLiteral("deltagere.csv"));
    runOk(environment, {QStringLiteral("--export-participants"), exported, project});

    const QByteArray bytes = readBytes(exported);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == bytes.count("\n"));
    const CsvTable ours = CsvReader::read(bytes);
    CHECK(ours.format == CsvFormat{QLatin1Char(';'), TextEncoding::Utf8});
    const Project stored = readProject(project);
    REQUIRE(ours.rows.size() == stored.participants.size() + 1);

    // LibreOffice opens it as Danish Excel would (semicolons, UTF-8) and saves it tab-separated.
    LibreOffice office(folder);
    const QString converted = office.convert(exported, QStringLiteral("CSV:59,34,76,1"),
                                             QStringLiteral("tsv:Text - txt - csv (StarCalc):9,34,76"),
                                             folder.path(QStringLiteral("office")));
    const CsvTable theirs = CsvReader::read(readBytes(converted), CsvFormat{QLatin1Char('\t'), TextEncoding::Utf8});
    REQUIRE(theirs.rows.size() == ours.rows.size());
    int compared = 0;
    for (qsizetype r = 0; r < ours.rows.size(); ++r) {
        REQUIRE(theirs.rows.at(r).size() == ours.rows.at(r).size());
        for (qsizetype c = 0; c < ours.rows.at(r).size(); ++c) {
            INFO("row " << r + 1 << " column " << c + 1);
            const QString cell = theirs.rows.at(r).at(c);
            // Nothing was run as a formula: the spreadsheet holds the text that was written.
            CHECK(cell == ours.rows.at(r).at(c));
            ++compared;
        }
    }
    CHECK(compared == ours.rows.size() * 5);
    // And that text is the project's, person by person.
    for (const Participant &person : stored.participants) {
        INFO(person.name.toStdString());
        bool found = false;
        for (const QStringList &row : theirs.rows)
            found = found
                    || (CsvWriter::plainValue(row.at(0)) == person.name && row.at(1) == person.email
                        && CsvWriter::plainValue(row.at(2)) == person.phone);
        CHECK(found);
    }
}

TEST_CASE("The exported list imports back unchanged also after LibreOffice saved it as a workbook", "[participants-cli]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString original = newProject(environment, folder, QStringLiteral("original.akademi"), true);
    runOk(environment, {QStringLiteral("--import-participants"), trickyList(folder), original});
    const QString exported = folder.path(QStringLiteral("list.csv"));
    runOk(environment, {QStringLiteral("--export-participants"), exported, original});

    // Straight back into an empty project: the same list comes out again, byte for byte.
    const QString copy = newProject(environment, folder, QStringLiteral("copy.akademi"), false);
    runOk(environment, {QStringLiteral("--import-participants"), exported, copy});
    const QString again = folder.path(QStringLiteral("again.csv"));
    runOk(environment, {QStringLiteral("--export-participants"), again, copy});
    CHECK(readBytes(again) == readBytes(exported));

    // Into the project it came from: everyone is there already, and the file is left as it was.
    const QByteArray before = hashOf(original);
    const ProgramResult same =
        akademiplan(environment, {QStringLiteral("--import-participants"), exported, original});
    CHECK(same.exitCode == 0);
    CHECK(same.outText().contains(QStringLiteral("Nothing to import")));
    CHECK(hashOf(original) == before);

    // As a workbook and back to CSV with LibreOffice's own defaults (comma, Windows-1252, LF).
    LibreOffice office(folder);
    const QString workbook = office.convert(exported, QStringLiteral("CSV:59,34,76,1"), QStringLiteral("xlsx"),
                                            folder.path(QStringLiteral("xlsx")));
    const QString saved = office.convert(workbook, QString(), QStringLiteral("csv"), folder.path(QStringLiteral("saved")));
    CHECK(CsvReader::detect(readBytes(saved)).separator == QLatin1Char(','));
    const QString third = newProject(environment, folder, QStringLiteral("third.akademi"), false);
    runOk(environment, {QStringLiteral("--import-participants"), saved, third});
    const QString thirdList = folder.path(QStringLiteral("third.csv"));
    runOk(environment, {QStringLiteral("--export-participants"), thirdList, third});
    CHECK(QString::fromUtf8(readBytes(thirdList)) == QString::fromUtf8(readBytes(exported)));
}

TEST_CASE("A list with bad rows is refused row by row and the file stays as it was", "[participants-cli]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString project = newProject(environment, folder, QStringLiteral("plan.akademi"), true);
    const QByteArray before = hashOf(project);
    const ProgramResult result =
        akademiplan(environment, {QStringLiteral("--import-participants"), dataFile("problems.csv"), project});
    CHECK(result.exitCode == 3);
    const QStringList lines = result.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0) == QStringLiteral("akademiplan: problems.csv: row 3, column “Navn”: There is no name."));
    CHECK(lines.at(1).startsWith(QStringLiteral("akademiplan: problems.csv: row 4, column “E-mail”: ")));
    CHECK(lines.at(2).startsWith(QStringLiteral("akademiplan: problems.csv: row 5, column “Rolle”: ")));
    CHECK(lines.at(3).startsWith(QStringLiteral("akademiplan: problems.csv: row 6, column “E-mail”: ")));
    CHECK(lines.at(4) == QStringLiteral("akademiplan: Nothing was imported; plan.akademi is unchanged."));
    CHECK(hashOf(project) == before);

    const ProgramResult broken =
        akademiplan(environment, {QStringLiteral("--import-participants"), dataFile("unclosed-quote.csv"), project});
    CHECK(broken.exitCode == 3);
    CHECK(broken.errText().contains(QStringLiteral("Row 3 starts a quoted field")));
    const ProgramResult missing = akademiplan(
        environment, {QStringLiteral("--import-participants"), folder.path(QStringLiteral("nowhere.csv")), project});
    CHECK(missing.exitCode == 3);
    CHECK(missing.errText().contains(QStringLiteral("there is no such file.")));
    CHECK(hashOf(project) == before);
}

TEST_CASE("A track's list holds its people with their status", "[participants-cli]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString project = newProject(environment, folder, QStringLiteral("plan.akademi"), true);
    const Project stored = readProject(project);
    const Track *busiest = nullptr;
    int most = 0;
    for (const Track &track : stored.tracks) {
        int count = 0;
        for (const Enrolment &enrolment : stored.enrolments)
            count += enrolment.trackId == track.id ? 1 : 0;
        if (count > most) {
            most = count;
            busiest = &track;
        }
    }
    REQUIRE(busiest);
    const QString list = folder.path(QStringLiteral("track.csv"));
    runOk(environment, {QStringLiteral("--export-participants"), list, project, QStringLiteral("--track"), busiest->name});
    const CsvTable table = CsvReader::read(readBytes(list));
    CHECK(table.rows.size() == most + 1);
    CHECK(table.header().last() == QStringLiteral("Status"));
    CHECK(table.rows.at(1).last() == QStringLiteral("Enrolled"));

    const ProgramResult wrong = akademiplan(environment, {QStringLiteral("--export-participants"), list, project,
                                                          QStringLiteral("--track"), QStringLiteral("Nowhere")});
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.errText().contains(QStringLiteral("No track is called \"Nowhere\"")));
    const ProgramResult usage = akademiplan(environment, {QStringLiteral("--import-participants"), list, project,
                                                          QStringLiteral("--track"), busiest->name});
    CHECK(usage.exitCode == 1);
}
