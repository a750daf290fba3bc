// SPDX-License-Identifier: MPL-2.0
// Sessions as an iCalendar file: the syntax calendar programs are strict about (escaping, lines
// folded at 75 octets, CRLF, the time zone), and which sessions a calendar holds. The files are
// also read by an independent parser in tests/cli/test_calendar_cli.cpp.
#include "catch.h"
#include "editor/projecteditor.h"
#include "exchange/calendarexport.h"
#include "exchange/icalendarwriter.h"
#include "testfiles.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QDateTime stamp(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC);

QList<QByteArray> linesOf(const QByteArray &data)
{
    QList<QByteArray> lines = data.split('\n');
    REQUIRE(lines.takeLast().isEmpty()); // the file ends with a line break
    for (QByteArray &line : lines) {
        REQUIRE(line.endsWith('\r'));
        line.chop(1);
    }
    return lines;
}

// The content lines as a calendar program reads them: folded lines joined again.
QStringList unfolded(const QByteArray &data)
{
    QByteArray joined = data;
    joined.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    lines.removeLast();
    return lines;
}

QStringList eventsOf(const QByteArray &data)
{
    QStringList events;
    QString current;
    for (const QString &line : unfolded(data)) {
        if (line == QLatin1String("BEGIN:VEVENT"))
            current.clear();
        current += line + QLatin1Char('\n');
        if (line == QLatin1String("END:VEVENT"))
            events.append(current);
    }
    return events;
}

QString valueOf(const QString &event, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("^%1[;:](.*)$").arg(name), QRegularExpression::MultilineOption);
    return pattern.match(event).captured(1);
}

QString eventOf(const QByteArray &data, const QUuid &session)
{
    const QString uid = session.toString(QUuid::WithoutBraces) + QStringLiteral("@akademiplan");
    for (const QString &event : eventsOf(data))
        if (valueOf(event, QStringLiteral("UID")) == uid)
            return event;
    return {};
}

// The activity whose title begins with `title`: the start-up seminar is named after the council.
const Activity &activityBeginning(const Project &project, const QString &title)
{
    for (const Activity &activity : project.activities)
        if (activity.title.startsWith(title))
            return activity;
    FAIL("no activity " << title.toStdString());
    return project.activities.items().front();
}

const Participant &trackMember(const Project &project, qint64 activityId, bool enrolledInActivity)
{
    // Someone whose enrolment in the activity's track is Enrolled, with or without an enrolment in
    // the activity itself.
    const Activity *activity = project.activities.find(activityId);
    for (const Enrolment &track : project.enrolments) {
        if (track.trackId != activity->trackId || track.status != EnrolmentStatus::Enrolled)
            continue;
        bool own = false;
        for (const Enrolment &enrolment : project.enrolments)
            own = own || (enrolment.participantId == track.participantId && enrolment.activityId == activityId);
        if (own == enrolledInActivity)
            return *project.participants.find(track.participantId);
    }
    FAIL("nobody fits");
    return project.participants.items().front();
}

} // namespace

TEST_CASE("text values are escaped as RFC 5545 asks", "[calendar]")
{
    CHECK(ICalendarWriter::escapeText(QStringLiteral("Lokale 1, 2. sal; C:\\mødesal")) ==
          QStringLiteral("Lokale 1\\, 2. sal\\; C:\\\\mødesal"));
    CHECK(ICalendarWriter::escapeText(QStringLiteral("første\r\nanden\nтретий\rfjerde")) ==
          QStringLiteral("første\\nanden\\nтретий\\nfjerde"));
    // A control character would make Outlook reject the whole file.
    CHECK(ICalendarWriter::escapeText(QStringLiteral("a\x01" "b\x7f" "c\td")) == QStringLiteral("abc\td"));
}

