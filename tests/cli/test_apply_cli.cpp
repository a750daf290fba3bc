// SPDX-License-Identifier: MPL-2.0
// `akademiplan --apply CHANGES.json FILE`, run as the real binary the way a municipality's script
// runs it: what the file holds afterwards, the line that says what was done, and, whenever the
// batch is refused, every problem on a line of its own and the file exactly as it was.
#include "catch.h"
#include "domain/entitydescription.h"
#include "cliprogram.h"
#include "programrun.h"
#include "storage/documentlock.h"
#include "storage/projectreader.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// A batch as a script writes it: `changes` is the JSON list of changes.
QString changesFile(const TempFolder &folder, const QString &changes)
{
    const QString path = folder.path(QStringLiteral("changes.json"));
    writeBytes(path, QStringLiteral(R"({"format": "akademiplan-changes", "version": 1, "changes": %1})")
                         .arg(changes)
                         .toUtf8());
    return path;
}

QString uuidOf(const EntityHeader &row)
{
    return row.uuid.toString(QUuid::WithoutBraces);
}

QByteArray hashOf(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

QStringList errorLines(const ProgramResult &result)
{
    return result.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// An activity of the example with several sessions and enrolments of its own.
const Activity &busyActivity(const Project &project)
{
    for (const Activity &activity : project.activities) {
        const bool enrolled =
            std::any_of(project.enrolments.begin(), project.enrolments.end(),
                        [&](const Enrolment &enrolment) { return enrolment.activityId == activity.id; });
        if (enrolled && project.sessionsOf(activity.id).size() > 1)
            return activity;
    }
    FAIL("the example has no activity with sessions and enrolments");
    return project.activities.at(0);
}

} // namespace

TEST_CASE("a batch adds a participant and enrols her in an activity through her placeholder", "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    const Activity &activity = busyActivity(before);

    const QString changes = changesFile(folder, QStringLiteral(R"([
        {"add": "participant", "ref": "anne",
         "fields": {"name": "Anne Jensen", "email": "anne@example.dk", "role": "manager"}},
        {"add": "enrolment", "fields": {"participantId": "$anne", "activityId": "%1", "status": "enrolled"}}
    ])").arg(uuidOf(activity)));
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), changes, path});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    CHECK(result.outText().toStdString()
          == "Applied 2 changes to plan.akademi: 1 participant added, 1 enrolment added.\n");

    const Project after = readProject(path);
    CHECK(after.participants.size() == before.participants.size() + 1);
    CHECK(after.enrolments.size() == before.enrolments.size() + 1);
    const auto anne = std::find_if(after.participants.begin(), after.participants.end(),
                                   [&](const Participant &person) { return !before.participants.contains(person.id); });
    REQUIRE(anne != after.participants.end());
    CHECK(anne->name.toStdString() == "Anne Jensen");
    CHECK(anne->email.toStdString() == "anne@example.dk");
    CHECK(anne->role == ParticipantRole::Manager);
    CHECK(anne->organisationId == 0);
    CHECK_FALSE(anne->uuid.isNull());
    const auto enrolment = std::find_if(after.enrolments.begin(), after.enrolments.end(),
                                        [&](const Enrolment &row) { return row.participantId == anne->id; });
    REQUIRE(enrolment != after.enrolments.end());
    CHECK(enrolment->activityId == activity.id);
    CHECK(enrolment->trackId == 0);
    CHECK(enrolment->status == EnrolmentStatus::Enrolled);
    CHECK(akademiplan(environment, {QStringLiteral("--check"), path}).exitCode == 0);
}

