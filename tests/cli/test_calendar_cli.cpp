// SPDX-License-Identifier: MPL-2.0
// `akademiplan --export-ics`, run as the real binary, its files read by an independent iCalendar
// parser (python3-icalendar, as Debian packages it): how many events each scope holds, UIDs that
// stay and a SEQUENCE that rises so that a calendar updates instead of duplicating, local times
// that land on the right UTC across the daylight-saving changes, and a removed session that
// comes back cancelled.
#include "catch.h"
#include "cliprogram.h"
#include "programrun.h"
#include "storage/projectreader.h"
#include "testfiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// Reads a calendar file with python3-icalendar and prints what a calendar program takes from it
// as JSON. Times are converted to UTC twice: with the zone the parser knows by name, and with
// the VTIMEZONE the file itself defines.
const char *parserScript = R"(
import sys, json, datetime
try:
    import icalendar, pytz
except ImportError as missing:
    print("python3-icalendar is not installed (%s): apt-get install python3-icalendar" % missing, file=sys.stderr)
    sys.exit(42)
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
zones = calendar.walk("VTIMEZONE")
own = zones[0].to_tz() if zones else None
def utc(value, zone=None):
    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    if zone is not None:
        value = zone.localize(value.replace(tzinfo=None))
    return value.astimezone(pytz.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
events = []
errors = list(calendar.errors)
for event in calendar.walk("VEVENT"):
    errors += event.errors
    start = event["DTSTART"]
    end = event.get("DTEND")
    events.append({
        "uid": str(event["UID"]), "sequence": int(event["SEQUENCE"]), "status": str(event.get("STATUS", "")),
        "summary": str(event["SUMMARY"]), "location": str(event.get("LOCATION", "")),
        "description": str(event.get("DESCRIPTION", "")), "tzid": start.params.get("TZID", ""),
        "start": utc(start.dt), "end": utc(end.dt) if end else "",
        "startInOwnZone": utc(start.dt, own), "endInOwnZone": utc(end.dt, own) if end else "",
    })
print(json.dumps({"name": str(calendar.get("X-WR-CALNAME", "")), "zones": [str(z["TZID"]) for z in zones],
                  "errors": [str(e) for e in errors], "events": events}))
)";

// Exports and parses; `arguments` name the scope.
QJsonObject exported(const PrivateEnvironment &environment, const TempFolder &folder, const QString &project,
                     const QStringList &arguments = {})
{
    const QString out = folder.path(QStringLiteral("sessions.ics"));
    const ProgramResult result =
        akademiplan(environment, QStringList{QStringLiteral("--export-ics"), out, project} + arguments);
    INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    const ProgramResult parsed = runProgram(QStringLiteral("/usr/bin/python3"),
                                            {QStringLiteral("-c"), QString::fromUtf8(parserScript), out},
                                            QProcessEnvironment::systemEnvironment());
    if (parsed.exitCode == 42 || !QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        FAIL("the calendar cannot be checked by an independent parser: install python3-icalendar ("
             << parsed.errText().toStdString() << ")");
    INFO(parsed.errText().toStdString());
    REQUIRE(parsed.exitCode == 0);
    const QJsonObject calendar = QJsonDocument::fromJson(parsed.out).object();
    CHECK(calendar.value(QStringLiteral("errors")).toArray().isEmpty());
    CHECK(calendar.value(QStringLiteral("zones")).toArray() == QJsonArray{QStringLiteral("Europe/Copenhagen")});
    // What a calendar program reads must be what was written, octet by octet in its lines.
    const QByteArray bytes = readBytes(out);
    CHECK(bytes.count("\r\n") == bytes.count('\n'));
    for (const QByteArray &line : bytes.split('\n'))
        CHECK(line.size() <= 76); // 75 and the CR
    return calendar;
}

QJsonArray eventsOf(const QJsonObject &calendar)
{
    return calendar.value(QStringLiteral("events")).toArray();
}

QJsonObject eventOf(const QJsonObject &calendar, const QUuid &session)
{
    const QString uid = session.toString(QUuid::WithoutBraces) + QStringLiteral("@akademiplan");
    for (const QJsonValue &event : eventsOf(calendar))
        if (event.toObject().value(QStringLiteral("uid")).toString() == uid)
            return event.toObject();
    return {};
}

void apply(const PrivateEnvironment &environment, const TempFolder &folder, const QString &project,
           const QString &changes)
{
    const QString path = folder.path(QStringLiteral("changes.json"));
    writeBytes(path, QStringLiteral(R"({"format": "akademiplan-changes", "version": 1, "changes": %1})")
                         .arg(changes)
                         .toUtf8());
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), path, project});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
}

