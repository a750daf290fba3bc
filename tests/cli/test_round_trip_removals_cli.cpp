// SPDX-License-Identifier: MPL-2.0
// Removals in a round trip: a row one side removed and the other changed, or added rows under, is
// a conflict, and whichever side wins, what goes with the row goes with it: an activity kept is
// kept with its sessions and people, one brought back comes back whole, and one removed takes
// only what was under it when the merge is done.
#include "catch.h"
#include "roundtripsupport.h"

#include <QFile>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The people enrolled in an activity, by UUID: the same people whatever their ids in a file.
std::set<std::string> peopleIn(const Project &project, const Activity &activity)
{
    std::set<std::string> people;
    for (const Enrolment &enrolment : enrolmentsIn(project, activity.uuid))
        people.insert(uuidText(*project.participants.find(enrolment.participantId)).toStdString());
    return people;
}

// An activity's sessions as the consultant reads them in the plan: date, times and place,
// whatever ids a merge gave them.
std::vector<std::string> planOf(const Project &project, const Activity &activity)
{
    std::vector<std::string> plan;
    for (const Session &session : sessionsOf(project, activity.uuid))
        plan.push_back(QStringLiteral("%1 %2-%3 %4 %5")
                           .arg(session.date.toString(Qt::ISODate), session.startTime.toString(QStringLiteral("HH:mm")),
                                session.endTime.toString(QStringLiteral("HH:mm")), session.location, uuidText(session))
                           .toStdString());
    std::sort(plan.begin(), plan.end());
    return plan;
}

// The activity, its sessions, its enrolments, its partners' part in it and its cost lines: what a
// removal of it takes with it.
QSet<QUuid> activityWithItsRows(const Project &project, const Activity &activity)
{
    QSet<QUuid> rows{activity.uuid};
    for (const Session &session : sessionsOf(project, activity.uuid))
        rows.insert(session.uuid);
    for (const Enrolment &enrolment : enrolmentsIn(project, activity.uuid))
        rows.insert(enrolment.uuid);
    for (const Partnership *partnership : project.partnershipsOfActivity(project.activities.find(activity.id) ? activity.id : 0))
        rows.insert(partnership->uuid);
    for (const CostLine &line : project.costLines)
        if (const Activity *priced = project.activities.find(line.activityId); priced && priced->uuid == activity.uuid)
            rows.insert(line.uuid);
    return rows;
}

} // namespace