TEST_CASE("a batch changes the date of a session and nothing else, and the same batch again changes nothing",
          "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    const Session session = before.sessions.at(0);
    const QDate newDate = session.date.addDays(1);

    const QString changes =
        changesFile(folder, QStringLiteral(R"([{"change": "session", "uuid": "%1", "fields": {"date": "%2"}}])")
                                .arg(uuidOf(session), newDate.toString(Qt::ISODate)));
    ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), changes, path});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outText().toStdString() == "Applied 1 change to plan.akademi: 1 session changed.\n");

    const Project after = readProject(path);
    const Session *changed = after.sessions.find(session.id);
    REQUIRE(changed);
    CHECK(changed->uuid == session.uuid);
    CHECK(changed->date == newDate);
    CHECK(changed->activityId == session.activityId);
    CHECK(changed->startTime == session.startTime);
    CHECK(changed->endTime == session.endTime);
    CHECK(changed->location == session.location);
    CHECK(changedFields(session, *changed) == QStringList{QStringLiteral("date")});
    Project expected = contentOf(before);
    CHECK(contentOf(after).sessions.size() == expected.sessions.size());
    for (const Session &other : after.sessions)
        if (other.id != session.id)
            CHECK(sameFields(other, *before.sessions.find(other.id)));
    CHECK(contentOf(after).participants.items() == expected.participants.items());
    CHECK(contentOf(after).enrolments.items() == expected.enrolments.items());

    // A script that runs twice must not make the file look edited the second time.
    const QByteArray hash = hashOf(path);
    result = akademiplan(environment, {QStringLiteral("--apply"), changes, path});
    REQUIRE(result.exitCode == 0);
    CHECK(result.outText().toStdString() == "Applied 1 change to plan.akademi: 1 session already as given.\n");
    CHECK(hashOf(path) == hash);
}

TEST_CASE("a batch that moves a session outside the academy's period warns and goes ahead", "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    const Session session = before.sessions.at(0);
    const QDate late = before.academies.at(0).endDate.addYears(1);

    const QString changes =
        changesFile(folder, QStringLiteral(R"([{"change": "session", "uuid": "%1", "fields": {"date": "%2"}}])")
                                .arg(uuidOf(session), late.toString(Qt::ISODate)));
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), changes, path});
    REQUIRE(result.exitCode == 0);
    REQUIRE(errorLines(result).size() == 1);
    CHECK(result.errText().startsWith(QStringLiteral("akademiplan: changes.json: warning: change 1 (session ")));
    CHECK(result.errText().contains(QStringLiteral("outside the academy's period")));
    CHECK(readProject(path).sessions.find(session.id)->date == late);
}

TEST_CASE("a batch reads dates and times as a Dane types them, the year from the academy's period", "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    REQUIRE(before.sessions.size() > 8);
    const Academy &academy = before.academies.at(0);
    // Every form the window reads, one session each, then an academy year that spans a new year:
    // a date without a year falls in the period as the batch leaves it.
    const QStringList dates = {QStringLiteral("4.3"), QStringLiteral("4/3"), QStringLiteral("04.03.27"),
                               QStringLiteral("4.3.2027"), QStringLiteral("04032027"), QStringLiteral("2027-03-04")};
    const QStringList times = {QStringLiteral("9"), QStringLiteral("9.30"), QStringLiteral("09:30"),
                               QStringLiteral("930"), QStringLiteral("13.05"), QStringLiteral("8")};
    QStringList changes;
    for (qsizetype i = 0; i < dates.size(); ++i)
        changes.append(QStringLiteral(R"({"change": "session", "uuid": "%1", "fields": {"date": "%2", "startTime": "%3",
                                          "endTime": "16"}})")
                           .arg(uuidOf(before.sessions.at(i)), dates.at(i), times.at(i)));
    changes.append(QStringLiteral(R"({"change": "academy", "uuid": "%1",
                                      "fields": {"startDate": "1.9.2026", "endDate": "30.6.2027"}})")
                       .arg(uuidOf(academy)));
    changes.append(QStringLiteral(R"({"change": "session", "uuid": "%1", "fields": {"date": "15.10"}})")
                       .arg(uuidOf(before.sessions.at(6))));
    changes.append(QStringLiteral(R"({"change": "session", "uuid": "%1", "fields": {"date": "15/3"}})")
                       .arg(uuidOf(before.sessions.at(7))));
    const QString batch = changesFile(folder, QLatin1Char('[') + changes.join(QLatin1Char(',')) + QLatin1Char(']'));
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), batch, path});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outText().toStdString()
          == "Applied 9 changes to plan.akademi: 1 academy changed, 8 sessions changed.\n");
    // Sessions that no longer fall in the shorter period are only warned about.
    for (const QString &line : errorLines(result))
        CHECK(line.contains(QStringLiteral(": warning: ")));

    const Project after = readProject(path);
    const QList<QTime> startTimes = {QTime(9, 0), QTime(9, 30), QTime(9, 30), QTime(9, 30), QTime(13, 5), QTime(8, 0)};
    for (qsizetype i = 0; i < dates.size(); ++i) {
        INFO(dates.at(i).toStdString() << " at " << times.at(i).toStdString());
        const Session *session = after.sessions.find(before.sessions.at(i).id);
        REQUIRE(session);
        CHECK(session->date == QDate(2027, 3, 4));
        CHECK(session->startTime == startTimes.at(i));
        CHECK(session->endTime == QTime(16, 0));
    }
    CHECK(after.academies.at(0).startDate == QDate(2026, 9, 1));
    CHECK(after.academies.at(0).endDate == QDate(2027, 6, 30));
    CHECK(after.sessions.find(before.sessions.at(6).id)->date == QDate(2026, 10, 15));
    CHECK(after.sessions.find(before.sessions.at(7).id)->date == QDate(2027, 3, 15));
}