TEST_CASE("long lines fold at 75 octets and never inside a Danish letter", "[calendar]")
{
    // Every offset of the two-byte letters against the fold.
    for (int offset = 0; offset < 4; ++offset) {
        const QByteArray line = QByteArray("DESCRIPTION:") + QByteArray(offset, 'x')
                                + QStringLiteral("Økonomi og Personale, Sundhed og Omsorg, Børn og Unge på Åbyhøj "
                                                 "Skole – æblegrød og rødgrødmedfløde ")
                                      .repeated(3)
                                      .toUtf8();
        const QByteArray folded = ICalendarWriter::fold(line);
        const QList<QByteArray> lines = linesOf(folded);
        CHECK(lines.size() > 3);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray &part = lines.at(i);
            INFO("offset " << offset << ", line " << i << ": " << part.constData());
            CHECK(part.size() <= 75);
            CHECK(part.startsWith(' ') == (i > 0));
            // A line that starts with a UTF-8 continuation byte split a letter in two.
            const QByteArray content = i > 0 ? part.mid(1) : part;
            CHECK((uchar(content.at(0)) & 0xc0) != 0x80);
            CHECK(QString::fromUtf8(content).toUtf8() == content);
        }
        QByteArray joined = folded;
        joined.replace("\r\n ", "");
        CHECK(joined == line + "\r\n");
    }
    CHECK(ICalendarWriter::fold("SUMMARY:Kort") == "SUMMARY:Kort\r\n");
    CHECK(ICalendarWriter::fold(QByteArray(75, 'a')) == QByteArray(75, 'a') + "\r\n");
    CHECK(ICalendarWriter::fold(QByteArray(76, 'a')) == QByteArray(75, 'a') + "\r\n a\r\n");
}

TEST_CASE("the time zone spells out the Danish summer time rule", "[calendar]")
{
    ICalendarWriter writer;
    writer.timeZoneDefinition();
    const QString zone = unfolded(writer.data()).join(QLatin1Char('\n'));
    CHECK(zone.startsWith(QStringLiteral("BEGIN:VTIMEZONE\nTZID:Europe/Copenhagen\n")));
    CHECK(zone.contains(QStringLiteral("BEGIN:DAYLIGHT\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\n"
                                       "DTSTART:19700329T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
                                       "END:DAYLIGHT")));
    CHECK(zone.contains(QStringLiteral("BEGIN:STANDARD\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\n"
                                       "DTSTART:19701025T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
                                       "END:STANDARD")));
    // RFC 5545 wants each DTSTART to be an onset its rule produces: the last Sundays of 1970.
    for (const QDate &onset : {QDate(1970, 3, 29), QDate(1970, 10, 25)}) {
        CHECK(onset.dayOfWeek() == Qt::Sunday);
        CHECK(onset.addDays(7).month() != onset.month());
    }
    // The rule gives the days Denmark really changes, e.g. 2027.
    const QTimeZone copenhagen("Europe/Copenhagen");
    CHECK(copenhagen.offsetFromUtc(QDateTime(QDate(2027, 3, 28), QTime(0, 59), Qt::UTC)) == 3600);
    CHECK(copenhagen.offsetFromUtc(QDateTime(QDate(2027, 3, 28), QTime(1, 0), Qt::UTC)) == 7200);
    CHECK(QDate(2027, 3, 28).dayOfWeek() == Qt::Sunday);
    CHECK(QDate(2027, 10, 31).dayOfWeek() == Qt::Sunday);
}

