// SPDX-License-Identifier: MPL-2.0
// Copies that have no saved version in common with the consultant's file are compared two-way,
// where every difference is the consultant's choice; and files that are no copy of the project,
// or cannot be read, are refused without touching anything.
#include "catch.h"
#include "roundtripsupport.h"

#include <QFile>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("a plain copy of the file is compared two-way and every difference is a choice", "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.path(QStringLiteral("copy.akademi"));
    REQUIRE(QFile::copy(mine, theirs));
    const Project copied = readProject(mine);
    const Activity kickOff = activityTitled(copied, QStringLiteral("Kick-off workshop for the network"));
    const Activity network = activityTitled(copied, QStringLiteral("Network meetings"));

    trip.apply(theirs, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"location": "Fredericia Library"}},
        {"add": "participant", "fields": {"name": "Agnete Quist", "role": "key_person"}}
    ])").arg(uuidText(kickOff)));
    trip.apply(mine, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"capacity": 30}},
        {"change": "activity", "uuid": "%2", "fields": {"location": "Room 2.14"}}
    ])").arg(uuidText(kickOff), uuidText(network)));
    const Project before = readProject(mine);
    const Participant agnete = participantNamed(readProject(theirs), QStringLiteral("Agnete Quist"));

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(comparison.value(QStringLiteral("mode")).toString() == QStringLiteral("two-way"));
    CHECK(comparison.value(QStringLiteral("base")).toString().toStdString()
          == "copy.akademi was not made with Share a Copy from this file (it may be a plain copy of it), so the two "
             "have no saved version in common. Where they differ, nothing tells who changed what: choose for each "
             "difference which to keep.");
    CHECK(count(comparison, QStringLiteral("differences")) == 3);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 3);
    CHECK(count(comparison, QStringLiteral("theirs")) == 0);
    CHECK(count(comparison, QStringLiteral("mine")) == 0);
    for (const QJsonValue &difference : comparison.value(QStringLiteral("differences")).toArray())
        CHECK(difference.toObject().value(QStringLiteral("conflict")).toBool());
    const QJsonObject workshop = differenceFor(comparison, kickOff.uuid);
    CHECK(fieldNames(workshop) == QStringList{QStringLiteral("location"), QStringLiteral("capacity")});
    const QJsonObject location = fieldOf(workshop, QStringLiteral("location"));
    CHECK(location.value(QStringLiteral("base")).isNull());
    CHECK(location.value(QStringLiteral("mine")).toString() == kickOff.location);
    CHECK(location.value(QStringLiteral("theirs")).toString() == QStringLiteral("Fredericia Library"));
    CHECK(location.value(QStringLiteral("conflict")).toBool());
    const QJsonObject places = fieldOf(workshop, QStringLiteral("capacity"));
    CHECK(places.value(QStringLiteral("mine")).toInt() == 30);
    CHECK(places.value(QStringLiteral("theirs")).toInt() == kickOff.capacity);
    CHECK(differenceFor(comparison, network.uuid).value(QStringLiteral("conflict")).toBool());
    const QJsonObject person = differenceFor(comparison, agnete.uuid);
    CHECK(person.value(QStringLiteral("mine")).toString() == QStringLiteral("none"));
    CHECK(person.value(QStringLiteral("conflict")).toBool());

    const QByteArray mineBefore = hashOf(mine);
    const ProgramResult refused = trip.merge(theirs, mine);
    CHECK(refused.exitCode == 3);
    CHECK(errorLines(refused).filter(QStringLiteral("Not decided: ")).size() == 3);
    CHECK(errorLines(refused).size() == 4);
    CHECK(hashOf(mine) == mineBefore);

    const ProgramResult merged = trip.merge(theirs, mine, QStringLiteral("theirs"));
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    const Project after = readProject(mine);
    const Activity kickOffAfter = rowWithUuid<Activity>(after, kickOff.uuid);
    CHECK(kickOffAfter.location == QStringLiteral("Fredericia Library"));
    CHECK(kickOffAfter.capacity == kickOff.capacity);
    CHECK(changedFields(kickOff, kickOffAfter) == QStringList{QStringLiteral("location")});
    CHECK(rowWithUuid<Activity>(after, network.uuid).location == network.location);
    CHECK(rowWithUuid<Participant>(after, agnete.uuid).name == QStringLiteral("Agnete Quist"));
    checkUnchangedBut(before, after, {kickOff.uuid, network.uuid, agnete.uuid});

    // Once taken in, the copy has a version in common with the file: nothing is left to choose.
    const QJsonObject again = trip.compare(theirs, mine);
    CHECK(again.value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    CHECK(count(again, QStringLiteral("theirs")) == 0);
    CHECK(count(again, QStringLiteral("conflicts")) == 0);
}

