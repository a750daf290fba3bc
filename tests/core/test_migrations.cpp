// SPDX-License-Identifier: MPL-2.0
// Files written by every earlier version keep opening: each schema version has a fixture in
// tests/data (format-vN.akademi, made with that version's `--new --example`).
#include "catch.h"
#include "editor/projecteditor.h"
#include "merge/projectcomparison.h"
#include "merge/projectversions.h"
#include "storage/databaseconnection.h"
#include "storage/migrations.h"
#include "storage/projectinspector.h"
#include "storage/projectreader.h"
#include "testfiles.h"

#include <QDir>
#include <QRegularExpression>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("a file of every earlier format opens, is brought up to date in the working copy, and is left as it was",
          "[migration]")
{
    const QDir data(QStringLiteral(AKADEMIPLAN_TEST_DATA));
    const QStringList fixtures = data.entryList({QStringLiteral("format-v*.akademi")}, QDir::Files, QDir::Name);
    REQUIRE(fixtures.size() == Migrations::latestVersion());

    for (const QString &fixture : fixtures) {
        DYNAMIC_SECTION(fixture.toStdString())
        {
            const int version = QRegularExpression(QStringLiteral("format-v(\\d+)")).match(fixture).captured(1).toInt();
            TempFolder folder;
            const QString path = folder.path(fixture);
            REQUIRE(QFile::copy(data.filePath(fixture), path));
            const QByteArray original = readBytes(path);
            CHECK(ProjectInspector::inspect(path).schemaVersion == version);

            auto document = openDocument(path);
            CHECK_FALSE(document->isReadOnly());
            // The example content every fixture was made with.
            const Project &project = document->project();
            CHECK(project.info.municipalityCode == 740);
            CHECK(project.academies.size() == 1);
            CHECK(project.tracks.size() == 4);
            CHECK(project.activities.size() == 11);
            CHECK(project.sessions.size() == 29);
            CHECK(project.participants.size() == 161);
            CHECK(project.enrolments.size() == 491);
            CHECK(readBytes(path) == original);

            const QString upgraded = folder.path(QStringLiteral("upgraded.akademi"));
            FileProblem problem;
            REQUIRE(document->saveAs(upgraded, &problem));
            CHECK(ProjectInspector::inspect(upgraded).schemaVersion == Migrations::latestVersion());
            CHECK(contentOf(readProject(upgraded)) == contentOf(project));
            CHECK(readBytes(path) == original);
        }
    }
}

TEST_CASE("a new file's schema is exactly what the migration scripts make", "[migration]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("schema.akademi"), false);
    const QStringList reference = Migrations::referenceSchema(Migrations::latestVersion());
    REQUIRE_FALSE(reference.isEmpty());
    DatabaseConnection connection;
    QString error;
    REQUIRE(connection.open(path, DatabaseConnection::Mode::ReadOnly, &error));
    CHECK(Migrations::schemaOf(connection) == reference);
}

TEST_CASE("a tombstone keeps the removed session's date from version 7 on and an older one reads without it",
          "[migration]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("v6.akademi"));
    REQUIRE(QFile::copy(QStringLiteral(AKADEMIPLAN_TEST_DATA "/format-v6.akademi"), path));
    // Read as it is, without migrating: a version-6 tombstone has no fields to give.
    Project project;
    std::vector<Tombstone> removed{Tombstone{}};
    REQUIRE(ProjectReader::read(path, project, &removed).schemaVersion == 6);
    CHECK(removed.empty());

    auto document = openDocument(path);
    const Session session = document->project().sessions.items().front();
    REQUIRE(ProjectEditor(*document).remove(EntityType::Session, session.id));
    const QString upgraded = folder.path(QStringLiteral("upgraded.akademi"));
    FileProblem problem;
    REQUIRE(document->saveAs(upgraded, &problem));
    REQUIRE(ProjectReader::read(upgraded, project, &removed).schemaVersion == Migrations::latestVersion());
    REQUIRE(removed.size() == 1);
    CHECK(removed.front().row.uuid == session.uuid);
    CHECK(removed.front().row.fields.contains(session.date.toString(Qt::ISODate)));
}