TEST_CASE("an academy's calendar has one event per session with local times and CRLF only", "[calendar]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const Project &project = document->project();
    const QByteArray data = CalendarExport::calendar(project, {project.academies.items().front().id}, {}, stamp);

    CHECK(data.count("\r\n") == data.count('\n'));
    CHECK(data.count('\r') == data.count('\n'));
    for (const QByteArray &line : linesOf(data))
        CHECK(line.size() <= 75);
    const QStringList lines = unfolded(data);
    CHECK(lines.first() == QLatin1String("BEGIN:VCALENDAR"));
    CHECK(lines.last() == QLatin1String("END:VCALENDAR"));
    for (const char *line :
         {"VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Innovation Academy Silkeborg 2027"})
        CHECK(lines.contains(QLatin1String(line)));
    CHECK(eventsOf(data).size() == project.sessions.size());

    const Activity &meetings = activityBeginning(project, QStringLiteral("Network meetings"));
    const Session *first = project.sessionsOf(meetings.id).front();
    const QString event = eventOf(data, first->uuid);
    REQUIRE(!event.isEmpty());
    CHECK(valueOf(event, QStringLiteral("DTSTART")) == QStringLiteral("TZID=Europe/Copenhagen:20270413T090000"));
    CHECK(valueOf(event, QStringLiteral("DTEND")) == QStringLiteral("TZID=Europe/Copenhagen:20270413T123000"));
    CHECK(valueOf(event, QStringLiteral("DTSTAMP")) == QStringLiteral("20270104T080000Z"));
    CHECK(valueOf(event, QStringLiteral("SUMMARY")) == QStringLiteral("Network meetings"));
    CHECK(valueOf(event, QStringLiteral("LOCATION"))
          == QString(meetings.location).replace(QLatin1Char(','), QStringLiteral("\\,")));
    CHECK(valueOf(event, QStringLiteral("DESCRIPTION")).contains(QStringLiteral("Network meeting in the track ")));
    CHECK(valueOf(event, QStringLiteral("STATUS")) == QStringLiteral("CONFIRMED"));
    const Track *track = project.tracks.find(meetings.trackId);
    const Academy *academy = project.academies.find(track->academyId);
    CHECK(valueOf(event, QStringLiteral("SEQUENCE")).toLongLong()
          == first->changeCounter + meetings.changeCounter + track->changeCounter + academy->changeCounter);
}

TEST_CASE("a track's and an activity's calendars hold only their own sessions", "[calendar]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const Project &project = document->project();
    const Activity &meetings = activityBeginning(project, QStringLiteral("Network meetings"));
    CalendarScope scope;
    scope.activityId = meetings.id;
    CHECK(eventsOf(CalendarExport::calendar(project, scope, {}, stamp)).size() == 4);
    scope = {};
    scope.trackId = meetings.trackId;
    CHECK(eventsOf(CalendarExport::calendar(project, scope, {}, stamp)).size() == 5); // and the kick-off
    CHECK(CalendarExport::name(project, scope).endsWith(QStringLiteral(": Innovation network")));
}

TEST_CASE("a participant's calendar holds their activities and those of their tracks but one parallel group",
          "[calendar]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const Project &project = document->project();
    // A manager is enrolled in the leadership track, in one of its three groups and in its seminar.
    const Activity &groupA = activityBeginning(project, QStringLiteral("Leading innovation, group A"));
    const Participant &manager = trackMember(project, groupA.id, true);
    CalendarScope scope;
    scope.participantId = manager.id;
    const QSet<qint64> activities = CalendarExport::activitiesOf(project, scope);
    CHECK(activities.contains(groupA.id));
    CHECK(!activities.contains(activityBeginning(project, QStringLiteral("Leading innovation, group B")).id));
    CHECK(!activities.contains(activityBeginning(project, QStringLiteral("Leading innovation, group C")).id));
    CHECK(activities.contains(activityBeginning(project, QStringLiteral("Leadership seminar: what did we learn?")).id));
    CHECK(eventsOf(CalendarExport::calendar(project, scope, {}, stamp)).size() == 5);
    CHECK(CalendarExport::name(project, scope) == manager.name);

    // A politician enrolled in the political track but not in its masterclass still takes part
    // in the track as a whole, unless their own enrolment in the activity says otherwise.
    const Activity &masterclass = activityBeginning(project, QStringLiteral("Masterclass: innovation in welfare"));
    const Participant &politician = trackMember(project, masterclass.id, false);
    scope.participantId = politician.id;
    CHECK(CalendarExport::activitiesOf(project, scope).contains(masterclass.id));
    qint64 startUpEnrolment = 0;
    const Activity &startUp = activityBeginning(project, QStringLiteral("Start-up seminar"));
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.participantId == politician.id && enrolment.activityId == startUp.id)
            startUpEnrolment = enrolment.id;
    REQUIRE(startUpEnrolment != 0);
    REQUIRE(ProjectEditor(*document).setEnrolmentStatus(startUpEnrolment, EnrolmentStatus::Cancelled));
    CHECK(!CalendarExport::activitiesOf(project, scope).contains(startUp.id));
}