QString uuidOf(const EntityHeader &row)
{
    return row.uuid.toString(QUuid::WithoutBraces);
}

} // namespace

TEST_CASE("each scope's calendar holds its own sessions as events in Copenhagen time", "[cli][calendar]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const Project project = readProject(path);
    const Activity &meetings = activityTitled(project, QStringLiteral("Network meetings"));

    const QJsonObject all = exported(environment, folder, path);
    CHECK(eventsOf(all).size() == project.sessions.size());
    for (const QJsonValue &event : eventsOf(all)) {
        CHECK(event[QStringLiteral("tzid")].toString() == QStringLiteral("Europe/Copenhagen"));
        CHECK(event[QStringLiteral("start")].toString() == event[QStringLiteral("startInOwnZone")].toString());
        CHECK(event[QStringLiteral("end")].toString() == event[QStringLiteral("endInOwnZone")].toString());
        CHECK(event[QStringLiteral("status")].toString() == QStringLiteral("CONFIRMED"));
    }
    const QString academy = project.academies.items().front().name;
    CHECK(exported(environment, folder, path, {QStringLiteral("--academy"), academy})
              .value(QStringLiteral("name")).toString() == academy);
    const QJsonObject track =
        exported(environment, folder, path, {QStringLiteral("--track"), QStringLiteral("Innovation network")});
    CHECK(eventsOf(track).size() == 5);
    const QJsonObject activity =
        exported(environment, folder, path, {QStringLiteral("--activity"), QStringLiteral("network meetings")});
    CHECK(eventsOf(activity).size() == 4);
    CHECK(activity.value(QStringLiteral("name")).toString() == QStringLiteral("Network meetings"));
    const QJsonObject first = eventOf(activity, project.sessionsOf(meetings.id).front()->uuid);
    CHECK(first.value(QStringLiteral("summary")).toString() == QStringLiteral("Network meetings"));
    CHECK(first.value(QStringLiteral("start")).toString() == QStringLiteral("2027-04-13T07:00:00Z"));
    CHECK(first.value(QStringLiteral("end")).toString() == QStringLiteral("2027-04-13T10:30:00Z"));
    CHECK(first.value(QStringLiteral("location")).toString() == meetings.location);
    CHECK(first.value(QStringLiteral("description")).toString().contains(QStringLiteral("Innovation network")));

    // A manager in one of the three parallel groups: the group's four modules and the seminar.
    const Activity &groupB = activityTitled(project, QStringLiteral("Leading innovation, group B"));
    const Participant *manager = nullptr;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId == groupB.id && enrolment.status == EnrolmentStatus::Enrolled)
            manager = project.participants.find(enrolment.participantId);
    REQUIRE(manager);
    const QJsonObject own =
        exported(environment, folder, path, {QStringLiteral("--participant"), manager->email.toUpper()});
    CHECK(own.value(QStringLiteral("name")).toString() == manager->name);
    CHECK(eventsOf(own).size() == 5);
    for (const Session *session : project.sessionsOf(groupB.id))
        CHECK(!eventOf(own, session->uuid).isEmpty());
}

