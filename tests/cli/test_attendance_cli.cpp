// SPDX-License-Identifier: MPL-2.0
// Attendance on the command line, run as the real binary: an attendance list recorded all or
// nothing with one line per bad row, and the rates --info reports.
#include "attendanceproject.h"
#include "catch.h"
#include "cliprogram.h"
#include "programrun.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The project saved and closed, so that the program can open it.
QString closed(AttendanceProject &p)
{
    FileProblem problem;
    REQUIRE(p.document->save(&problem));
    p.editor.reset();
    p.document.reset();
    return p.path;
}

std::optional<AttendanceStatus> statusOf(const Project &project, const QString &name, const QDate &date)
{
    for (const Attendance &attendance : project.attendances) {
        const Participant *participant = project.participants.find(attendance.participantId);
        const Session *session = project.sessions.find(attendance.sessionId);
        if (participant && session && participant->name == name && session->date == date)
            return attendance.status;
    }
    return std::nullopt;
}

QJsonObject named(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &item : array)
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    FAIL("nothing with " << key.toStdString() << " " << value.toStdString());
    return {};
}

} // namespace

TEST_CASE("an attendance list from Danish Excel is recorded in one step with a warning for who has no place",
          "[cli][attendance]")
{
    AttendanceProject p(false);
    const QString path = closed(p);
    PrivateEnvironment environment;
    // Excel's Danish CSV: semicolons, Windows-1252, dates as Danes write them, a title in another
    // case, Danish and English status words.
    const QString list = p.folder.path(QStringLiteral("fremmøde.csv"));
    writeBytes(list, QByteArray("Dato;Aktivitet;Navn;Fremm\xf8" "de\r\n"
                                "3.3.2027;designworkshop;Anne Holm;m\xf8" "dt\r\n"
                                "03.03.2027;Designworkshop;bo hansen;frav\xe6" "rende\r\n"
                                "2027-03-03;Designworkshop;Carl Berg;Afbud\r\n"
                                "3.3.2027;Designworkshop;Erik Dahl;til stede\r\n"
                                "10.3.2027;Designworkshop;Anne Holm;present\r\n"
                                "10.3.2027;Designworkshop;Bo Hansen;x\r\n"));

    const ProgramResult run = akademiplan(environment, {QStringLiteral("--import-attendance"), list, path});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.outText().contains(QStringLiteral("4 present, 1 absent, 1 excused")));
    // Erik has no place in the workshop: recorded, and said so.
    CHECK(run.errText().contains(QStringLiteral("warning")));
    CHECK(run.errText().contains(QStringLiteral("Erik Dahl")));

    const Project project = readProject(path);
    CHECK(project.attendances.size() == 6);
    CHECK(statusOf(project, QStringLiteral("Anne Holm"), QDate(2027, 3, 3)) == AttendanceStatus::Present);
    CHECK(statusOf(project, QStringLiteral("Bo Hansen"), QDate(2027, 3, 3)) == AttendanceStatus::Absent);
    CHECK(statusOf(project, QStringLiteral("Carl Berg"), QDate(2027, 3, 3)) == AttendanceStatus::Excused);
    CHECK(statusOf(project, QStringLiteral("Erik Dahl"), QDate(2027, 3, 3)) == AttendanceStatus::Present);
    CHECK(statusOf(project, QStringLiteral("Bo Hansen"), QDate(2027, 3, 10)) == AttendanceStatus::Present);

    // The same list again changes nothing and leaves the file as it was.
    const QByteArray saved = readBytes(path);
    const ProgramResult again = akademiplan(environment, {QStringLiteral("--import-attendance"), list, path});
    CHECK(again.exitCode == 0);
    CHECK(readBytes(path) == saved);
}