TEST_CASE("an activity removed on one side and changed on the other is a conflict either way round",
          "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const Activity masterclass = activityTitled(shared, QStringLiteral("Masterclass: innovation in welfare"));
    const Activity themeDay = activityTitled(shared, QStringLiteral("Theme day: citizen involvement"));
    REQUIRE(enrolmentsIn(shared, masterclass.uuid).size() == 24);
    REQUIRE(enrolmentsIn(shared, themeDay.uuid).size() == 27);

    trip.apply(mine, QStringLiteral(R"([
        {"remove": "activity", "uuid": "%1"},
        {"change": "activity", "uuid": "%2", "fields": {"capacity": 40}}
    ])").arg(uuidText(masterclass), uuidText(themeDay)));
    trip.apply(theirs, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"location": "Fredericia Library"}},
        {"remove": "activity", "uuid": "%2"}
    ])").arg(uuidText(masterclass), uuidText(themeDay)));
    const Project before = readProject(mine);
    const QString mineAgain = trip.path(QStringLiteral("plan-again.akademi"));
    REQUIRE(QFile::copy(mine, mineAgain));

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 2);
    const QJsonObject removedByMe = differenceFor(comparison, masterclass.uuid);
    CHECK(removedByMe.value(QStringLiteral("mine")).toString() == QStringLiteral("removed"));
    CHECK(removedByMe.value(QStringLiteral("theirs")).toString() == QStringLiteral("changed"));
    CHECK(removedByMe.value(QStringLiteral("conflict")).toBool());
    CHECK(removedByMe.value(QStringLiteral("description")).toString()
          == QStringLiteral("%1: you: removed; they: location from %2 to Fredericia Library")
                 .arg(masterclass.title, masterclass.location));
    const QJsonObject removedByThem = differenceFor(comparison, themeDay.uuid);
    CHECK(removedByThem.value(QStringLiteral("mine")).toString() == QStringLiteral("changed"));
    CHECK(removedByThem.value(QStringLiteral("theirs")).toString() == QStringLiteral("removed"));
    CHECK(removedByThem.value(QStringLiteral("conflict")).toBool());
    CHECK(removedByThem.value(QStringLiteral("description")).toString()
          == QStringLiteral("%1: you: places from no limit to 40; they: removed").arg(themeDay.title));

    const QByteArray mineBefore = hashOf(mine);
    const ProgramResult refused = trip.merge(theirs, mine);
    CHECK(refused.exitCode == 3);
    CHECK(errorLines(refused).filter(QStringLiteral("Not decided: ")).size() == 2);
    CHECK(hashOf(mine) == mineBefore);

    // Keeping their own version, the consultant keeps the theme day as it is in the plan, with
    // its session and everyone enrolled, and the masterclass stays removed.
    const ProgramResult mineWin = trip.merge(theirs, mine, QStringLiteral("mine"));
    INFO(mineWin.errText().toStdString());
    REQUIRE(mineWin.exitCode == 0);
    const Project mineKept = readProject(mine);
    CHECK_FALSE(hasRow<Activity>(mineKept, masterclass.uuid));
    CHECK(sessionsOf(mineKept, masterclass.uuid).empty());
    const Activity themeDayKept = rowWithUuid<Activity>(mineKept, themeDay.uuid);
    CHECK(themeDayKept.capacity == 40);
    CHECK(planOf(mineKept, themeDayKept) == planOf(shared, themeDay));
    CHECK(peopleIn(mineKept, themeDayKept) == peopleIn(shared, themeDay));
    checkUnchangedBut(before, mineKept, {});

    // Taking theirs, the masterclass comes back as they have it, with its session and the people
    // enrolled, and the theme day goes with everything under it.
    const ProgramResult theirsWin = trip.merge(theirs, mineAgain, QStringLiteral("theirs"));
    INFO(theirsWin.errText().toStdString());
    REQUIRE(theirsWin.exitCode == 0);
    const Project theirsKept = readProject(mineAgain);
    const Activity masterclassBack = rowWithUuid<Activity>(theirsKept, masterclass.uuid);
    CHECK(masterclassBack.location == QStringLiteral("Fredericia Library"));
    CHECK(masterclassBack.trackId == masterclass.trackId);
    CHECK(changedFields(masterclass, masterclassBack) == QStringList{QStringLiteral("location")});
    CHECK(planOf(theirsKept, masterclassBack) == planOf(shared, masterclass));
    CHECK(peopleIn(theirsKept, masterclassBack) == peopleIn(shared, masterclass));
    CHECK_FALSE(hasRow<Activity>(theirsKept, themeDay.uuid));
    CHECK(sessionsOf(theirsKept, themeDay.uuid).empty());
    CHECK(theirsKept.participants.size() == shared.participants.size());
    checkUnchangedBut(before, theirsKept,
                      activityWithItsRows(shared, masterclass) + activityWithItsRows(shared, themeDay));
    CHECK(trip.run({QStringLiteral("--check"), mineAgain}).exitCode == 0);
}