TEST_CASE("UIDs stay and SEQUENCE rises only for the events an edit changes", "[cli][calendar]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const Project project = readProject(path);
    const Activity &meetings = activityTitled(project, QStringLiteral("Network meetings"));
    const QStringList scope{QStringLiteral("--activity"), meetings.title};
    const QJsonObject before = exported(environment, folder, path, scope);
    const QJsonObject again = exported(environment, folder, path, scope);
    REQUIRE(eventsOf(before).size() == 4);
    for (qsizetype i = 0; i < 4; ++i) {
        CHECK(eventsOf(before)[i][QStringLiteral("uid")] == eventsOf(again)[i][QStringLiteral("uid")]);
        CHECK(eventsOf(before)[i][QStringLiteral("sequence")] == eventsOf(again)[i][QStringLiteral("sequence")]);
    }

    const Session *moved = project.sessionsOf(meetings.id).at(1);
    const Session *kept = project.sessionsOf(meetings.id).at(2);
    const QString room = QStringLiteral("Mødelokale Ærø, Østergade 12, 2. sal; indgang fra gården \\ bag Rådhuset");
    apply(environment, folder, path,
          QStringLiteral(R"([{"change": "session", "uuid": "%1", "fields": {"date": "2027-06-09", "location": "%2"}}])")
              .arg(uuidOf(*moved), QString(room).replace(QStringLiteral("\\"), QStringLiteral("\\\\"))));
    const QJsonObject after = exported(environment, folder, path, scope);
    const QJsonObject movedBefore = eventOf(before, moved->uuid);
    const QJsonObject movedAfter = eventOf(after, moved->uuid);
    REQUIRE(!movedAfter.isEmpty());
    CHECK(movedAfter.value(QStringLiteral("sequence")).toInt() > movedBefore.value(QStringLiteral("sequence")).toInt());
    CHECK(movedAfter.value(QStringLiteral("start")).toString() == QStringLiteral("2027-06-09T07:00:00Z"));
    CHECK(movedAfter.value(QStringLiteral("location")).toString() == room);
    CHECK(eventOf(after, kept->uuid).value(QStringLiteral("sequence"))
          == eventOf(before, kept->uuid).value(QStringLiteral("sequence")));

    // Renaming the activity changes what every one of its events shows.
    apply(environment, folder, path,
          QStringLiteral(R"([{"change": "activity", "uuid": "%1", "fields": {"title": "Netværksmøder"}}])")
              .arg(uuidOf(meetings)));
    const QJsonObject renamed =
        exported(environment, folder, path, {QStringLiteral("--activity"), QStringLiteral("Netværksmøder")});
    CHECK(eventOf(renamed, kept->uuid).value(QStringLiteral("sequence")).toInt()
          > eventOf(after, kept->uuid).value(QStringLiteral("sequence")).toInt());
    CHECK(eventOf(renamed, kept->uuid).value(QStringLiteral("summary")).toString() == QStringLiteral("Netværksmøder"));
}

TEST_CASE("sessions on the days daylight saving time begins and ends land on the right UTC", "[cli][calendar]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const Project project = readProject(path);
    const Activity &meetings = activityTitled(project, QStringLiteral("Network meetings"));
    const Session *spring = project.sessionsOf(meetings.id).at(0);
    const Session *autumn = project.sessionsOf(meetings.id).at(1);
    apply(environment, folder, path, QStringLiteral(R"([
        {"change": "session", "uuid": "%1", "fields": {"date": "2027-03-28", "startTime": "01:30", "endTime": "03:30"}},
        {"change": "session", "uuid": "%2", "fields": {"date": "2027-10-31", "startTime": "09:00", "endTime": "12:00"}}
    ])").arg(uuidOf(*spring), uuidOf(*autumn)));
    const QJsonObject calendar = exported(environment, folder, path, {QStringLiteral("--activity"), meetings.title});
    const QJsonObject march = eventOf(calendar, spring->uuid);
    const QJsonObject october = eventOf(calendar, autumn->uuid);
    // 01:30 is still winter time (+01:00); at 02:00 the clocks go to 03:00 summer time (+02:00).
    for (const char *key : {"start", "startInOwnZone"})
        CHECK(march.value(QLatin1String(key)).toString() == QStringLiteral("2027-03-28T00:30:00Z"));
    for (const char *key : {"end", "endInOwnZone"})
        CHECK(march.value(QLatin1String(key)).toString() == QStringLiteral("2027-03-28T01:30:00Z"));
    // After 03:00 on the last Sunday of October it is winter time again.
    for (const char *key : {"start", "startInOwnZone"})
        CHECK(october.value(QLatin1String(key)).toString() == QStringLiteral("2027-10-31T08:00:00Z"));
    for (const char *key : {"end", "endInOwnZone"})
        CHECK(october.value(QLatin1String(key)).toString() == QStringLiteral("2027-10-31T11:00:00Z"));
}