TEST_CASE("an impossible date or time in a batch is refused naming the change and the field, and nothing changes",
          "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    const QByteArray hash = hashOf(path);
    // 2027 is no leap year; the academy of the example is in 2027, so "29.2" is in 2027 too.
    const QStringList wrong = {QStringLiteral("31.2.2027"), QStringLiteral("29.2"), QStringLiteral("32.1"),
                               QStringLiteral("4.13.2027"), QStringLiteral("next week")};
    QStringList changes;
    for (qsizetype i = 0; i < wrong.size(); ++i)
        changes.append(QStringLiteral(R"({"change": "session", "uuid": "%1", "fields": {"date": "%2"}})")
                           .arg(uuidOf(before.sessions.at(i)), wrong.at(i)));
    changes.append(QStringLiteral(R"({"change": "session", "uuid": "%1", "fields": {"startTime": "24.00"}})")
                       .arg(uuidOf(before.sessions.at(5))));
    // A correct change beside them is not made either: the batch is all or nothing.
    changes.append(QStringLiteral(R"({"change": "session", "uuid": "%1", "fields": {"date": "4.3"}})")
                       .arg(uuidOf(before.sessions.at(6))));
    const QString batch = changesFile(folder, QLatin1Char('[') + changes.join(QLatin1Char(',')) + QLatin1Char(']'));
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), batch, path});
    CHECK(result.exitCode == 3);
    CHECK(result.out.isEmpty());
    const QStringList lines = errorLines(result);
    INFO(result.errText().toStdString());
    REQUIRE(lines.size() == 6);
    const QStringList reasons = {
        QStringLiteral("\"date\" cannot be \"31.2.2027\": There is no 31.02.2027: the month has fewer days."),
        QStringLiteral("\"date\" cannot be \"29.2\": There is no 29.02.2027: the month has fewer days."),
        QStringLiteral("\"date\" cannot be \"32.1\": \"32.1\" is not a date: there is no day 32 of month 1."),
        QStringLiteral("\"date\" cannot be \"4.13.2027\": \"4.13.2027\" is not a date: there is no day 4 of month 13."),
        QStringLiteral("\"date\" cannot be \"next week\": \"next week\" is not a date; type it as 4.3, 4.3.27 or "
                       "4.3.2027."),
        QStringLiteral("\"startTime\" cannot be \"24.00\": \"24.00\" is not a time of day: hours go to 23 and minutes "
                       "to 59.")};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        CHECK(lines.at(i).startsWith(QStringLiteral("akademiplan: changes.json: change %1 (session %2): ")
                                         .arg(i + 1)
                                         .arg(uuidOf(before.sessions.at(i)))));
        CHECK(lines.at(i).endsWith(reasons.at(i)));
    }
    CHECK(hashOf(path) == hash);
}