TEST_CASE("an activity removed on theirs and untouched on mine goes with its sessions and enrolments",
          "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const Activity network = activityTitled(shared, QStringLiteral("Network meetings"));
    const Session first = sessionOn(shared, network, QDate(2027, 4, 13));
    REQUIRE(sessionsOf(shared, network.uuid).size() == 4);
    REQUIRE(enrolmentsIn(shared, network.uuid).size() == 20);

    trip.apply(theirs, QStringLiteral(R"([{"remove": "activity", "uuid": "%1"}])").arg(uuidText(network)));

    const QJsonObject comparison = trip.compare(theirs, mine);
    // The activity, its 4 sessions, 20 enrolments and its one cost line.
    CHECK(count(comparison, QStringLiteral("differences")) == 26);
    CHECK(count(comparison, QStringLiteral("theirs")) == 26);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 0);
    const QJsonObject activity = differenceFor(comparison, network.uuid);
    CHECK(activity.value(QStringLiteral("theirs")).toString() == QStringLiteral("removed"));
    CHECK(activity.value(QStringLiteral("mine")).toString() == QStringLiteral("none"));
    CHECK(activity.value(QStringLiteral("description")).toString() == QStringLiteral("Network meetings: removed"));
    CHECK(differenceFor(comparison, first.uuid).value(QStringLiteral("description")).toString()
          == QStringLiteral("Session 1 of Network meetings: removed"));

    const ProgramResult merged = trip.merge(theirs, mine);
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.outText() == QStringLiteral("Merged returned.akademi into plan.akademi: 26 changes taken in.\n"));
    const Project after = readProject(mine);
    CHECK_FALSE(hasRow<Activity>(after, network.uuid));
    for (const Session &session : sessionsOf(shared, network.uuid))
        CHECK_FALSE(hasRow<Session>(after, session.uuid));
    for (const Enrolment &enrolment : enrolmentsIn(shared, network.uuid))
        CHECK_FALSE(hasRow<Enrolment>(after, enrolment.uuid));
    CHECK(after.participants.size() == shared.participants.size());
    checkUnchangedBut(shared, after, activityWithItsRows(shared, network));
    CHECK(trip.run({QStringLiteral("--check"), mine}).exitCode == 0);
}

TEST_CASE("an activity removed on theirs under which the consultant added a session is a conflict",
          "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const Activity themeDay = activityTitled(shared, QStringLiteral("Theme day: citizen involvement"));

    trip.apply(theirs, QStringLiteral(R"([{"remove": "activity", "uuid": "%1"}])").arg(uuidText(themeDay)));
    trip.apply(mine, QStringLiteral(R"([
        {"add": "session",
         "fields": {"activityId": "%1", "date": "2027-12-03", "startTime": "10:00", "endTime": "14:00"}}
    ])").arg(uuidText(themeDay)));
    const Project before = readProject(mine);
    const Session added = sessionOn(before, themeDay, QDate(2027, 12, 3));
    const QString mineAgain = trip.path(QStringLiteral("plan-again.akademi"));
    REQUIRE(QFile::copy(mine, mineAgain));

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 1);
    const QJsonObject removal = differenceFor(comparison, themeDay.uuid);
    CHECK(removal.value(QStringLiteral("theirs")).toString() == QStringLiteral("removed"));
    CHECK(removal.value(QStringLiteral("conflict")).toBool());
    const QJsonObject session = differenceFor(comparison, added.uuid);
    CHECK(session.value(QStringLiteral("mine")).toString() == QStringLiteral("added"));
    CHECK(session.value(QStringLiteral("theirs")).toString() == QStringLiteral("none"));

    const QByteArray mineBefore = hashOf(mine);
    const ProgramResult refused = trip.merge(theirs, mine);
    CHECK(refused.exitCode == 3);
    REQUIRE(errorLines(refused).size() == 2);
    CHECK(errorLines(refused).at(0).toStdString()
          == QStringLiteral("akademiplan: Not decided: %1: removed").arg(themeDay.title).toStdString());
    CHECK(hashOf(mine) == mineBefore);

    const ProgramResult mineWin = trip.merge(theirs, mine, QStringLiteral("mine"));
    INFO(mineWin.errText().toStdString());
    REQUIRE(mineWin.exitCode == 0);
    const Project mineKept = readProject(mine);
    const Activity themeDayKept = rowWithUuid<Activity>(mineKept, themeDay.uuid);
    CHECK(planOf(mineKept, themeDayKept) == planOf(before, themeDay));
    CHECK(planOf(mineKept, themeDayKept).size() == 2);
    CHECK(peopleIn(mineKept, themeDayKept) == peopleIn(shared, themeDay));
    checkUnchangedBut(before, mineKept, {});

    const ProgramResult theirsWin = trip.merge(theirs, mineAgain, QStringLiteral("theirs"));
    INFO(theirsWin.errText().toStdString());
    REQUIRE(theirsWin.exitCode == 0);
    const Project theirsKept = readProject(mineAgain);
    CHECK_FALSE(hasRow<Activity>(theirsKept, themeDay.uuid));
    CHECK_FALSE(hasRow<Session>(theirsKept, added.uuid));
    CHECK(sessionsOf(theirsKept, themeDay.uuid).empty());
    checkUnchangedBut(before, theirsKept, activityWithItsRows(before, themeDay));
}