TEST_CASE("a removed session comes back cancelled with the same UID and a higher SEQUENCE", "[calendar]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    const Project &project = document->project();
    const Activity &meetings = activityBeginning(project, QStringLiteral("Network meetings"));
    const Session removed = *project.sessionsOf(meetings.id).back();
    CalendarScope scope;
    scope.activityId = meetings.id;
    const QString before = eventOf(CalendarExport::calendar(project, scope, {}, stamp), removed.uuid);
    REQUIRE(!before.isEmpty());

    REQUIRE(ProjectEditor(*document).remove(EntityType::Session, removed.id));
    std::vector<Tombstone> tombstones;
    QString error;
    REQUIRE(document->loadTombstones(EntityType::Session, tombstones, &error));
    REQUIRE(tombstones.size() == 1);
    const QByteArray data = CalendarExport::calendar(project, scope, tombstones, stamp);
    CHECK(eventsOf(data).size() == 4);
    const QString after = eventOf(data, removed.uuid);
    REQUIRE(!after.isEmpty());
    CHECK(valueOf(after, QStringLiteral("STATUS")) == QStringLiteral("CANCELLED"));
    CHECK(valueOf(after, QStringLiteral("SEQUENCE")).toLongLong()
          > valueOf(before, QStringLiteral("SEQUENCE")).toLongLong());
    CHECK(valueOf(after, QStringLiteral("DTSTART")) == valueOf(before, QStringLiteral("DTSTART")));
    CHECK(valueOf(after, QStringLiteral("SUMMARY")) == valueOf(before, QStringLiteral("SUMMARY")));

    // Another activity's calendar does not cancel it; undoing the removal brings the event back.
    scope.activityId = activityBeginning(project, QStringLiteral("Kick-off workshop for the network")).id;
    CHECK(eventOf(CalendarExport::calendar(project, scope, tombstones, stamp), removed.uuid).isEmpty());
    document->undoStack()->undo();
    REQUIRE(document->loadTombstones(EntityType::Session, tombstones, &error));
    CHECK(tombstones.empty());
}

TEST_CASE("a tombstone keeps no free text of the removed row and nothing of a removed person", "[calendar][history]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("plan.akademi"), true);
    QString uuid;
    {
        auto document = openDocument(path);
        const Project &project = document->project();
        const Participant person = project.participants.items().front();
        uuid = person.uuid.toString(QUuid::WithoutBraces);
        const Activity activity = activityBeginning(project, QStringLiteral("Network meetings"));
        ProjectEditor editor(*document);
        REQUIRE(editor.remove(EntityType::Participant, person.id));
        REQUIRE(editor.remove(EntityType::Activity, activity.id));
        FileProblem problem;
        REQUIRE(document->save(&problem));
    }
    // The person, and their enrolments that went with them, say nothing of who or where.
    CHECK(queryFile(path, QStringLiteral("SELECT count(*) FROM tombstone WHERE entity_type IN ('participant', "
                                         "'enrolment', 'attendance') AND fields IS NOT NULL"))
              .value(0)
              .toInt()
          == 0);
    CHECK(queryFile(path, QStringLiteral("SELECT count(*) FROM tombstone WHERE fields LIKE '%%1%'").arg(uuid))
              .value(0)
              .toInt()
          == 0);
    const QVariantList activities =
        queryFile(path, QStringLiteral("SELECT fields FROM tombstone WHERE entity_type = 'activity'"));
    REQUIRE(activities.size() == 1);
    const QString activity = activities.front().toString();
    INFO(activity.toStdString());
    CHECK(activity.contains(QLatin1String("\"title\":\"Network meetings\"")));
    CHECK(!activity.contains(QLatin1String("facilitator")));
    CHECK(!activity.contains(QLatin1String("description")));
    const QVariantList sessions = queryFile(path, QStringLiteral("SELECT fields FROM tombstone WHERE entity_type = "
                                                                 "'session' ORDER BY fields"));
    CHECK(sessions.size() == 4);
    CHECK(sessions.front().toString().contains(QLatin1String("\"date\":\"2027-")));
}