TEST_CASE("a batch removes an activity together with its sessions and enrolments", "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    const Activity activity = busyActivity(before);
    const auto sessions = before.sessionsOf(activity.id).size();
    const auto enrolments = std::count_if(before.enrolments.begin(), before.enrolments.end(),
                                          [&](const Enrolment &row) { return row.activityId == activity.id; });
    // The example prices the activity with one cost line of its own, which goes with it.
    REQUIRE(std::count_if(before.costLines.begin(), before.costLines.end(),
                          [&](const CostLine &row) { return row.activityId == activity.id; })
            == 1);

    const QString changes =
        changesFile(folder, QStringLiteral(R"([{"remove": "activity", "uuid": "%1"}])").arg(uuidOf(activity)));
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), changes, path});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outText().toStdString()
          == QStringLiteral("Applied 1 change to plan.akademi: 1 activity removed (with %1 sessions, %2 "
                            "enrolments and 1 cost line).\n")
                 .arg(sessions)
                 .arg(enrolments)
                 .toStdString());

    const Project after = readProject(path);
    CHECK_FALSE(after.activities.contains(activity.id));
    CHECK(after.activities.size() == before.activities.size() - 1);
    CHECK(after.sessionsOf(activity.id).empty());
    CHECK(after.sessions.size() == before.sessions.size() - qsizetype(sessions));
    CHECK(std::none_of(after.enrolments.begin(), after.enrolments.end(),
                       [&](const Enrolment &row) { return row.activityId == activity.id; }));
    CHECK(after.participants.size() == before.participants.size());
    CHECK(akademiplan(environment, {QStringLiteral("--check"), path}).exitCode == 0);
}

TEST_CASE("a batch with several problems names each on a line of its own and leaves the file as it was",
          "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    const QByteArray hash = hashOf(path);
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const QString changes = changesFile(folder, QStringLiteral(R"([
        {"change": "session", "uuid": "%1", "fields": {"location": "Aula"}},
        {"change": "session", "uuid": "%2", "fields": {"date": "2027-02-30"}},
        {"add": "participant", "fields": {"name": "Bo Holm", "mail": "bo@example.dk"}},
        {"change": "session", "uuid": "%3", "fields": {"startTime": "15:00", "endTime": "14:00"}}
    ])").arg(unknown, uuidOf(before.sessions.at(0)), uuidOf(before.sessions.at(1))));
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), changes, path});
    CHECK(result.exitCode == 3);
    CHECK(result.out.isEmpty());
    const QStringList lines = errorLines(result);
    INFO(result.errText().toStdString());
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).toStdString()
          == QStringLiteral("akademiplan: changes.json: change 1 (session %1): no session has this UUID")
                 .arg(unknown)
                 .toStdString());
    CHECK(lines.at(1).startsWith(QStringLiteral("akademiplan: changes.json: change 2 (session ")));
    CHECK(lines.at(1).endsWith(
        QStringLiteral(": \"date\" cannot be \"2027-02-30\": There is no 30.02.2027: the month has fewer days.")));
    CHECK(lines.at(2).startsWith(
        QStringLiteral("akademiplan: changes.json: change 3 (participant): unknown field \"mail\"")));
    CHECK(lines.at(3).startsWith(QStringLiteral("akademiplan: changes.json: change 4 (session ")));
    CHECK(lines.at(3).endsWith(QStringLiteral("The session ends before it starts.")));
    CHECK(hashOf(path) == hash);
}

TEST_CASE("a batch that contradicts itself is refused, naming the changes that clash", "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    const QByteArray hash = hashOf(path);
    const Activity &activity = busyActivity(before);
    const Session &session = *before.sessionsOf(activity.id).front();

    const QString changes = changesFile(folder, QStringLiteral(R"([
        {"add": "enrolment", "fields": {"participantId": "$later", "activityId": "%1"}},
        {"add": "participant", "ref": "later", "fields": {"name": "Lise Berg"}},
        {"add": "enrolment", "fields": {"participantId": "$later", "activityId": "%1"}},
        {"remove": "activity", "uuid": "%1"},
        {"remove": "participant", "uuid": "$later"}
    ])").arg(uuidOf(activity)));
    ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), changes, path});
    CHECK(result.exitCode == 3);
    QStringList lines = errorLines(result);
    INFO(result.errText().toStdString());
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).contains(
        QStringLiteral("change 1 (enrolment): $later is not the \"ref\" of a row added earlier")));
    CHECK(lines.at(1).contains(QStringLiteral("change 4 (activity %1): it would also remove the enrolment added by "
                                              "change 3")
                                   .arg(uuidOf(activity))));
    CHECK(lines.at(2).contains(QStringLiteral("change 5 (participant $later): this participant is added by change 2")));
    CHECK(hashOf(path) == hash);

    // A row removed earlier in the batch cannot be changed afterwards.
    const QString removed = changesFile(folder, QStringLiteral(R"([
        {"remove": "activity", "uuid": "%1"},
        {"change": "session", "uuid": "%2", "fields": {"location": "Aula"}}
    ])").arg(uuidOf(activity), uuidOf(session)));
    result = akademiplan(environment, {QStringLiteral("--apply"), removed, path});
    CHECK(result.exitCode == 3);
    lines = errorLines(result);
    REQUIRE(lines.size() == 1);
    CHECK(lines.at(0).endsWith(
        QStringLiteral("change 2 (session %1): this session is removed by change 1").arg(uuidOf(session))));
    CHECK(hashOf(path) == hash);
}