TEST_CASE("an activity the consultant removed under which theirs added a session is a conflict",
          "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const Activity themeDay = activityTitled(shared, QStringLiteral("Theme day: citizen involvement"));

    trip.apply(mine, QStringLiteral(R"([{"remove": "activity", "uuid": "%1"}])").arg(uuidText(themeDay)));
    trip.apply(theirs, QStringLiteral(R"([
        {"add": "session",
         "fields": {"activityId": "%1", "date": "2027-12-03", "startTime": "10:00", "endTime": "14:00"}}
    ])").arg(uuidText(themeDay)));
    const Project before = readProject(mine);
    const Project returned = readProject(theirs);
    const Session added = sessionOn(returned, themeDay, QDate(2027, 12, 3));
    const QString mineAgain = trip.path(QStringLiteral("plan-again.akademi"));
    REQUIRE(QFile::copy(mine, mineAgain));

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 1);
    const QJsonObject removal = differenceFor(comparison, themeDay.uuid);
    CHECK(removal.value(QStringLiteral("mine")).toString() == QStringLiteral("removed"));
    CHECK(removal.value(QStringLiteral("conflict")).toBool());
    const QJsonObject session = differenceFor(comparison, added.uuid);
    CHECK(session.value(QStringLiteral("theirs")).toString() == QStringLiteral("added"));
    CHECK(session.value(QStringLiteral("description")).toString().endsWith(
        QStringLiteral(" of %1: added").arg(themeDay.title)));

    const QByteArray mineBefore = hashOf(mine);
    const ProgramResult refused = trip.merge(theirs, mine);
    CHECK(refused.exitCode == 3);
    CHECK(errorLines(refused).filter(QStringLiteral("Not decided: ")).size() == 1);
    CHECK(hashOf(mine) == mineBefore);

    // Their session cannot stay without its activity: keeping the removal leaves it out.
    const ProgramResult mineWin = trip.merge(theirs, mine, QStringLiteral("mine"));
    INFO(mineWin.errText().toStdString());
    REQUIRE(mineWin.exitCode == 0);
    const Project mineKept = readProject(mine);
    CHECK_FALSE(hasRow<Activity>(mineKept, themeDay.uuid));
    CHECK_FALSE(hasRow<Session>(mineKept, added.uuid));
    checkUnchangedBut(before, mineKept, {});

    // Taking theirs brings the theme day back as they have it: both sessions and its people.
    const ProgramResult theirsWin = trip.merge(theirs, mineAgain, QStringLiteral("theirs"));
    INFO(theirsWin.errText().toStdString());
    REQUIRE(theirsWin.exitCode == 0);
    const Project theirsKept = readProject(mineAgain);
    const Activity back = rowWithUuid<Activity>(theirsKept, themeDay.uuid);
    CHECK(changedFields(themeDay, back) == QStringList());
    CHECK(planOf(theirsKept, back) == planOf(returned, themeDay));
    CHECK(planOf(theirsKept, back).size() == 2);
    CHECK(peopleIn(theirsKept, back) == peopleIn(shared, themeDay));
    checkUnchangedBut(before, theirsKept, activityWithItsRows(returned, themeDay));
    CHECK(trip.run({QStringLiteral("--check"), mineAgain}).exitCode == 0);
}

