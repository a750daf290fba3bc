// SPDX-License-Identifier: MPL-2.0
// The file knows its history, so that a copy that comes back from the municipality can later be
// merged entity by entity: each save is a revision with its parent, a deleted row leaves a
// tombstone, and modification times and change counters only go up.
#include "catch.h"
#include "editor/projecteditor.h"
#include "storage/migrations.h"
#include "storage/projectinspector.h"
#include "testfiles.h"

#include <QDir>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

void save(Document &document)
{
    FileProblem problem;
    INFO(problem.message.toStdString());
    REQUIRE(document.save(&problem));
}

QString currentRevision(const QString &path)
{
    return queryFile(path, QStringLiteral("SELECT revision_uuid FROM project")).value(0).toString();
}

QString parentOf(const QString &path, const QString &revision)
{
    return queryFile(path, QStringLiteral("SELECT coalesce(parent_uuid, '') FROM revision WHERE uuid = '%1'")
                               .arg(revision))
        .value(0)
        .toString();
}

} // namespace

TEST_CASE("each save is a revision of its own whose parent is the revision before", "[history]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("history.akademi"), true);
    const QString first = currentRevision(path);
    REQUIRE_FALSE(first.isEmpty());
    CHECK(parentOf(path, first).isEmpty());

    auto document = openDocument(path);
    ProjectEditor editor(*document);
    Participant person;
    person.name = QStringLiteral("Ny Person");
    REQUIRE(editor.addParticipant(person).ok);
    save(*document);
    const QString second = currentRevision(path);
    CHECK(second != first);
    CHECK(parentOf(path, second) == first);
    CHECK(document->project().info.revisionUuid.toString(QUuid::WithoutBraces) == second);

    save(*document);
    const QString third = currentRevision(path);
    CHECK(parentOf(path, third) == second);
    CHECK(queryFile(path, QStringLiteral("SELECT count(*) FROM revision")).value(0).toInt() == 3);
    CHECK(queryFile(path, QStringLiteral("SELECT max(number) FROM revision")).value(0).toInt()
          == document->project().info.revision);
}

TEST_CASE("two copies of one file saved apart reach the same revision number but stay told apart", "[history]")
{
    TempFolder folder;
    const QString original = makeProjectFile(folder, QStringLiteral("original.akademi"), true);
    const QString mine = folder.path(QStringLiteral("mine.akademi"));
    const QString theirs = folder.path(QStringLiteral("theirs.akademi"));
    REQUIRE(QFile::copy(original, mine));
    REQUIRE(QFile::copy(original, theirs));
    const QString base = currentRevision(original);

    for (const QString &path : {mine, theirs}) {
        auto document = openDocument(path);
        ProjectEditor editor(*document);
        Organisation organisation;
        organisation.name = QFileInfo(path).baseName();
        REQUIRE(editor.addOrganisation(organisation).ok);
        save(*document);
    }
    CHECK(readProject(mine).info.revision == readProject(theirs).info.revision);
    CHECK(currentRevision(mine) != currentRevision(theirs));
    CHECK(parentOf(mine, currentRevision(mine)) == base);
    CHECK(parentOf(theirs, currentRevision(theirs)) == base);
}

TEST_CASE("a deleted person leaves a tombstone without their name, and undo brings them back counting on",
          "[history]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("tombstone.akademi"), true);
    auto document = openDocument(path);
    ProjectEditor editor(*document);
    const Participant person = document->project().participants.items().front();
    int enrolments = 0;
    for (const Enrolment &enrolment : document->project().enrolments)
        enrolments += enrolment.participantId == person.id ? 1 : 0;
    REQUIRE(enrolments > 0);

    REQUIRE(editor.remove(EntityType::Participant, person.id).ok);
    save(*document);
    const QString uuid = person.uuid.toString(QUuid::WithoutBraces);
    CHECK(queryFile(path, QStringLiteral("SELECT entity_type FROM tombstone WHERE uuid = '%1'").arg(uuid))
          == QVariantList{QStringLiteral("participant")});
    CHECK(queryFile(path, QStringLiteral("SELECT change_counter FROM tombstone WHERE uuid = '%1'").arg(uuid))
              .value(0)
              .toLongLong()
          > person.changeCounter);
    CHECK(queryFile(path, QStringLiteral("SELECT count(*) FROM tombstone WHERE entity_type = 'enrolment'"))
              .value(0)
              .toInt()
          == enrolments);
    // Deleted means gone: no trace of the name or e-mail anywhere in the saved file.
    const QByteArray bytes = readBytes(path);
    CHECK_FALSE(bytes.contains(person.name.toUtf8()));
    CHECK_FALSE(bytes.contains(person.email.toUtf8()));

    document->undoStack()->undo();
    const Participant *back = document->project().participants.find(person.id);
    REQUIRE(back);
    CHECK(back->name == person.name);
    CHECK(back->changeCounter > person.changeCounter + 1);
    CHECK(back->modified >= person.modified);
    save(*document);
    CHECK(queryFile(path, QStringLiteral("SELECT count(*) FROM tombstone WHERE uuid = '%1'").arg(uuid))
              .value(0)
              .toInt()
          == 0);
}

TEST_CASE("a row's change counter goes up with every edit, undo and redo, and is stored", "[history]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("counter.akademi"), true);
    auto document = openDocument(path);
    ProjectEditor editor(*document);
    Session session = document->project().sessions.items().front();
    qint64 counter = session.changeCounter;
    REQUIRE(counter >= 1);
    auto goesUp = [&] {
        const Session *now = document->project().sessions.find(session.id);
        CHECK(now->changeCounter > counter);
        counter = now->changeCounter;
    };
    session.location = QStringLiteral("Byrådssalen");
    REQUIRE(editor.update(session).ok);
    goesUp();
    document->undoStack()->undo();
    goesUp();
    document->undoStack()->redo();
    goesUp();
    save(*document);
    const Session stored = *readProject(path).sessions.find(session.id);
    CHECK(stored.changeCounter == counter);
    CHECK(stored.location == QStringLiteral("Byrådssalen"));
}

TEST_CASE("a version-1 file opened and saved becomes version 2 with its history begun", "[history][migration]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.akademi"));
    REQUIRE(QFile::copy(QDir(QStringLiteral(AKADEMIPLAN_TEST_DATA)).filePath(QStringLiteral("format-v1.akademi")),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readBytes(path);
    REQUIRE(ProjectInspector::inspect(path).schemaVersion == 1);

    auto document = openDocument(path);
    // Rows of a version-1 file count as written once; the file itself is not touched yet.
    for (const Enrolment &enrolment : document->project().enrolments)
        REQUIRE(enrolment.changeCounter == 1);
    CHECK(readBytes(path) == original);

    save(*document);
    CHECK(ProjectInspector::inspect(path).schemaVersion == Migrations::latestVersion());
    CHECK(queryFile(path, QStringLiteral("SELECT count(*) FROM revision")).value(0).toInt() == 1);
    CHECK(parentOf(path, currentRevision(path)).isEmpty());
    CHECK(queryFile(path, QStringLiteral("SELECT DISTINCT change_counter FROM participant")) == QVariantList{1});
    CHECK(contentOf(readProject(path)) == contentOf(document->project()));
}