TEST_CASE("an activity's cost from before version 9 becomes one cost line of the activity with the same amount",
          "[migration][budget]")
{
    TempFolder folder;
    const QString fixture = QStringLiteral(AKADEMIPLAN_TEST_DATA "/format-v8.akademi");
    QHash<QUuid, qint64> costs; // activity → what the user typed, in øre
    for (const QVariant &row : queryFile(fixture, QStringLiteral("SELECT uuid || ' ' || cost_ore FROM activity "
                                                                 "WHERE cost_ore > 0"))) {
        const QStringList parts = row.toString().split(QLatin1Char(' '));
        costs.insert(QUuid::fromString(parts.at(0)), parts.at(1).toLongLong());
    }
    REQUIRE(costs.size() == 11);

    // The consultant's file and the municipality's copy, each brought up to date on its own.
    const QString mine = folder.path(QStringLiteral("mine.akademi"));
    const QString theirs = folder.path(QStringLiteral("theirs.akademi"));
    REQUIRE(QFile::copy(fixture, mine));
    REQUIRE(QFile::copy(fixture, theirs));
    Project upgraded[2];
    int index = 0;
    for (const QString &path : {mine, theirs}) {
        auto document = openDocument(path);
        const QString saved = folder.path(QStringLiteral("upgraded-%1.akademi").arg(index));
        FileProblem problem;
        REQUIRE(document->saveAs(saved, &problem));
        CHECK(queryFile(saved, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('activity') "
                                              "WHERE name = 'cost_ore'"))
              == QVariantList{0});
        upgraded[index++] = readProject(saved);
    }

    const Project &project = upgraded[0];
    REQUIRE(project.costLines.size() == 11);
    qint64 total = 0;
    for (const CostLine &line : project.costLines) {
        const Activity *activity = project.activities.find(line.activityId);
        REQUIRE(activity != nullptr);
        CHECK(line.trackId == activity->trackId);
        CHECK(line.academyId == project.tracks.find(activity->trackId)->academyId);
        CHECK(line.rateOre == costs.value(activity->uuid));
        CHECK(line.kind == CostKind::Other);
        CHECK(line.basis == CostBasis::Fixed);
        CHECK(line.quantity == 1);
        // What the user typed is what the budget adds up: no VAT on top.
        CHECK(line.vat == VatTreatment::IncludingVat);
        CHECK_FALSE(line.actualOre.has_value());
        total += line.rateOre;
    }
    qint64 typed = 0;
    for (qint64 cost : std::as_const(costs))
        typed += cost;
    CHECK(total == typed);

    // The same lines with the same UUIDs on both sides: a merge of the two sees nothing to take.
    QList<QUuid> mineUuids, theirUuids;
    for (const CostLine &line : upgraded[0].costLines)
        mineUuids.append(line.uuid);
    for (const CostLine &line : upgraded[1].costLines)
        theirUuids.append(line.uuid);
    CHECK(mineUuids == theirUuids);
    const ProjectVersions mineVersions = ProjectVersions::of(upgraded[0]);
    const ProjectVersions theirVersions = ProjectVersions::of(upgraded[1]);
    CHECK(ProjectComparison::compare(mineVersions, theirVersions, nullptr, {}).empty());
}

TEST_CASE("a file from before version 10 gets an empty agenda, no materials and the standard invitation",
          "[migration][agenda]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("v9.akademi"));
    REQUIRE(QFile::copy(QStringLiteral(AKADEMIPLAN_TEST_DATA "/format-v9.akademi"), path));
    const Project before = readProject(path);
    auto document = openDocument(path);
    const QString upgraded = folder.path(QStringLiteral("upgraded.akademi"));
    FileProblem problem;
    REQUIRE(document->saveAs(upgraded, &problem));
    CHECK(queryFile(upgraded, QStringLiteral("SELECT COUNT(*) FROM agenda_item")) == QVariantList{0});
    CHECK(queryFile(upgraded, QStringLiteral("SELECT COUNT(*) FROM activity WHERE materials = '' AND invitation = ''"))
          == QVariantList{qlonglong(before.activities.size())});
    // A removed agenda item can leave its tombstone in an upgraded file.
    execOnFile(upgraded, QStringLiteral("INSERT INTO tombstone (uuid, entity_type, deleted, change_counter) "
                                        "VALUES ('6a3f0c1e-0000-4000-8000-000000000001', 'agenda_item', "
                                        "'2027-01-01T00:00:00Z', 1)"));
    CHECK(contentOf(readProject(upgraded)) == contentOf(before));
}
