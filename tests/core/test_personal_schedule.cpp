// SPDX-License-Identifier: MPL-2.0
// Each participant's own schedule: the sessions it holds are those of the person's calendar, the
// notes on parallel groups and waiting lists, who a bulk export covers, and the names of the
// files, which must be the same on every run and safe on every system. The written PDFs and
// calendars are read with real tools in tests/cli/test_schedules_cli.cpp.
#include "catch.h"
#include "domain/participant.h"
#include "editor/projecteditor.h"
#include "exchange/calendarexport.h"
#include "exchange/calendarindex.h"
#include "i18n/scopedlanguage.h"
#include "report/personalschedule.h"
#include "report/schedulefilenames.h"
#include "report/schedulefolder.h"
#include "testfiles.h"

#include <QRegularExpression>
#include <QSet>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QDateTime stamp(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC);

// The UIDs of a calendar's events, in the order of the file.
QStringList uidsOf(const QByteArray &calendar)
{
    QStringList uids;
    static const QRegularExpression uid(QStringLiteral("^UID:(.*)\r$"), QRegularExpression::MultilineOption);
    for (auto it = uid.globalMatch(QString::fromUtf8(calendar)); it.hasNext();)
        uids.append(it.next().captured(1));
    return uids;
}

QStringList uidsOf(const std::vector<const Session *> &sessions)
{
    QStringList uids;
    for (const Session *session : sessions)
        uids.append(session->uuid.toString(QUuid::WithoutBraces) + QStringLiteral("@akademiplan"));
    return uids;
}

const PlanBlock *blockAfter(const PdfDocument &document, const QString &subheading)
{
    for (std::size_t i = 0; i + 1 < document.blocks.size(); ++i)
        if (document.blocks[i].kind == PlanBlock::Kind::Subheading && document.blocks[i].text == subheading)
            return &document.blocks[i + 1];
    return nullptr;
}

Participant person(qint64 id, const QString &name, const QString &email)
{
    Participant participant;
    participant.id = id;
    participant.name = name;
    participant.email = email;
    return participant;
}

} // namespace

TEST_CASE("schedule file names are plain letters and the same on every run", "[schedules]")
{
    // Names a secretary recognises, written the way Danish writes æ, ø and å without them.
    CHECK(ScheduleFileNames::plain(QStringLiteral("Søren Ærø-Holm")) == QStringLiteral("Soeren-Aeroe-Holm"));
    CHECK(ScheduleFileNames::plain(QStringLiteral("Åse Østergaard")) == QStringLiteral("Aase-Oestergaard"));
    CHECK(ScheduleFileNames::plain(QStringLiteral("José Müller")) == QStringLiteral("Jose-Muller"));
    CHECK(ScheduleFileNames::plain(QStringLiteral(" Dr. Jens: \"Hansen\" <HR> / a|b\\c*? . ")) ==
          QStringLiteral("Dr-Jens-Hansen-HR-a-b-c"));

    const std::vector<Participant> rows = {
        person(1, QStringLiteral("Anne Jensen"), QStringLiteral("aj@silkeborg.example")),
        person(2, QStringLiteral("Anne Jensen"), QStringLiteral("anne.jensen@silkeborg.example")),
        // The same in another case is the same file on Windows and macOS.
        person(3, QStringLiteral("anne jensen"), QStringLiteral("aj@skanderborg.example")),
        person(4, QStringLiteral("Con"), QStringLiteral("con@silkeborg.example")),
        person(5, QStringLiteral("Nul"), QString()),
        person(6, QStringLiteral("王小明"), QStringLiteral("wang@silkeborg.example")),
        person(7, QString(), QString()),
        person(8, QStringLiteral("Maria ") + QStringLiteral("Kristine ").repeated(20) + QStringLiteral("Holm"),
               QStringLiteral("mkh@silkeborg.example")),
        person(9, QStringLiteral("Søren Ærø-Holm."), QStringLiteral("sah@silkeborg.example")),
    };
    std::vector<const Participant *> people;
    for (const Participant &row : rows)
        people.push_back(&row);
    const QStringList names = ScheduleFileNames::assign(people);
    REQUIRE(names.size() == qsizetype(rows.size()));
    CHECK(names.at(0) == QStringLiteral("Anne-Jensen-aj"));
    CHECK(names.at(1) == QStringLiteral("Anne-Jensen-anne-jensen"));
    CHECK(names.at(2) == QStringLiteral("anne-jensen-aj-2"));
    CHECK(names.at(3) == QStringLiteral("Con-con")); // "CON" is a device on Windows, even as "Con.pdf"
    CHECK(names.at(4) == QStringLiteral("Nul-2"));
    CHECK(names.at(5) == QStringLiteral("wang"));
    CHECK(names.at(6) == QStringLiteral("participant-7"));
    CHECK(names.at(8) == QStringLiteral("Soeren-Aeroe-Holm"));

    // Whatever the names: safe characters only, no name a device has on Windows, not too long,
    // and no two alike in any case.
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"));
    QSet<QString> seen;
    for (const QString &name : names) {
        INFO(name.toStdString());
        CHECK(safe.match(name).hasMatch());
        CHECK(!ScheduleFileNames::reservedOnWindows(name + QStringLiteral(".pdf")));
        CHECK(name.size() <= ScheduleFileNames::longestName + 24);
        CHECK(!seen.contains(name.toLower()));
        seen.insert(name.toLower());
    }
    CHECK(names.at(7).startsWith(QStringLiteral("Maria-Kristine-")));
    CHECK(!names.at(7).contains(QStringLiteral("--")));
    // The same people give the same names on the next run.
    CHECK(ScheduleFileNames::assign(people) == names);
}

