// SPDX-License-Identifier: MPL-2.0
// Round trips after the first: the consultant shares the merged plan again, or the municipality
// keeps working in the copy it already sent back and sends it once more. Each comparison must be
// three-way against what both last had in common, so that only what is new is offered.
#include "catch.h"
#include "roundtripsupport.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("a second copy shared after a merge is compared with that share", "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString first = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const Activity kickOff = activityTitled(shared, QStringLiteral("Kick-off workshop for the network"));
    const Activity network = activityTitled(shared, QStringLiteral("Network meetings"));
    const Activity brownBag = activityTitled(shared, QStringLiteral("Brown-bag meetings"));
    const Activity masterclass = activityTitled(shared, QStringLiteral("Masterclass: innovation in welfare"));
    const Session autumn = sessionOn(shared, brownBag, QDate(2027, 11, 3));

    trip.apply(first, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"location": "Fredericia Library"}}
    ])").arg(uuidText(kickOff)));
    const ProgramResult firstMerge = trip.merge(first, mine);
    INFO(firstMerge.errText().toStdString());
    REQUIRE(firstMerge.exitCode == 0);

    const QString second = trip.share(mine, QStringLiteral("returned-2.akademi"),
                                      {QStringLiteral("--to"), QStringLiteral("Fredericia HR")});
    trip.apply(second, QStringLiteral(R"([
        {"change": "session", "uuid": "%1", "fields": {"date": "2027-11-10"}},
        {"change": "activity", "uuid": "%2", "fields": {"capacity": 30}}
    ])").arg(uuidText(autumn), uuidText(network)));
    trip.apply(mine, QStringLiteral(R"([{"change": "activity", "uuid": "%1", "fields": {"facilitator": "Lene Dahl"}}])")
                         .arg(uuidText(masterclass)));
    const Project before = readProject(mine);

    const QJsonObject comparison = trip.compare(second, mine);
    CHECK(comparison.value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    CHECK(comparison.value(QStringLiteral("base")).toString().startsWith(
        QStringLiteral("Compared with the copy you shared with Fredericia HR on ")));
    CHECK(count(comparison, QStringLiteral("differences")) == 3);
    CHECK(count(comparison, QStringLiteral("theirs")) == 2);
    CHECK(count(comparison, QStringLiteral("mine")) == 1);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 0);
    // What the first copy brought is in the second one too: no difference.
    CHECK_FALSE(listsDifference(comparison, kickOff.uuid));
    CHECK(differenceFor(comparison, autumn.uuid).value(QStringLiteral("description")).toString()
          == QStringLiteral("Session 5 of Brown-bag meetings: moved from 3 November 2027 to 10 November 2027"));
    CHECK(differenceFor(comparison, masterclass.uuid).value(QStringLiteral("mine")).toString()
          == QStringLiteral("changed"));

    const ProgramResult merged = trip.merge(second, mine);
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.outText() == QStringLiteral("Merged returned-2.akademi into plan.akademi: 2 changes taken in.\n"));
    const Project after = readProject(mine);
    CHECK(rowWithUuid<Session>(after, autumn.uuid).date == QDate(2027, 11, 10));
    CHECK(changedFields(autumn, rowWithUuid<Session>(after, autumn.uuid)) == QStringList{QStringLiteral("date")});
    CHECK(rowWithUuid<Activity>(after, network.uuid).capacity == 30);
    CHECK(rowWithUuid<Activity>(after, masterclass.uuid).facilitator == QStringLiteral("Lene Dahl"));
    CHECK(rowWithUuid<Activity>(after, kickOff.uuid).location == QStringLiteral("Fredericia Library"));
    checkUnchangedBut(before, after, {autumn.uuid, network.uuid});

    const QJsonObject again = trip.compare(second, mine);
    CHECK(count(again, QStringLiteral("theirs")) == 0);
    CHECK(count(again, QStringLiteral("conflicts")) == 0);
    // Each merge is in the change log under the file it took in.
    QStringList files;
    for (const QJsonValue &revision : trip.info(mine).value(QStringLiteral("history")).toArray())
        for (const QJsonValue &merge : revision.toObject().value(QStringLiteral("merged")).toArray())
            files.append(merge.toObject().value(QStringLiteral("file")).toString());
    CHECK(files == QStringList{QStringLiteral("returned.akademi"), QStringLiteral("returned-2.akademi")});
}

