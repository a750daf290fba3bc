// SPDX-License-Identifier: MPL-2.0
// A copy shared with the municipality comes back edited while the consultant kept working:
// `akademiplan --compare` and `--merge`, run as the real binary on real files, with both sides
// played through `--apply`. What is checked is what the consultant sees: the differences listed,
// in plain words, and the merged file, field by field.
#include "catch.h"
#include "roundtripsupport.h"

#include <QFile>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const Enrolment &firstEnrolmentIn(const Project &project, const Activity &activity)
{
    const auto found = std::find_if(project.enrolments.begin(), project.enrolments.end(),
                                    [&](const Enrolment &enrolment) { return enrolment.activityId == activity.id; });
    REQUIRE(found != project.enrolments.end());
    return *found;
}

} // namespace

TEST_CASE("a returned copy and the consultant's own work since the share both end up in the merged file",
          "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"),
                                      {QStringLiteral("--to"), QStringLiteral("Fredericia Kommune")});
    const Project shared = readProject(mine);
    const Activity network = activityTitled(shared, QStringLiteral("Network meetings"));
    const Activity kickOff = activityTitled(shared, QStringLiteral("Kick-off workshop for the network"));
    const Activity masterclass = activityTitled(shared, QStringLiteral("Masterclass: innovation in welfare"));
    const Activity themeDay = activityTitled(shared, QStringLiteral("Theme day: citizen involvement"));
    const Activity seminar = activityTitled(shared, QStringLiteral("Leadership seminar: what did we learn?"));
    const Session moved = sessionOn(shared, network, QDate(2027, 6, 8));
    const Enrolment dropped = firstEnrolmentIn(shared, seminar);
    const Participant droppedPerson = *shared.participants.find(dropped.participantId);
    REQUIRE(masterclass.capacity == 0);

    // The municipality moves a meeting, signs up a new key person, takes a manager off the
    // seminar and holds the kick-off at the library.
    trip.apply(theirs, QStringLiteral(R"([
        {"change": "session", "uuid": "%1", "fields": {"date": "2027-06-15"}},
        {"add": "participant", "ref": "agnete",
         "fields": {"name": "Agnete Quist", "email": "agnete.quist@fredericia.example", "role": "key_person"}},
        {"add": "enrolment", "fields": {"participantId": "$agnete", "activityId": "%2", "status": "enrolled"}},
        {"remove": "enrolment", "uuid": "%3"},
        {"change": "activity", "uuid": "%4", "fields": {"location": "Fredericia Library"}}
    ])").arg(uuidText(moved), uuidText(network), uuidText(dropped), uuidText(kickOff)));
    // Meanwhile the consultant limits the masterclass and adds a second theme day.
    trip.apply(mine, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"capacity": 30}},
        {"add": "session", "fields": {"activityId": "%2", "date": "2027-12-03", "startTime": "10:00",
                                      "endTime": "14:00"}}
    ])").arg(uuidText(masterclass), uuidText(themeDay)));
    const Project returned = readProject(theirs);
    const Participant agnete = participantNamed(returned, QStringLiteral("Agnete Quist"));
    const Enrolment agneteEnrolled = enrolmentsIn(returned, network.uuid).back();
    REQUIRE(agneteEnrolled.participantId == agnete.id);
    const Project before = readProject(mine);
    const Session added = sessionOn(before, themeDay, QDate(2027, 12, 3));
    const QByteArray mineBefore = hashOf(mine);
    const QByteArray theirsBefore = hashOf(theirs);

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(hashOf(mine) == mineBefore);
    CHECK(comparison.value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    CHECK(comparison.value(QStringLiteral("base")).toString().startsWith(
        QStringLiteral("Compared with the copy you shared with Fredericia Kommune on ")));
    CHECK(comparison.value(QStringLiteral("mine")).toString() == QStringLiteral("plan.akademi"));
    CHECK(comparison.value(QStringLiteral("theirs")).toString() == QStringLiteral("returned.akademi"));
    CHECK(count(comparison, QStringLiteral("differences")) == 7);
    CHECK(count(comparison, QStringLiteral("theirs")) == 5);
    CHECK(count(comparison, QStringLiteral("mine")) == 2);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 0);

    const QJsonObject session = differenceFor(comparison, moved.uuid);
    CHECK(session.value(QStringLiteral("entity_type")).toString() == QStringLiteral("session"));
    CHECK(session.value(QStringLiteral("theirs")).toString() == QStringLiteral("changed"));
    CHECK(session.value(QStringLiteral("mine")).toString() == QStringLiteral("none"));
    CHECK_FALSE(session.value(QStringLiteral("conflict")).toBool());
    CHECK(session.value(QStringLiteral("label")).toString() == QStringLiteral("Session 2 of Network meetings"));
    CHECK(session.value(QStringLiteral("group")).toArray().last().toString() == QStringLiteral("Network meetings"));
    CHECK(session.value(QStringLiteral("description")).toString().toStdString()
          == "Session 2 of Network meetings: moved from 8 June 2027 to 15 June 2027");
    CHECK(fieldNames(session) == QStringList{QStringLiteral("date")});
    const QJsonObject date = fieldOf(session, QStringLiteral("date"));
    CHECK(date.value(QStringLiteral("base")).toString() == QStringLiteral("2027-06-08"));
    CHECK(date.value(QStringLiteral("mine")).toString() == QStringLiteral("2027-06-08"));
    CHECK(date.value(QStringLiteral("theirs")).toString() == QStringLiteral("2027-06-15"));
    CHECK(date.value(QStringLiteral("theirs_changed")).toBool());
    CHECK_FALSE(date.value(QStringLiteral("mine_changed")).toBool());
    CHECK_FALSE(date.value(QStringLiteral("conflict")).toBool());

    const QJsonObject person = differenceFor(comparison, agnete.uuid);
    CHECK(person.value(QStringLiteral("entity_type")).toString() == QStringLiteral("participant"));
    CHECK(person.value(QStringLiteral("theirs")).toString() == QStringLiteral("added"));
    CHECK(person.value(QStringLiteral("description")).toString() == QStringLiteral("Agnete Quist: added"));
    const QJsonObject enrolled = differenceFor(comparison, agneteEnrolled.uuid);
    CHECK(enrolled.value(QStringLiteral("theirs")).toString() == QStringLiteral("added"));
    CHECK(enrolled.value(QStringLiteral("description")).toString()
          == QStringLiteral("Agnete Quist: enrolled in Network meetings"));
    const QJsonObject unenrolled = differenceFor(comparison, dropped.uuid);
    CHECK(unenrolled.value(QStringLiteral("theirs")).toString() == QStringLiteral("removed"));
    CHECK(unenrolled.value(QStringLiteral("mine")).toString() == QStringLiteral("none"));
    CHECK(unenrolled.value(QStringLiteral("description")).toString()
          == QStringLiteral("%1: no longer signed up for %2").arg(droppedPerson.name, seminar.title));
    const QJsonObject location = differenceFor(comparison, kickOff.uuid);
    CHECK(location.value(QStringLiteral("theirs")).toString() == QStringLiteral("changed"));
    CHECK(fieldNames(location) == QStringList{QStringLiteral("location")});
    CHECK(location.value(QStringLiteral("description")).toString()
          == QStringLiteral("%1: location from %2 to Fredericia Library").arg(kickOff.title, kickOff.location));
    const QJsonObject places = differenceFor(comparison, masterclass.uuid);
    CHECK(places.value(QStringLiteral("mine")).toString() == QStringLiteral("changed"));
    CHECK(places.value(QStringLiteral("theirs")).toString() == QStringLiteral("none"));
    CHECK(places.value(QStringLiteral("description")).toString()
          == QStringLiteral("%1: places from no limit to 30").arg(masterclass.title));
    const QJsonObject newSession = differenceFor(comparison, added.uuid);
    CHECK(newSession.value(QStringLiteral("mine")).toString() == QStringLiteral("added"));
    CHECK(newSession.value(QStringLiteral("theirs")).toString() == QStringLiteral("none"));
    CHECK(newSession.value(QStringLiteral("description")).toString()
          == QStringLiteral("Session 2 of %1: added").arg(themeDay.title));

    const ProgramResult merged = trip.merge(theirs, mine);
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.outText() == QStringLiteral("Merged returned.akademi into plan.akademi: 5 changes taken in.\n"));
    CHECK(merged.err.isEmpty());
    // The copy that came back is only read.
    CHECK(hashOf(theirs) == theirsBefore);

    const Project after = readProject(mine);
    const Session movedAfter = rowWithUuid<Session>(after, moved.uuid);
    CHECK(movedAfter.date == QDate(2027, 6, 15));
    CHECK(changedFields(moved, movedAfter) == QStringList{QStringLiteral("date")});
    const Participant agneteAfter = rowWithUuid<Participant>(after, agnete.uuid);
    CHECK(agneteAfter.name == QStringLiteral("Agnete Quist"));
    CHECK(agneteAfter.email == QStringLiteral("agnete.quist@fredericia.example"));
    CHECK(agneteAfter.role == ParticipantRole::KeyPerson);
    CHECK(agneteAfter.organisationId == 0);
    const Enrolment agneteEnrolledAfter = rowWithUuid<Enrolment>(after, agneteEnrolled.uuid);
    CHECK(agneteEnrolledAfter.participantId == agneteAfter.id);
    CHECK(agneteEnrolledAfter.activityId == network.id);
    CHECK(agneteEnrolledAfter.trackId == 0);
    CHECK(agneteEnrolledAfter.status == EnrolmentStatus::Enrolled);
    CHECK_FALSE(hasRow<Enrolment>(after, dropped.uuid));
    CHECK(rowWithUuid<Participant>(after, droppedPerson.uuid).name == droppedPerson.name);
    const Activity kickOffAfter = rowWithUuid<Activity>(after, kickOff.uuid);
    CHECK(kickOffAfter.location == QStringLiteral("Fredericia Library"));
    CHECK(changedFields(kickOff, kickOffAfter) == QStringList{QStringLiteral("location")});
    const Activity masterclassAfter = rowWithUuid<Activity>(after, masterclass.uuid);
    CHECK(masterclassAfter.capacity == 30);
    CHECK(changedFields(masterclass, masterclassAfter) == QStringList{QStringLiteral("capacity")});
    const Session addedAfter = rowWithUuid<Session>(after, added.uuid);
    CHECK(sameFields(addedAfter, added));
    checkUnchangedBut(before, after,
                      {moved.uuid, agnete.uuid, agneteEnrolled.uuid, dropped.uuid, kickOff.uuid});
    CHECK(trip.run({QStringLiteral("--check"), mine}).exitCode == 0);

    // The same copy again holds nothing new: what was taken in is not offered twice.
    const QJsonObject again = trip.compare(theirs, mine);
    CHECK(again.value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    CHECK(again.value(QStringLiteral("base")).toString().startsWith(
        QStringLiteral("Compared with returned.akademi as you took it in on ")));
    CHECK(count(again, QStringLiteral("theirs")) == 0);
    CHECK(count(again, QStringLiteral("conflicts")) == 0);
    CHECK(count(again, QStringLiteral("mine")) == 2);
    const QByteArray mergedBytes = hashOf(mine);
    const ProgramResult twice = trip.merge(theirs, mine);
    CHECK(twice.exitCode == 0);
    CHECK(twice.outText().toStdString()
          == "Nothing new in returned.akademi: plan.akademi already holds everything in it.\n");
    CHECK(hashOf(mine) == mergedBytes);

    // The change log says which copy was taken in, and what it changed.
    const QJsonArray history = trip.info(mine).value(QStringLiteral("history")).toArray();
    REQUIRE_FALSE(history.isEmpty());
    const QJsonObject last = history.last().toObject();
    const QJsonArray mergedIn = last.value(QStringLiteral("merged")).toArray();
    REQUIRE(mergedIn.size() == 1);
    CHECK(mergedIn.at(0).toObject().value(QStringLiteral("file")).toString() == QStringLiteral("returned.akademi"));
    CHECK(mergedIn.at(0).toObject().value(QStringLiteral("their_revision_uuid")).toString()
          == uuidText(returned.info.revisionUuid));
    const QString description = last.value(QStringLiteral("description")).toString();
    INFO(description.toStdString());
    CHECK(description.contains(QStringLiteral("1 session moved")));
    CHECK(description.contains(QStringLiteral("1 participant added")));
    CHECK(description.contains(QStringLiteral("1 activity changed")));
    CHECK(description.contains(QStringLiteral("1 enrolment removed")));
}