TEST_CASE("a person's schedule holds exactly the sessions of their own calendar in date order", "[schedules]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const Project &project = document->project();
    const CalendarIndex index(project);
    const PersonalSchedule schedule(index, OutputOptions());
    int withSessions = 0;
    for (const Participant &participant : project.participants) {
        INFO(participant.name.toStdString());
        CalendarScope scope;
        scope.participantId = participant.id;
        const QByteArray calendar = CalendarExport::calendar(project, scope, {}, stamp);
        const std::vector<const Session *> sessions = schedule.sessionsOf(participant.id);
        // The calendar sorts by date and time as the schedule does.
        CHECK(uidsOf(sessions) == uidsOf(calendar));
        // The index made once for everyone gives each person the file made for them alone.
        CHECK(CalendarExport::calendar(index, scope, stamp) == calendar);
        for (std::size_t i = 1; i < sessions.size(); ++i)
            CHECK(std::tie(sessions[i - 1]->date, sessions[i - 1]->startTime)
                  <= std::tie(sessions[i]->date, sessions[i]->startTime));
        withSessions += sessions.empty() ? 0 : 1;
    }
    CHECK(withSessions > 100);
}

TEST_CASE("a schedule says where a course runs as parallel groups and where the person is waiting",
          "[schedules]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const Project &project = document->project();
    const Activity &groupB = activityTitled(project, QStringLiteral("Leading innovation, group B"));
    const Activity &seminar = activityTitled(project, QStringLiteral("Leadership seminar: what did we learn?"));
    qint64 managerId = 0;
    qint64 seminarEnrolment = 0;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId == groupB.id && enrolment.status == EnrolmentStatus::Enrolled)
            managerId = enrolment.participantId;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId == seminar.id && enrolment.participantId == managerId)
            seminarEnrolment = enrolment.id;
    REQUIRE(seminarEnrolment != 0);
    const OutputOptions english{0, 0, 0, 0, 0, QLocale(QLocale::English, QLocale::UnitedKingdom)};

    const PdfDocument before = PersonalSchedule::document(project, managerId, english);
    CHECK(before.blocks.front().text == QStringLiteral("Schedule for ") + project.participants.find(managerId)->name);
    const PlanBlock *sessions = blockAfter(before, QStringLiteral("Your sessions"));
    REQUIRE(sessions);
    CHECK(sessions->rows.size() == qsizetype(project.sessionsOf(groupB.id).size() + 1));
    const PlanBlock *activities = blockAfter(before, QStringLiteral("Your activities"));
    REQUIRE(activities);
    REQUIRE(activities->rows.size() == 2);
    CHECK(activities->rows.at(0).at(0) == groupB.title);
    CHECK(activities->rows.at(0).at(1) == groupB.facilitator);
    const QString note = activities->rows.at(0).at(3);
    CHECK(note.contains(QStringLiteral("One of 3 parallel groups of “Leading innovation”")));
    CHECK(activities->rows.at(1).at(3).isEmpty());
    CHECK(!blockAfter(before, QStringLiteral("On the waiting list")));

    // On the seminar's waiting list: its session leaves the schedule, and the schedule says why.
    REQUIRE(ProjectEditor(*document).setEnrolmentStatus(seminarEnrolment, EnrolmentStatus::Waitlisted));
    const PdfDocument after = PersonalSchedule::document(project, managerId, english);
    CHECK(blockAfter(after, QStringLiteral("Your sessions"))->rows.size() == sessions->rows.size() - 1);
    const PlanBlock *waiting = blockAfter(after, QStringLiteral("On the waiting list"));
    REQUIRE(waiting);
    REQUIRE(waiting->kind == PlanBlock::Kind::Paragraph);
    const PlanBlock &list = *(waiting + 1);
    REQUIRE(list.rows.size() == 1);
    CHECK(list.rows.front().at(0) == seminar.title);
    CHECK(list.rows.front().at(2).contains(QStringLiteral("8 December 2027")));
}