TEST_CASE("a copy shared from another copy of the project is compared two-way", "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString other = trip.path(QStringLiteral("colleague.akademi"));
    REQUIRE(QFile::copy(mine, other));
    const QString theirs = trip.share(other, QStringLiteral("returned.akademi"));
    const Activity kickOff = activityTitled(readProject(mine), QStringLiteral("Kick-off workshop for the network"));
    trip.apply(theirs, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"location": "Fredericia Library"}}
    ])").arg(uuidText(kickOff)));

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(comparison.value(QStringLiteral("mode")).toString() == QStringLiteral("two-way"));
    CHECK(comparison.value(QStringLiteral("base")).toString().startsWith(
        QStringLiteral("returned.akademi was shared from another copy of this project, not from this file")));
    CHECK(count(comparison, QStringLiteral("differences")) == 1);
    CHECK(count(comparison, QStringLiteral("conflicts")) == 1);
    CHECK(differenceFor(comparison, kickOff.uuid).value(QStringLiteral("conflict")).toBool());
}

TEST_CASE("a file that is no copy of the project or cannot be read is refused and nothing changes",
          "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString other = trip.newProject(QStringLiteral("other.akademi"));
    const QString damaged = trip.share(mine, QStringLiteral("damaged.akademi"));
    const QByteArray whole = readBytes(damaged);
    writeBytes(damaged, whole.left(whole.size() / 2));
    const QString newer = trip.share(mine, QStringLiteral("newer.akademi"));
    execOnFile(newer, QStringLiteral("PRAGMA user_version = 99"));
    const QString missing = trip.path(QStringLiteral("missing.akademi"));
    const QByteArray mineBefore = hashOf(mine);
    const QByteArray otherBefore = hashOf(other);

    struct Refusal
    {
        QString theirs;
        QString says;
    };
    const std::vector<Refusal> refusals = {
        {other, QStringLiteral("other.akademi is another project (of Fredericia), not a copy of this one")},
        {damaged, QStringLiteral("damaged.akademi")},
        {newer, QStringLiteral("newer.akademi was saved by a newer Akademiplan (file format version 99)")},
        {mine, QStringLiteral("plan.akademi is the project file you have open; choose the copy that came back.")},
        {missing, QStringLiteral("missing.akademi")},
    };
    for (const Refusal &refusal : refusals) {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--compare"), refusal.theirs, mine},
              QStringList{QStringLiteral("--merge"), refusal.theirs, mine},
              QStringList{QStringLiteral("--merge"), refusal.theirs, mine, QStringLiteral("--prefer"),
                          QStringLiteral("theirs")}}) {
            const ProgramResult result = trip.run(arguments);
            INFO(arguments.join(QLatin1Char(' ')).toStdString());
            INFO(result.errText().toStdString());
            CHECK(result.exitCode == 2);
            CHECK(result.out.isEmpty());
            CHECK(errorLines(result).size() == 1);
            CHECK(result.errText().startsWith(QStringLiteral("akademiplan: ")));
            CHECK(result.errText().contains(refusal.says));
        }
    }
    CHECK(hashOf(mine) == mineBefore);
    CHECK(hashOf(other) == otherBefore);
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("comparing or merging used wrongly is exit code 1 and changes nothing", "[cli][roundtrip]")
{
    RoundTrip trip;
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString theirs = trip.share(mine, QStringLiteral("returned.akademi"));
    const QByteArray mineBefore = hashOf(mine);
    const QByteArray theirsBefore = hashOf(theirs);

    const QString prefer = QStringLiteral("--prefer");
    for (const QStringList &arguments : {
             QStringList{QStringLiteral("--compare"), theirs},
             QStringList{QStringLiteral("--merge"), theirs},
             QStringList{QStringLiteral("--compare"), theirs, mine, mine},
             QStringList{QStringLiteral("--compare"), theirs, mine, prefer, QStringLiteral("mine")},
             QStringList{prefer, QStringLiteral("theirs"), mine},
             QStringList{QStringLiteral("--merge"), theirs, mine, prefer, QStringLiteral("other")},
             QStringList{QStringLiteral("--merge"), theirs, mine, QStringLiteral("--without-personal-data")},
             QStringList{QStringLiteral("--merge"), theirs, mine, QStringLiteral("--compare"), theirs},
         }) {
        const ProgramResult result = trip.run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        INFO(result.errText().toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.out.isEmpty());
        CHECK(errorLines(result).size() == 1);
    }
    const ProgramResult other = trip.run({QStringLiteral("--merge"), theirs, mine, prefer, QStringLiteral("other")});
    CHECK(other.errText().toStdString() == "akademiplan: --prefer takes mine or theirs, not \"other\".\n");
    const ProgramResult alone = trip.run({QStringLiteral("--compare"), theirs});
    CHECK(alone.errText().contains(QStringLiteral("--compare needs your project FILE after the copy that came back")));
    CHECK(hashOf(mine) == mineBefore);
    CHECK(hashOf(theirs) == theirsBefore);
}