TEST_CASE("changes that are not JSON, not a batch or not there are refused with a clear message", "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const QByteArray hash = hashOf(path);

    const QString broken = folder.path(QStringLiteral("broken.json"));
    writeBytes(broken, QByteArrayLiteral("{\"format\": \"akademiplan-changes\", \"version\": 1, \"changes\": ["));
    ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), broken, path});
    CHECK(result.exitCode == 3);
    REQUIRE(errorLines(result).size() == 1);
    CHECK(result.errText().startsWith(QStringLiteral("akademiplan: broken.json: not valid JSON")));

    const QString info = folder.path(QStringLiteral("info.json"));
    writeBytes(info, akademiplan(environment, {QStringLiteral("--info"), path}).out);
    result = akademiplan(environment, {QStringLiteral("--apply"), info, path});
    CHECK(result.exitCode == 3);
    CHECK(result.errText().contains(QStringLiteral("info.json: not a batch of changes")));

    const QString missing = folder.path(QStringLiteral("missing.json"));
    result = akademiplan(environment, {QStringLiteral("--apply"), missing, path});
    CHECK(result.exitCode == 3);
    REQUIRE(errorLines(result).size() == 1);
    CHECK(result.errText().startsWith(QStringLiteral("akademiplan: cannot read %1").arg(missing)));
    CHECK(hashOf(path) == hash);
}

TEST_CASE("a batch for a project file that is missing, no project or open elsewhere fails with exit code 2",
          "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const QString changes =
        changesFile(folder, QStringLiteral(R"([{"add": "organisation", "fields": {"name": "Borgerservice"}}])"));

    ProgramResult result =
        akademiplan(environment, {QStringLiteral("--apply"), changes, folder.path(QStringLiteral("gone.akademi"))});
    CHECK(result.exitCode == 2);
    CHECK(errorLines(result).size() == 1);
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("gone.akademi"))));

    const QString text = folder.path(QStringLiteral("notes.akademi"));
    writeBytes(text, QByteArrayLiteral("not a project"));
    result = akademiplan(environment, {QStringLiteral("--apply"), changes, text});
    CHECK(result.exitCode == 2);
    CHECK(readBytes(text) == QByteArrayLiteral("not a project"));

    const QByteArray hash = hashOf(path);
    {
        DocumentLock lock(path);
        REQUIRE(lock.tryLock() == DocumentLock::Result::Acquired);
        result = akademiplan(environment, {QStringLiteral("--apply"), changes, path});
        CHECK(result.exitCode == 2);
        CHECK(result.errText().contains(QStringLiteral("open")));
    }
    CHECK(hashOf(path) == hash);
}