TEST_CASE("a track's schedules go to everyone enrolled there and files only to those with sessions",
          "[schedules]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const Project &project = document->project();
    const Activity &groupA = activityTitled(project, QStringLiteral("Leading innovation, group A"));
    OutputOptions options;
    options.trackId = groupA.trackId;
    QSet<qint64> enrolled;
    QSet<qint64> invited;
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.trackId != groupA.trackId)
            continue;
        (enrolment.status == EnrolmentStatus::Enrolled ? enrolled : invited).insert(enrolment.participantId);
    }
    REQUIRE(!invited.isEmpty());
    const CalendarIndex index(project);
    const std::vector<ScheduleFolder::Person> people = ScheduleFolder::people(index, options);
    CHECK(people.size() == std::size_t(enrolled.size() + invited.size()));
    for (const ScheduleFolder::Person &person : people) {
        INFO(project.participants.find(person.participantId)->name.toStdString());
        // The invited have no sessions yet: they are listed, but get no files.
        CHECK((person.sessions > 0) == enrolled.contains(person.participantId));
        CHECK(person.fileName.isEmpty() == invited.contains(person.participantId));
    }
    // In the order of their names, as Danish sorts them.
    const ScopedLanguage danish(QLocale(QLocale::Danish, QLocale::Denmark));
    for (std::size_t i = 1; i < people.size(); ++i)
        CHECK(QString::localeAwareCompare(project.participants.find(people[i - 1].participantId)->name,
                                          project.participants.find(people[i].participantId)->name)
              <= 0);

    // One participant: their own sessions, all of them, whatever track they are in.
    OutputOptions one;
    one.participantId = people.front().participantId;
    const std::vector<ScheduleFolder::Person> alone = ScheduleFolder::people(index, one);
    REQUIRE(alone.size() == 1);
    CalendarScope scope;
    scope.participantId = one.participantId;
    CHECK(qsizetype(alone.front().sessions) == uidsOf(CalendarExport::calendar(project, scope, {}, stamp)).size());
}