TEST_CASE("an organisation removed on theirs leaves its people in the merged file without it", "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const auto centre =
        std::find_if(shared.organisations.begin(), shared.organisations.end(),
                     [](const Organisation &row) { return row.name == QStringLiteral("Lakeland Volunteer Centre"); });
    REQUIRE(centre != shared.organisations.end());
    std::vector<Participant> members;
    for (const Participant &person : shared.participants)
        if (person.organisationId == centre->id)
            members.push_back(person);
    REQUIRE_FALSE(members.empty());

    trip.apply(theirs, QStringLiteral(R"([{"remove": "organisation", "uuid": "%1"}])").arg(uuidText(*centre)));
    // Meanwhile the consultant signs up one more volunteer from the centre.
    trip.apply(mine, QStringLiteral(R"([
        {"add": "participant", "fields": {"name": "Ejnar Toft", "role": "external_partner", "organisationId": "%1"}}
    ])").arg(uuidText(*centre)));
    const Project before = readProject(mine);
    const Participant ejnar = participantNamed(before, QStringLiteral("Ejnar Toft"));

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 0);
    CHECK(differenceFor(comparison, centre->uuid).value(QStringLiteral("theirs")).toString()
          == QStringLiteral("removed"));
    const QJsonObject member = differenceFor(comparison, members.front().uuid);
    CHECK(member.value(QStringLiteral("theirs")).toString() == QStringLiteral("changed"));
    CHECK(fieldNames(member) == QStringList{QStringLiteral("organisationId")});

    const ProgramResult merged = trip.merge(theirs, mine);
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    const Project after = readProject(mine);
    CHECK_FALSE(hasRow<Organisation>(after, centre->uuid));
    QSet<QUuid> touched{centre->uuid, ejnar.uuid};
    // The centre's part in tracks and activities goes with it.
    for (const Partnership &partnership : before.partnerships)
        if (partnership.organisationId == centre->id)
            touched.insert(partnership.uuid);
    for (const Participant &person : members) {
        INFO(person.name.toStdString());
        const Participant kept = rowWithUuid<Participant>(after, person.uuid);
        CHECK(kept.organisationId == 0);
        CHECK(changedFields(person, kept) == QStringList{QStringLiteral("organisationId")});
        touched.insert(person.uuid);
    }
    const Participant ejnarAfter = rowWithUuid<Participant>(after, ejnar.uuid);
    CHECK(ejnarAfter.organisationId == 0);
    CHECK(changedFields(ejnar, ejnarAfter) == QStringList{QStringLiteral("organisationId")});
    CHECK(after.enrolments.size() == before.enrolments.size());
    checkUnchangedBut(before, after, touched);
    CHECK(trip.run({QStringLiteral("--check"), mine}).exitCode == 0);
}

TEST_CASE("a session theirs moved to another activity before removing its old one stays under the new one",
          "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const Activity kickOff = activityTitled(shared, QStringLiteral("Kick-off workshop for the network"));
    const Activity network = activityTitled(shared, QStringLiteral("Network meetings"));
    const Session start = sessionOn(shared, kickOff, QDate(2027, 3, 2));

    // The municipality folds the kick-off into the network meetings.
    trip.apply(theirs, QStringLiteral(R"([
        {"change": "session", "uuid": "%1", "fields": {"activityId": "%2"}},
        {"remove": "activity", "uuid": "%3"}
    ])").arg(uuidText(start), uuidText(network), uuidText(kickOff)));

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 0);
    CHECK(differenceFor(comparison, kickOff.uuid).value(QStringLiteral("theirs")).toString()
          == QStringLiteral("removed"));
    const QJsonObject moved = differenceFor(comparison, start.uuid);
    CHECK(moved.value(QStringLiteral("theirs")).toString() == QStringLiteral("changed"));
    CHECK(moved.value(QStringLiteral("description")).toString().endsWith(
        QStringLiteral(": moved from %1 to %2").arg(kickOff.title, network.title)));

    const ProgramResult merged = trip.merge(theirs, mine);
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    const Project after = readProject(mine);
    CHECK_FALSE(hasRow<Activity>(after, kickOff.uuid));
    CHECK(enrolmentsIn(after, kickOff.uuid).empty());
    const Session kept = rowWithUuid<Session>(after, start.uuid);
    CHECK(kept.activityId == network.id);
    CHECK(changedFields(start, kept) == QStringList{QStringLiteral("activityId")});
    CHECK(sessionsOf(after, network.uuid).size() == 5);
    checkUnchangedBut(shared, after, activityWithItsRows(shared, kickOff));
    CHECK(trip.run({QStringLiteral("--check"), mine}).exitCode == 0);
}
