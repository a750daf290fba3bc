// SPDX-License-Identifier: MPL-2.0
// A file from before version 9 and a copy of it, each brought up to date on its own: an
// activity's old cost becomes the same cost line on both sides, so a merge finds only what was
// really changed and the budget does not count the cost twice.
#include "catch.h"
#include "roundtripsupport.h"

#include <QFile>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("a version-8 file and its copy brought up to date apart merge without a second cost line",
          "[cli][roundtrip][migration]")
{
    RoundTrip trip;
    const QString fixture = QStringLiteral(AKADEMIPLAN_TEST_DATA "/format-v8.akademi");
    const QString mine = trip.path(QStringLiteral("plan.akademi"));
    const QString theirs = trip.path(QStringLiteral("copy.akademi"));
    REQUIRE(QFile::copy(fixture, mine));
    REQUIRE(QFile::copy(fixture, theirs));
    QFile::setPermissions(mine, QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(theirs, QFile::ReadOwner | QFile::WriteOwner);
    const Project original = readProject(mine);
    const Activity kickOff = original.activities.at(0);

    // The municipality's copy is edited, and so saved at the new version, with its cost lines.
    trip.apply(theirs, QStringLiteral(R"([
        {"change": "activity", "uuid": "%1", "fields": {"location": "Fredericia Library"}}
    ])").arg(uuidText(kickOff)));
    REQUIRE(readProject(theirs).costLines.size() == 11);

    const QJsonObject comparison = trip.compare(theirs, mine);
    CHECK(count(comparison, QStringLiteral("differences")) == 1);
    for (const QJsonValue &difference : comparison.value(QStringLiteral("differences")).toArray())
        CHECK(difference.toObject().value(QStringLiteral("entity_type")).toString() == QStringLiteral("activity"));

    const ProgramResult merged = trip.merge(theirs, mine, QStringLiteral("theirs"));
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    const Project after = readProject(mine);
    CHECK(after.costLines.size() == 11);
    CHECK(rowWithUuid<Activity>(after, kickOff.uuid).location == QStringLiteral("Fredericia Library"));
    QSet<qint64> activitiesWithCost;
    for (const CostLine &line : after.costLines)
        activitiesWithCost.insert(line.activityId);
    CHECK(activitiesWithCost.size() == 11);
}