TEST_CASE("the same field changed differently on both sides is a conflict that --prefer decides",
          "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const Activity brownBag = activityTitled(shared, QStringLiteral("Brown-bag meetings"));
    const Activity innovationDay = activityTitled(shared, QStringLiteral("Innovation day"));
    const Session day = sessionOn(shared, innovationDay, QDate(2027, 6, 2));
    const Activity kickOff = activityTitled(shared, QStringLiteral("Kick-off workshop for the network"));
    const Activity network = activityTitled(shared, QStringLiteral("Network meetings"));

    trip.apply(theirs, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"location": "Fredericia Library"}},
        {"change": "session", "uuid": "%2", "fields": {"startTime": "08:30"}},
        {"change": "activity", "uuid": "%3", "fields": {"capacity": 30}},
        {"change": "activity", "uuid": "%4", "fields": {"location": "Room 2.14"}}
    ])").arg(uuidText(brownBag), uuidText(day), uuidText(kickOff), uuidText(network)));
    trip.apply(mine, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"location": "Canteen"}},
        {"change": "session", "uuid": "%2", "fields": {"startTime": "10:00"}},
        {"change": "activity", "uuid": "%3", "fields": {"location": "Room 2.14"}}
    ])").arg(uuidText(brownBag), uuidText(day), uuidText(network)));
    const Project before = readProject(mine);
    const QString mineAgain = trip.path(QStringLiteral("plan-again.akademi"));
    REQUIRE(QFile::copy(mine, mineAgain));

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(comparison.value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    CHECK(count(comparison, QStringLiteral("differences")) == 3);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 2);
    CHECK(count(comparison, QStringLiteral("theirs")) == 1);
    CHECK(count(comparison, QStringLiteral("mine")) == 0);
    const QJsonObject place = differenceFor(comparison, brownBag.uuid);
    CHECK(place.value(QStringLiteral("conflict")).toBool());
    CHECK(place.value(QStringLiteral("mine")).toString() == QStringLiteral("changed"));
    CHECK(place.value(QStringLiteral("theirs")).toString() == QStringLiteral("changed"));
    CHECK(fieldNames(place) == QStringList{QStringLiteral("location")});
    const QJsonObject location = fieldOf(place, QStringLiteral("location"));
    CHECK(location.value(QStringLiteral("base")).toString() == brownBag.location);
    CHECK(location.value(QStringLiteral("mine")).toString() == QStringLiteral("Canteen"));
    CHECK(location.value(QStringLiteral("theirs")).toString() == QStringLiteral("Fredericia Library"));
    CHECK(location.value(QStringLiteral("mine_changed")).toBool());
    CHECK(location.value(QStringLiteral("theirs_changed")).toBool());
    CHECK(location.value(QStringLiteral("conflict")).toBool());
    CHECK(place.value(QStringLiteral("description")).toString()
          == QStringLiteral("Brown-bag meetings: you: location from %1 to Canteen; they: location from %1 to "
                            "Fredericia Library")
                 .arg(brownBag.location));
    const QJsonObject start = differenceFor(comparison, day.uuid);
    CHECK(start.value(QStringLiteral("conflict")).toBool());
    const QJsonObject startTime = fieldOf(start, QStringLiteral("startTime"));
    CHECK(startTime.value(QStringLiteral("base")).toString() == QStringLiteral("09:00"));
    CHECK(startTime.value(QStringLiteral("mine")).toString() == QStringLiteral("10:00"));
    CHECK(startTime.value(QStringLiteral("theirs")).toString() == QStringLiteral("08:30"));
    CHECK(start.value(QStringLiteral("description")).toString()
          == QStringLiteral("Session 1 of Innovation day: you: start time from 09:00 to 10:00; they: start time "
                            "from 09:00 to 08:30"));
    const QJsonObject capacity = differenceFor(comparison, kickOff.uuid);
    CHECK_FALSE(capacity.value(QStringLiteral("conflict")).toBool());
    CHECK(capacity.value(QStringLiteral("theirs")).toString() == QStringLiteral("changed"));
    // Both moved the network meetings to the same room: nothing to tell apart.
    CHECK_FALSE(listsDifference(comparison, network.uuid));

    // Undecided conflicts refuse the merge, each on a line of its own, and change nothing.
    const QByteArray mineBefore = hashOf(mine);
    const ProgramResult refused = trip.merge(theirs, mine);
    CHECK(refused.exitCode == 3);
    CHECK(refused.out.isEmpty());
    const QStringList lines = errorLines(refused);
    INFO(refused.errText().toStdString());
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).toStdString()
          == QStringLiteral("akademiplan: Not decided: Brown-bag meetings: you: location from %1 to Canteen; they: "
                            "location from %1 to Fredericia Library")
                 .arg(brownBag.location)
                 .toStdString());
    CHECK(lines.at(1).startsWith(QStringLiteral("akademiplan: Not decided: Session 1 of Innovation day: ")));
    CHECK(lines.at(2).toStdString()
          == "akademiplan: 2 conflicts left: decide them in the window, or give --prefer mine or --prefer theirs. "
             "Nothing was changed.");
    CHECK(hashOf(mine) == mineBefore);

    const ProgramResult theirsWin = trip.merge(theirs, mine, QStringLiteral("theirs"));
    INFO(theirsWin.errText().toStdString());
    REQUIRE(theirsWin.exitCode == 0);
    CHECK(theirsWin.outText() == QStringLiteral("Merged returned.akademi into plan.akademi: 3 changes taken in.\n"));
    const Project theirsKept = readProject(mine);
    CHECK(rowWithUuid<Activity>(theirsKept, brownBag.uuid).location == QStringLiteral("Fredericia Library"));
    CHECK(rowWithUuid<Session>(theirsKept, day.uuid).startTime == QTime(8, 30));
    CHECK(rowWithUuid<Session>(theirsKept, day.uuid).endTime == day.endTime);
    CHECK(rowWithUuid<Activity>(theirsKept, kickOff.uuid).capacity == 30);
    CHECK(rowWithUuid<Activity>(theirsKept, network.uuid).location == QStringLiteral("Room 2.14"));
    checkUnchangedBut(before, theirsKept, {brownBag.uuid, day.uuid, kickOff.uuid});

    // The other way round, in a file of its own: the consultant's values stay, and the change of
    // theirs that conflicts with nothing is still taken.
    const ProgramResult mineWin = trip.merge(theirs, mineAgain, QStringLiteral("mine"));
    INFO(mineWin.errText().toStdString());
    REQUIRE(mineWin.exitCode == 0);
    CHECK(mineWin.outText() == QStringLiteral("Merged returned.akademi into plan-again.akademi: 1 change taken in.\n"));
    const Project mineKept = readProject(mineAgain);
    CHECK(rowWithUuid<Activity>(mineKept, brownBag.uuid).location == QStringLiteral("Canteen"));
    CHECK(rowWithUuid<Session>(mineKept, day.uuid).startTime == QTime(10, 0));
    const Activity kickOffKept = rowWithUuid<Activity>(mineKept, kickOff.uuid);
    CHECK(kickOffKept.capacity == 30);
    CHECK(changedFields(kickOff, kickOffKept) == QStringList{QStringLiteral("capacity")});
    checkUnchangedBut(before, mineKept, {kickOff.uuid});
    const QJsonObject decided = trip.compare(theirs, mineAgain);
    CHECK(count(decided, QStringLiteral("theirs")) == 0);
    CHECK(count(decided, QStringLiteral("conflicts")) == 0);
}

TEST_CASE("the same change made on both sides is no difference at all", "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const Activity masterclass = activityTitled(shared, QStringLiteral("Masterclass: innovation in welfare"));
    const Session evening = sessionOn(shared, masterclass, QDate(2027, 4, 27));
    const QString same = QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"facilitator": "Lene Dahl", "capacity": 40}},
        {"change": "session", "uuid": "%2", "fields": {"date": "2027-05-04", "endTime": "19:30"}}
    ])").arg(uuidText(masterclass), uuidText(evening));
    trip.apply(theirs, same);
    trip.apply(mine, same);

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(comparison.value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    CHECK(count(comparison, QStringLiteral("differences")) == 0);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 0);
    CHECK(comparison.value(QStringLiteral("differences")).toArray().isEmpty());
    const QByteArray mineBefore = hashOf(mine);
    const ProgramResult merged = trip.merge(theirs, mine);
    CHECK(merged.exitCode == 0);
    CHECK(merged.outText().startsWith(QStringLiteral("Nothing new in returned.akademi")));
    CHECK(hashOf(mine) == mineBefore);
}