TEST_CASE("using --apply wrongly is exit code 1 and changes nothing", "[cli][apply]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const QByteArray hash = hashOf(path);
    const QString changes = changesFile(folder, QStringLiteral("[]"));

    for (const QStringList &arguments :
         {QStringList{QStringLiteral("--apply"), changes}, QStringList{QStringLiteral("--apply"), changes, path, path},
          QStringList{QStringLiteral("--apply"), changes, QStringLiteral("--info"), path},
          QStringList{QStringLiteral("--apply"), changes, path, QStringLiteral("--example")}}) {
        const ProgramResult result = akademiplan(environment, arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(result.exitCode == 1);
        CHECK(errorLines(result).size() == 1);
    }
    CHECK(hashOf(path) == hash);

    const ProgramResult empty = akademiplan(environment, {QStringLiteral("--apply"), changes, path});
    CHECK(empty.exitCode == 0);
    CHECK(empty.outText().toStdString() == "changes.json holds no changes; plan.akademi is left as it was.\n");
    CHECK(hashOf(path) == hash);
}

TEST_CASE("a batch adds a cost line to an academy's budget and records its actual cost once the bill has come",
          "[cli][apply][budget]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    const Academy &academy = before.academies.at(0);

    const QString added = changesFile(folder, QStringLiteral(R"([
        {"add": "cost_line", "ref": "venue",
         "fields": {"academyId": "%1", "kind": "venue_catering", "description": "Kursuscenter, dagpakke",
                    "basis": "per_participant_day", "rateOre": 67500, "vat": "including_vat", "priceYear": 2025,
                    "actualOre": null}}
    ])").arg(uuidOf(academy)));
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), added, path});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outText().toStdString() == "Applied 1 change to plan.akademi: 1 cost line added.\n");
    // The example's own budget is there already; the new line comes on top of it.
    auto venueLine = [](const Project &project) {
        const auto found = std::find_if(project.costLines.begin(), project.costLines.end(), [](const CostLine &row) {
            return row.description == QStringLiteral("Kursuscenter, dagpakke");
        });
        REQUIRE(found != project.costLines.end());
        return *found;
    };
    Project after = readProject(path);
    REQUIRE(after.costLines.size() == before.costLines.size() + 1);
    const CostLine line = venueLine(after);
    CHECK(line.academyId == academy.id);
    CHECK(line.basis == CostBasis::PerParticipantDay);
    CHECK(line.rateOre == 67500);
    CHECK(line.vat == VatTreatment::IncludingVat);
    CHECK_FALSE(line.actualOre.has_value());

    const QString billed = changesFile(folder, QStringLiteral(R"([
        {"change": "cost_line", "uuid": "%1", "fields": {"actualOre": 1282500}}
    ])").arg(uuidOf(line)));
    REQUIRE(akademiplan(environment, {QStringLiteral("--apply"), billed, path}).exitCode == 0);
    CHECK(venueLine(readProject(path)).actualOre == std::optional<qint64>(1282500));

    // A negative rate is refused with the field named, and the file stays as it was.
    const QString negative = changesFile(folder, QStringLiteral(R"([
        {"change": "cost_line", "uuid": "%1", "fields": {"rateOre": -1}}
    ])").arg(uuidOf(line)));
    const ProgramResult refused = akademiplan(environment, {QStringLiteral("--apply"), negative, path});
    CHECK(refused.exitCode == 3);
    CHECK(refused.errText().contains(QStringLiteral("rate")));
    CHECK(venueLine(readProject(path)).rateOre == 67500);

    const ProgramResult info = akademiplan(environment, {QStringLiteral("--info"), path});
    REQUIRE(info.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("cost_lines")).toInt() == int(before.costLines.size()) + 1);
    CHECK(counts.value(QStringLiteral("staff_rates")).toInt() == int(before.staffRates.size()));
    CHECK(counts.value(QStringLiteral("funding_sources")).toInt() == int(before.fundings.size()));
}

