// SPDX-License-Identifier: MPL-2.0
// Files written by every earlier version keep opening: each schema version has a fixture in
// tests/data (format-vN.akademi, made with that version's `--new --example`).
#include "catch.h"
#include "editor/projecteditor.h"
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
