// SPDX-License-Identifier: MPL-2.0
// The file's own history: each save says who saved it and what changed, in counts a consultant
// reads, and the bases kept for merges refer to rows by UUID, also in a file of an earlier version.
#include "catch.h"
#include "document/changetally.h"
#include "editor/projecteditor.h"
#include "storage/migrations.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const RevisionRecord &lastSave(const Document &document)
{
    REQUIRE_FALSE(document.project().info.history.isEmpty());
    return document.project().info.history.constLast();
}

int counted(const RevisionRecord &revision, const char *kind, const char *table)
{
    return revision.summary.value(QLatin1String(kind)).toObject().value(QLatin1String(table)).toInt();
}

} // namespace

TEST_CASE("each save records its author and what changed since the save before", "[history]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("aarhus.akademi"), true);
    auto document = openDocument(path);
    document->setAuthor(QStringLiteral("Mette Kristensen"));
    ProjectEditor editor(*document);

    // Two sessions moved, one changed only in place, a person added, an activity removed, and
    // an activity renamed and renamed back: that one counts for nothing.
    for (int i = 0; i < 2; ++i) {
        Session session = document->project().sessions.at(i);
        session.date = session.date.addDays(7);
        REQUIRE(editor.update(session).ok);
    }
    Session placed = document->project().sessions.at(5);
    placed.location = QStringLiteral("Room 4");
    REQUIRE(editor.update(placed).ok);
    Participant person;
    person.name = QStringLiteral("Anne Jensen");
    REQUIRE(editor.addParticipant(person).ok);
    const Activity renamed = document->project().activities.at(2);
    Activity changed = renamed;
    changed.title = QStringLiteral("Another title");
    REQUIRE(editor.update(changed).ok);
    REQUIRE(editor.update(renamed).ok);
    const Activity removed = document->project().activities.at(4);
    const int sessionsOfRemoved = int(document->project().sessionsOf(removed.id).size());
    REQUIRE(editor.remove(EntityType::Activity, removed.id).ok);

    FileProblem problem;
    REQUIRE(document->save(&problem));
    const RevisionRecord saved = lastSave(*document);
    CHECK(saved.author == QStringLiteral("Mette Kristensen"));
    CHECK(counted(saved, "moved", "session") == 2);
    CHECK(counted(saved, "changed", "session") == 1);
    CHECK(counted(saved, "added", "participant") == 1);
    CHECK(counted(saved, "removed", "activity") == 1);
    CHECK(counted(saved, "removed", "session") == sessionsOfRemoved);
    CHECK(counted(saved, "changed", "activity") == 0);
    const QString words = ChangeTally::describe(saved.summary);
    CHECK(words.startsWith(QStringLiteral("2 sessions moved, 1 participant added, 1 session changed")));
    CHECK(words.contains(QStringLiteral("1 activity removed")));

    // Read back from the file, the log is the same; the next save starts counting afresh.
    CHECK(readProject(path).info.history.constLast() == saved);
    Participant second;
    second.name = QStringLiteral("Bo Hansen");
    REQUIRE(editor.addParticipant(second).ok);
    REQUIRE(document->save(&problem));
    CHECK(ChangeTally::describe(lastSave(*document).summary) == QStringLiteral("1 participant added"));
    CHECK(lastSave(*document).parentUuid == saved.uuid);
}

TEST_CASE("a copy shared without personal data carries the change log without names", "[history][sharing]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("odense.akademi"), true);
    auto document = openDocument(path);
    document->setAuthor(QStringLiteral("Mette Kristensen"));
    ShareOptions options;
    options.withoutPersonalData = true;
    FileProblem problem;
    const QString copy = folder.path(QStringLiteral("copy.akademi"));
    REQUIRE(document->shareCopy(copy, options, &problem));
    // The consultant's file keeps who saved, and says the last save recorded the share.
    CHECK(lastSave(*document).author == QStringLiteral("Mette Kristensen"));
    CHECK(lastSave(*document).summary.value(QStringLiteral("shared")).toBool());
    const Project shared = readProject(copy);
    REQUIRE_FALSE(shared.info.history.isEmpty());
    for (const RevisionRecord &revision : shared.info.history)
        CHECK(revision.author.isEmpty());
    CHECK(shared.info.history.constLast().summary == readProject(path).info.history.at(shared.info.history.size() - 1).summary);
}

TEST_CASE("the bases of an earlier file's shares refer to rows by UUID once it is brought up to date",
          "[history][migration]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("version2.akademi"));
    REQUIRE(QFile::copy(QDir(QStringLiteral(AKADEMIPLAN_TEST_DATA)).filePath(QStringLiteral("format-v2.akademi")),
                        path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // A share as version 2 recorded it: references as the row ids of the file.
    const QString shareUuid = QStringLiteral("6f1d2c3b-4a59-4e87-9b6a-0c1d2e3f4a5b");
    execOnFile(path, {QStringLiteral("INSERT INTO revision (uuid, parent_uuid, number, saved) VALUES "
                                     "('11111111-2222-4333-8444-555555555555', NULL, 1, '2026-11-30T10:00:00.000Z')"),
                      QStringLiteral("INSERT INTO share (uuid, revision_uuid, shared, recipient, without_personal_data) "
                                     "VALUES ('%1', '11111111-2222-4333-8444-555555555555', "
                                     "'2026-11-30T10:00:00.000Z', 'HR', 1)")
                          .arg(shareUuid),
                      QStringLiteral("INSERT INTO share_base SELECT (SELECT id FROM share), 'session', uuid, "
                                     "change_counter, json_object('activity_id', activity_id, 'date', date, "
                                     "'start_time', start_time, 'end_time', end_time, 'location', location) "
                                     "FROM session")});
    // One session's UUID and its activity's, as one text, since the helper reads one column.
    const QStringList sessionRow =
        queryFile(path, QStringLiteral("SELECT s.uuid || ' ' || a.uuid FROM session s JOIN activity a ON "
                                       "a.id = s.activity_id ORDER BY s.id LIMIT 1"))
            .value(0)
            .toString()
            .split(QLatin1Char(' '));
    REQUIRE(sessionRow.size() == 2);

    auto document = openDocument(path);
    std::vector<StoredRow> rows;
    QString error;
    REQUIRE(document->loadBase(HistoryTables::Base::Share, QUuid::fromString(shareUuid), rows, &error));
    REQUIRE(rows.size() == std::size_t(document->project().sessions.size()));
    bool found = false;
    for (const StoredRow &row : rows)
        if (row.uuid == QUuid::fromString(sessionRow.at(0))) {
            const QJsonObject fields = QJsonDocument::fromJson(row.fields.toUtf8()).object();
            CHECK(fields.value(QStringLiteral("activity_id")).toString() == sessionRow.at(1));
            found = true;
        }
    CHECK(found);
    CHECK(document->project().info.shares.constFirst().withoutPersonalData);
    CHECK_FALSE(document->project().info.shares.constFirst().withoutFreeText);
}