TEST_CASE("a batch writes an academy's evaluation plan and records a measurement's value once it is measured",
          "[cli][apply][evaluation]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = newExampleProject(environment, folder, 101);
    const Project before = readProject(path);
    const Academy &academy = before.academies.at(0);
    const Track &track = *before.tracksOf(academy.id).front();
    // The example has a programme theory already: an academy has one, so the batch changes it.
    REQUIRE(before.programmeTheories.size() == 1);

    const QString added = changesFile(folder, QStringLiteral(R"([
        {"change": "programme_theory", "uuid": "%3", "fields": {"forWhom": "Ledere i ældreplejen",
                                                               "managersAfter": "Opfølgningsmøde efter 3 måneder"}},
        {"add": "learning_goal", "fields": {"trackId": "%2", "kind": "skills",
                                            "text": "Kan facilitere en idéudvikling"}},
        {"add": "indicator", "ref": "sick",
         "fields": {"academyId": "%1", "trackId": "%2", "name": "Sygefravær", "level": "results",
                    "valueKind": "employee_satisfaction", "method": "register_data", "unit": "%",
                    "baseline": 625, "target": 500, "higherIsBetter": false}},
        {"add": "measurement", "fields": {"indicatorId": "$sick", "timing": "after", "monthsAfter": 3,
                                          "plannedDate": "1.9.2027"}}
    ])").arg(uuidOf(academy), uuidOf(track), uuidOf(before.programmeTheories.at(0))));
    const ProgramResult result = akademiplan(environment, {QStringLiteral("--apply"), added, path});
    INFO(result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.outText().toStdString()
          == "Applied 4 changes to plan.akademi: 1 learning goal added, 1 indicator added, 1 measurement added, "
             "1 programme theory changed.\n");
    Project after = readProject(path);
    REQUIRE(after.indicators.size() == before.indicators.size() + 1);
    const auto sick = std::find_if(after.indicators.begin(), after.indicators.end(),
                                   [](const Indicator &row) { return row.name == QStringLiteral("Sygefravær"); });
    REQUIRE(sick != after.indicators.end());
    const Indicator indicator = *sick;
    CHECK(indicator.trackId == track.id);
    CHECK(indicator.level == KirkpatrickLevel::Results);
    CHECK(indicator.valueKind == PublicValue::EmployeeSatisfaction);
    CHECK(indicator.baseline == std::optional<qint64>(625));
    CHECK_FALSE(indicator.higherIsBetter);
    auto measurementOf = [&indicator](const Project &project) {
        const auto found = std::find_if(project.measurements.begin(), project.measurements.end(),
                                        [&](const Measurement &row) { return row.indicatorId == indicator.id; });
        REQUIRE(found != project.measurements.end());
        return *found;
    };
    const Measurement planned = measurementOf(after);
    CHECK(planned.plannedDate == QDate(2027, 9, 1));
    CHECK_FALSE(planned.value.has_value());
    CHECK(after.programmeTheories.at(0).managersAfter == QStringLiteral("Opfølgningsmøde efter 3 måneder"));
    CHECK(after.programmeTheories.at(0).effects == before.programmeTheories.at(0).effects);
    CHECK(std::count_if(after.learningGoals.begin(), after.learningGoals.end(), [](const LearningGoal &row) {
              return row.text == QStringLiteral("Kan facilitere en idéudvikling") && row.kind == LearningGoalKind::Skills;
          }) == 1);

    const QString measured = changesFile(folder, QStringLiteral(R"([
        {"change": "measurement", "uuid": "%1", "fields": {"measuredDate": "2027-09-03", "value": 540}}
    ])").arg(uuidOf(planned)));
    REQUIRE(akademiplan(environment, {QStringLiteral("--apply"), measured, path}).exitCode == 0);
    after = readProject(path);
    CHECK(measurementOf(after).value == std::optional<qint64>(540));
    CHECK(measurementOf(after).measuredDate == QDate(2027, 9, 3));

    // Months after the programme for a measurement before it are refused with the field named,
    // and the file stays as it was.
    const QString wrong = changesFile(folder, QStringLiteral(R"([
        {"change": "measurement", "uuid": "%1", "fields": {"timing": "before"}}
    ])").arg(uuidOf(planned)));
    const ProgramResult refused = akademiplan(environment, {QStringLiteral("--apply"), wrong, path});
    CHECK(refused.exitCode == 3);
    CHECK(refused.errText().contains(QStringLiteral("after")));
    CHECK(measurementOf(readProject(path)).timing == MeasurementTiming::After);

    // --info counts the rows and says where the new indicator stands: 5.40 % sick leave against a
    // target of 5.00 %, where lower is better, is short of it.
    const ProgramResult info = akademiplan(environment, {QStringLiteral("--info"), path});
    REQUIRE(info.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(info.out).object();
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("programme_theories")).toInt() == 1);
    CHECK(counts.value(QStringLiteral("learning_goals")).toInt() == int(before.learningGoals.size()) + 1);
    CHECK(counts.value(QStringLiteral("indicators")).toInt() == int(before.indicators.size()) + 1);
    CHECK(counts.value(QStringLiteral("measurements")).toInt() == int(before.measurements.size()) + 1);
    QJsonObject reported;
    for (const QJsonValue &row : json.value(QStringLiteral("academies")).toArray().at(0).toObject()
                                     .value(QStringLiteral("evaluation")).toObject()
                                     .value(QStringLiteral("indicators")).toArray())
        if (row.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Sygefravær"))
            reported = row.toObject();
    CHECK(reported.value(QStringLiteral("status")).toString() == QStringLiteral("short_of_target"));
    CHECK(reported.value(QStringLiteral("latest_value")).toString() == QStringLiteral("5.40"));
}