TEST_CASE("an attendance list with bad rows is refused with one line per row and column and the file untouched",
          "[cli][attendance]")
{
    AttendanceProject p(false);
    const QString path = closed(p);
    PrivateEnvironment environment;
    const QString list = p.folder.path(QStringLiteral("attendance.csv"));
    writeBytes(list, QByteArray("Date,Activity,Name,Status\n"
                                "2027-03-03,Designworkshop,Anne Holm,present\n"
                                "2027-03-04,Designworkshop,Bo Hansen,present\n"
                                "2027-03-03,Designworkshop,Carl Berg,maybe\n"
                                "2027-03-03,Workshop,Nobody Here,absent\n"));
    const QByteArray before = readBytes(path);

    const ProgramResult run = akademiplan(environment, {QStringLiteral("--import-attendance"), list, path});
    CHECK(run.exitCode == 3);
    const QStringList lines = run.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    INFO(run.errText().toStdString());
    CHECK(lines.filter(QStringLiteral("row 3, column “Date”")).size() == 1);
    CHECK(lines.filter(QStringLiteral("row 4, column “Status”")).size() == 1);
    CHECK(lines.filter(QStringLiteral("row 5, column “Activity”")).size() == 1);
    CHECK(lines.filter(QStringLiteral("row 5, column “Name”")).size() == 1);
    CHECK(lines.filter(QStringLiteral("row 2")).isEmpty());
    CHECK(readBytes(path) == before);

    // An activity of another track is not found when the list is narrowed to a track.
    const QString good = p.folder.path(QStringLiteral("good.csv"));
    writeBytes(good, QByteArray("Date,Activity,Name,Status\n2027-03-03,Designworkshop,Anne Holm,present\n"));
    const ProgramResult narrowed = akademiplan(
        environment, {QStringLiteral("--import-attendance"), good, path, QStringLiteral("--track"), QStringLiteral("Nowhere")});
    CHECK(narrowed.exitCode == 3);
    CHECK(readBytes(path) == before);
}

TEST_CASE("the summary of --info reports the attendance rates per academy role track activity and session", "[cli][attendance]")
{
    AttendanceProject p;
    const QString path = closed(p);
    PrivateEnvironment environment;
    const ProgramResult info = akademiplan(environment, {QStringLiteral("--info"), path});
    REQUIRE(info.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out).object();
    CHECK(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("attendance_records")).toInt() == 6);

    const QJsonArray academies = json.value(QStringLiteral("attendance")).toObject().value(QStringLiteral("academies")).toArray();
    REQUIRE(academies.size() == 1);
    const QJsonObject academy = academies.at(0).toObject();
    CHECK(academy.value(QStringLiteral("rate")).toDouble() == Approx(0.5));
    CHECK(academy.value(QStringLiteral("expected")).toInt() == 6);
    CHECK(academy.value(QStringLiteral("present_without_place")).toInt() == 1);

    const QJsonArray roles = academy.value(QStringLiteral("roles")).toArray();
    CHECK(named(roles, QStringLiteral("role"), QStringLiteral("manager")).value(QStringLiteral("rate")).toDouble()
          == Approx(1.0));
    const QJsonObject employees = named(roles, QStringLiteral("role"), QStringLiteral("employee"));
    CHECK(employees.value(QStringLiteral("rate")).toDouble() == Approx(0.25));
    CHECK(employees.value(QStringLiteral("absent")).toInt() == 1);
    CHECK(employees.value(QStringLiteral("excused")).toInt() == 1);
    // Erik is a politician without a place: counted apart, no rate.
    CHECK(named(roles, QStringLiteral("role"), QStringLiteral("politician")).value(QStringLiteral("rate")).isNull());

    const QJsonArray tracks = academy.value(QStringLiteral("tracks")).toArray();
    REQUIRE(tracks.size() == 1);
    // Only what has records: the seminar is not listed.
    const QJsonArray activities = tracks.at(0).toObject().value(QStringLiteral("activities")).toArray();
    REQUIRE(activities.size() == 1);
    const QJsonObject workshop = activities.at(0).toObject();
    CHECK(workshop.value(QStringLiteral("title")).toString() == QStringLiteral("Designworkshop"));
    CHECK(workshop.value(QStringLiteral("recorded_sessions")).toInt() == 2);
    const QJsonArray sessions = workshop.value(QStringLiteral("sessions")).toArray();
    REQUIRE(sessions.size() == 2);
    const QJsonObject first = named(sessions, QStringLiteral("date"), QStringLiteral("2027-03-03"));
    CHECK(first.value(QStringLiteral("rate")).toDouble() == Approx(1.0 / 3.0));
    CHECK(first.value(QStringLiteral("present")).toInt() == 1);
    CHECK(first.value(QStringLiteral("absent")).toInt() == 1);
    CHECK(first.value(QStringLiteral("excused")).toInt() == 1);
    CHECK(named(sessions, QStringLiteral("date"), QStringLiteral("2027-03-10")).value(QStringLiteral("rate")).toDouble()
          == Approx(2.0 / 3.0));
}