TEST_CASE("a copy edited again after it was merged offers only what is new since", "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const Project shared = readProject(mine);
    const Activity brownBag = activityTitled(shared, QStringLiteral("Brown-bag meetings"));
    const Activity kickOff = activityTitled(shared, QStringLiteral("Kick-off workshop for the network"));
    const Activity network = activityTitled(shared, QStringLiteral("Network meetings"));
    const Activity themeDay = activityTitled(shared, QStringLiteral("Theme day: citizen involvement"));
    const Session august = sessionOn(shared, network, QDate(2027, 8, 31));

    // The first time round the consultant keeps their own room for the brown-bag meetings.
    trip.apply(theirs, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"location": "Fredericia Library"}},
        {"change": "activity", "uuid": "%2", "fields": {"capacity": 30}}
    ])").arg(uuidText(brownBag), uuidText(kickOff)));
    trip.apply(mine, QStringLiteral(R"([{"change": "activity", "uuid": "%1", "fields": {"location": "Canteen"}}])")
                         .arg(uuidText(brownBag)));
    const ProgramResult firstMerge = trip.merge(theirs, mine, QStringLiteral("mine"));
    INFO(firstMerge.errText().toStdString());
    REQUIRE(firstMerge.exitCode == 0);
    CHECK(rowWithUuid<Activity>(readProject(mine), brownBag.uuid).location == QStringLiteral("Canteen"));
    const QString mergedRevision = readProject(theirs).info.revisionUuid.toString(QUuid::WithoutBraces);

    // Both go on working: the municipality in the copy it already sent back.
    trip.apply(theirs, QStringLiteral(R"([
        {"change": "session", "uuid": "%1", "fields": {"date": "2027-09-07"}},
        {"add": "participant",
         "fields": {"name": "Villads Brix", "email": "villads.brix@fredericia.example", "role": "employee"}}
    ])").arg(uuidText(august)));
    trip.apply(mine, QStringLiteral(R"([{"change": "activity", "uuid": "%1", "fields": {"capacity": 40}}])")
                         .arg(uuidText(themeDay)));
    const Project before = readProject(mine);
    const Project returned = readProject(theirs);
    const Participant villads = participantNamed(returned, QStringLiteral("Villads Brix"));

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(comparison.value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    CHECK(comparison.value(QStringLiteral("base")).toString().startsWith(
        QStringLiteral("Compared with returned.akademi as you took it in on ")));
    CHECK(comparison.value(QStringLiteral("base")).toString().contains(
        QStringLiteral("what you left out then is not offered again")));
    CHECK(count(comparison, QStringLiteral("theirs")) == 2);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 0);
    CHECK(differenceFor(comparison, august.uuid).value(QStringLiteral("theirs")).toString()
          == QStringLiteral("changed"));
    CHECK(differenceFor(comparison, villads.uuid).value(QStringLiteral("theirs")).toString()
          == QStringLiteral("added"));
    // The room they wanted, which the consultant turned down, is not offered again.
    const QJsonObject room = differenceFor(comparison, brownBag.uuid);
    CHECK(room.value(QStringLiteral("theirs")).toString() == QStringLiteral("none"));
    CHECK(room.value(QStringLiteral("mine")).toString() == QStringLiteral("changed"));
    CHECK_FALSE(room.value(QStringLiteral("conflict")).toBool());
    // What was taken in the first time is no difference now.
    CHECK_FALSE(listsDifference(comparison, kickOff.uuid));
    CHECK(differenceFor(comparison, themeDay.uuid).value(QStringLiteral("theirs")).toString()
          == QStringLiteral("none"));

    const ProgramResult merged = trip.merge(theirs, mine);
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.outText() == QStringLiteral("Merged returned.akademi into plan.akademi: 2 changes taken in.\n"));
    const Project after = readProject(mine);
    CHECK(rowWithUuid<Session>(after, august.uuid).date == QDate(2027, 9, 7));
    CHECK(rowWithUuid<Participant>(after, villads.uuid).email == QStringLiteral("villads.brix@fredericia.example"));
    CHECK(rowWithUuid<Activity>(after, brownBag.uuid).location == QStringLiteral("Canteen"));
    CHECK(rowWithUuid<Activity>(after, kickOff.uuid).capacity == 30);
    CHECK(rowWithUuid<Activity>(after, themeDay.uuid).capacity == 40);
    checkUnchangedBut(before, after, {august.uuid, villads.uuid});

    // The change log holds both merges of the copy, each with the revision of it taken in.
    QStringList revisions;
    for (const QJsonValue &revision : trip.info(mine).value(QStringLiteral("history")).toArray())
        for (const QJsonValue &merge : revision.toObject().value(QStringLiteral("merged")).toArray()) {
            CHECK(merge.toObject().value(QStringLiteral("file")).toString() == QStringLiteral("returned.akademi"));
            revisions.append(merge.toObject().value(QStringLiteral("their_revision_uuid")).toString());
        }
    CHECK(revisions == QStringList{mergedRevision, uuidText(returned.info.revisionUuid)});
    const QJsonObject again = trip.compare(theirs, mine);
    CHECK(count(again, QStringLiteral("theirs")) == 0);
    CHECK(count(again, QStringLiteral("conflicts")) == 0);
}