TEST_CASE("a removed session comes back cancelled under its UID with a higher SEQUENCE", "[cli][calendar]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const Project project = readProject(path);
    const Activity &meetings = activityTitled(project, QStringLiteral("Network meetings"));
    const Session *removed = project.sessionsOf(meetings.id).back();
    const QStringList scope{QStringLiteral("--activity"), meetings.title};
    const QJsonObject before = exported(environment, folder, path, scope);

    apply(environment, folder, path, QStringLiteral(R"([{"remove": "session", "uuid": "%1"}])").arg(uuidOf(*removed)));
    const QJsonObject after = exported(environment, folder, path, scope);
    CHECK(eventsOf(after).size() == 4);
    const QJsonObject cancelled = eventOf(after, removed->uuid);
    REQUIRE(!cancelled.isEmpty());
    CHECK(cancelled.value(QStringLiteral("status")).toString() == QStringLiteral("CANCELLED"));
    CHECK(cancelled.value(QStringLiteral("sequence")).toInt()
          > eventOf(before, removed->uuid).value(QStringLiteral("sequence")).toInt());
    CHECK(cancelled.value(QStringLiteral("start")) == eventOf(before, removed->uuid).value(QStringLiteral("start")));

    // The people of the network have it cancelled in their own calendars too.
    const Participant *member = nullptr;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId == meetings.id)
            member = project.participants.find(enrolment.participantId);
    REQUIRE(member);
    const QJsonObject own = exported(environment, folder, path, {QStringLiteral("--participant"), member->email});
    CHECK(eventOf(own, removed->uuid).value(QStringLiteral("status")).toString() == QStringLiteral("CANCELLED"));
}

TEST_CASE("a wrong name or option gives one clear line and the usual exit code", "[cli][calendar]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 740);
    const QString out = folder.path(QStringLiteral("sessions.ics"));
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--export-ics"), out, path, QStringLiteral("--academy"), QStringLiteral("Nope")}, 3,
         QStringLiteral("No academy is called \"Nope\"")},
        {{QStringLiteral("--export-ics"), out, path, QStringLiteral("--activity"), QStringLiteral("Nope")}, 3,
         QStringLiteral("No activity is called \"Nope\"")},
        {{QStringLiteral("--export-ics"), out, path, QStringLiteral("--participant"), QStringLiteral("nobody@x.dk")}, 3,
         QStringLiteral("No participant has the e-mail address nobody@x.dk.")},
        {{QStringLiteral("--export-ics"), out, path, QStringLiteral("--participant"), QStringLiteral("a@x.dk"),
          QStringLiteral("--track"), QStringLiteral("Innovation network")},
         1, QStringLiteral("--participant takes no --academy, --track or --activity")},
        {{QStringLiteral("--export-ics"), folder.path(QStringLiteral("sessions.txt")), path}, 1,
         QStringLiteral("must end in .ics")},
        {{QStringLiteral("--export-ics"), out}, 1, QStringLiteral("--export-ics needs the project FILE")},
        {{QStringLiteral("--export-ics"), out, folder.path(QStringLiteral("missing.akademi"))}, 2, QString()},
        {{QStringLiteral("--info"), path, QStringLiteral("--participant"), QStringLiteral("a@x.dk")}, 1,
         QStringLiteral("--participant goes with --export-ics or --export-schedules.")},
    };
    for (const Case &c : cases) {
        const ProgramResult result = akademiplan(environment, c.arguments);
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString() << "\n" << result.errText().toStdString());
        CHECK(result.exitCode == c.exitCode);
        CHECK(result.errText().count(QLatin1Char('\n')) == 1);
        CHECK(result.errText().contains(c.message));
        CHECK(!QFileInfo::exists(out));
    }
}
