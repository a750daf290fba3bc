// SPDX-License-Identifier: MPL-2.0
// A project's history on a real team server, written through an open window's store as a file's
// save and share write it: a revision is numbered after the server's current one whoever made
// that, also when two consultants save at the same moment; the merges a save takes in and the
// rows a share keeps as its base come back exactly; what could not be written is taken back; a
// steering group member changes none of it.
#include "catch.h"
#include "server/serverstore.h"
#include "teamserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

#include <map>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

using Base = HistoryTables::Base;

// One person's window on the project, as far as its history goes.
struct Client
{
    std::shared_ptr<RowIdentities> identities = std::make_shared<RowIdentities>();
    ServerStore store{identities};
    Project project;
    QString lastError;

    Client(const TeamServer &team, const QString &user)
    {
        REQUIRE(remember(store.open(team.address(user), team.project, &lastError)));
        REQUIRE(remember(store.load(project, &lastError)));
    }

    ProjectArchive archive()
    {
        ProjectArchive archive;
        REQUIRE(remember(store.archive(archive, &lastError)));
        return archive;
    }

    std::vector<StoredRow> base(Base kind, const QUuid &uuid)
    {
        std::vector<StoredRow> rows;
        REQUIRE(remember(store.loadBase(kind, uuid, rows, &lastError)));
        return rows;
    }

    bool writeRevision(RevisionRecord &revision, const RevisionNote &note = {})
    {
        return remember(store.writeRevision(revision, note, &lastError));
    }
    bool dropRevision(const RevisionRecord &revision) { return remember(store.dropRevision(revision, &lastError)); }
    bool recordShare(const ShareRecord &share) { return remember(store.recordShare(share, &lastError)); }
    bool forgetShare(const QUuid &share) { return remember(store.forgetShare(share, &lastError)); }

private:
    // The server's reason goes with the check that follows, shown if that check fails.
    bool remember(bool done)
    {
        if (done)
            lastError.clear();
        else
            UNSCOPED_INFO(lastError.toStdString());
        return done;
    }
};

// A save as a window makes it; the number and parent it brings are the server's to set.
RevisionRecord newRevision(const QString &author)
{
    RevisionRecord revision;
    revision.uuid = QUuid::createUuid();
    revision.parentUuid = QUuid::createUuid();
    revision.number = 99;
    revision.saved = QDateTime::currentDateTimeUtc();
    revision.author = author;
    revision.summary = QJsonObject{{QStringLiteral("changed"), QJsonObject{{QStringLiteral("activity"), 2}}}};
    return revision;
}

ShareRecord newShare(const QUuid &revision, const QString &recipient, bool withoutPersonalData = false)
{
    return {QUuid::createUuid(), revision, QDateTime::currentDateTimeUtc(), recipient, withoutPersonalData, false};
}

// Rows compared as a merge reads them: by UUID, their fields as JSON objects (the server keeps
// them as jsonb, which does not keep the text's key order).
std::map<QString, std::tuple<EntityType, qint64, QJsonObject>> byUuid(const std::vector<StoredRow> &rows)
{
    std::map<QString, std::tuple<EntityType, qint64, QJsonObject>> found;
    for (const StoredRow &row : rows)
        found.emplace(row.uuid.toString(), std::tuple{row.type, row.changeCounter,
                                                      QJsonDocument::fromJson(row.fields.toUtf8()).object()});
    return found;
}

bool sameRows(const std::vector<StoredRow> &a, const std::vector<StoredRow> &b)
{
    return a.size() == b.size() && byUuid(a) == byUuid(b);
}

// Two rows of the project as a returned copy brought them, each with a field of its own.
std::vector<StoredRow> returnedRows(const ProjectArchive &archive, const QString &title)
{
    std::vector<StoredRow> rows;
    for (const ArchivedRow &row : archive.rows) {
        if (row.removed || (row.row.type != EntityType::Activity && row.row.type != EntityType::Session))
            continue;
        if (!rows.empty() && rows.back().type == row.row.type)
            continue;
        StoredRow kept = row.row;
        QJsonObject fields = QJsonDocument::fromJson(kept.fields.toUtf8()).object();
        if (kept.type == EntityType::Activity)
            fields.insert(QStringLiteral("title"), title);
        kept.fields = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        kept.changeCounter += 3;
        rows.push_back(kept);
        if (rows.size() == 2)
            break;
    }
    REQUIRE(rows.size() == 2);
    return rows;
}

TakenInCopy takenIn(const std::vector<StoredRow> &rows, const QString &file)
{
    const MergeRecord record{QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid(), file,
                             QDateTime::currentDateTimeUtc(), true, false};
    return {record, std::make_shared<const std::vector<StoredRow>>(rows)};
}

} // namespace

TEST_CASE("a revision recorded on the server follows the server's current one, whoever made it", "[server]")
{
    const TeamServer team;
    Client anna(team, QStringLiteral("anna"));
    Client lene(team, QStringLiteral("lene"));
    const ProjectInfo published = anna.archive().info;
    REQUIRE(published.history.size() == 1);
    REQUIRE(published.revision == 1);

    RevisionRecord annas = newRevision(QStringLiteral("Anna"));
    REQUIRE(anna.writeRevision(annas));
    CHECK(annas.number == 2);
    CHECK(annas.parentUuid == published.revisionUuid);

    // Lene's window, opened before it, reads it as the project's current revision.
    Project reloaded;
    QString error;
    const bool loaded = lene.store.load(reloaded, &error);
    INFO(error.toStdString());
    REQUIRE(loaded);
    CHECK(reloaded.info.revision == 2);
    CHECK(reloaded.info.revisionUuid == annas.uuid);
    REQUIRE(reloaded.info.history.size() == 2);
    CHECK(reloaded.info.history.last() == annas);

    // Lene never saw Anna's revision in her window; hers is its child all the same.
    RevisionRecord lenes = newRevision(QStringLiteral("Lene"));
    REQUIRE(lene.writeRevision(lenes));
    CHECK(lenes.number == 3);
    CHECK(lenes.parentUuid == annas.uuid);
    const ProjectInfo info = anna.archive().info;
    CHECK(info.history == QList<RevisionRecord>{published.history.first(), annas, lenes});
    CHECK(info.revision == 3);
    CHECK(info.revisionUuid == lenes.uuid);
    CHECK(info.merges.isEmpty());
}

TEST_CASE("two consultants recording revisions at the same moment get one number each, in one line", "[server]")
{
    const TeamServer team;
    constexpr int each = 12;
    const QStringList users{QStringLiteral("anna"), QStringLiteral("lene")};
    const ServerAddress addresses[2] = {team.address(users.at(0)), team.address(users.at(1))};
    QString errors[2];
    int written[2] = {0, 0};
    // Each on a thread of its own with a connection of its own, as two windows on two machines.
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < 2; ++i)
        threads.emplace_back(QThread::create([&, i] {
            ServerStore store(std::make_shared<RowIdentities>());
            if (!store.open(addresses[i], team.project, &errors[i]))
                return;
            for (int n = 0; n < each; ++n) {
                RevisionRecord revision = newRevision(users.at(i));
                if (!store.writeRevision(revision, {}, &errors[i]))
                    return;
                ++written[i];
            }
        }));
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->start();
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();
    for (int i = 0; i < 2; ++i) {
        INFO(errors[i].toStdString());
        CHECK(written[i] == each);
    }

    const ProjectInfo info = Client(team, QStringLiteral("birgit")).archive().info;
    REQUIRE(info.history.size() == 1 + 2 * each);
    for (qsizetype k = 0; k < info.history.size(); ++k) {
        INFO("revision " << k + 1);
        CHECK(info.history.at(k).number == k + 1);
        if (k > 0)
            CHECK(info.history.at(k).parentUuid == info.history.at(k - 1).uuid);
    }
    CHECK(info.revision == 1 + 2 * each);
    CHECK(info.revisionUuid == info.history.last().uuid);
}

TEST_CASE("the merges a revision takes in are recorded with it, and taken back with it", "[server]")
{
    const TeamServer team;
    Client anna(team, QStringLiteral("anna"));
    Client lene(team, QStringLiteral("lene"));
    const ProjectArchive published = anna.archive();

    const std::vector<StoredRow> fromLene = returnedRows(published, QStringLiteral("Som Lene havde den"));
    const TakenInCopy lenesCopy = takenIn(fromLene, QStringLiteral("plan-lene.akademi"));
    RevisionRecord first = newRevision(QStringLiteral("Anna"));
    REQUIRE(anna.writeRevision(first, {QStringLiteral("Anna"), first.summary, {lenesCopy}}));

    const std::vector<StoredRow> fromBirgit = returnedRows(published, QStringLiteral("Som Birgit havde den"));
    const TakenInCopy birgitsCopy = takenIn(fromBirgit, QStringLiteral("plan-birgit.akademi"));
    RevisionRecord second = newRevision(QStringLiteral("Anna"));
    REQUIRE(anna.writeRevision(second, {QStringLiteral("Anna"), second.summary, {birgitsCopy}}));

    // Another window sees both merges, in the order they were taken in, each under the revision
    // that took it in, with the rows exactly as they came.
    MergeRecord lenesRecord = lenesCopy.record;
    lenesRecord.revisionUuid = first.uuid;
    MergeRecord birgitsRecord = birgitsCopy.record;
    birgitsRecord.revisionUuid = second.uuid;
    CHECK(lene.archive().info.merges == QList<MergeRecord>{lenesRecord, birgitsRecord});
    CHECK(sameRows(lene.base(Base::Merge, lenesRecord.uuid), fromLene));
    CHECK(sameRows(lene.base(Base::Merge, birgitsRecord.uuid), fromBirgit));

    // The second save's file could not be written: it goes, with its merge.
    REQUIRE(anna.dropRevision(second));
    ProjectInfo info = lene.archive().info;
    CHECK(info.merges == QList<MergeRecord>{lenesRecord});
    CHECK(lene.base(Base::Merge, birgitsRecord.uuid).empty());
    CHECK(sameRows(lene.base(Base::Merge, lenesRecord.uuid), fromLene));
    CHECK(info.history == QList<RevisionRecord>{published.info.history.first(), first});
    CHECK(info.revision == first.number);
    CHECK(info.revisionUuid == first.uuid);

    // Once someone has saved after it, a revision stays: theirs is its child.
    RevisionRecord lenes = newRevision(QStringLiteral("Lene"));
    REQUIRE(lene.writeRevision(lenes));
    CHECK_FALSE(anna.dropRevision(first));
    CHECK(anna.lastError.contains(QStringLiteral("after revision 2")));
    info = lene.archive().info;
    CHECK(info.history == QList<RevisionRecord>{published.info.history.first(), first, lenes});
    CHECK(info.merges == QList<MergeRecord>{lenesRecord});
    CHECK(info.revisionUuid == lenes.uuid);
}

TEST_CASE("a share keeps every row that is not removed as its base, and is taken back with it", "[server]")
{
    const TeamServer team;
    Client anna(team, QStringLiteral("anna"));
    Client lene(team, QStringLiteral("lene"));
    // A session removed before the share is not in the copy, nor in its base.
    Session removed = anna.project.sessions.at(0);
    removed.changeCounter += 1;
    removed.modified = QDateTime::currentDateTimeUtc();
    ChangeSet removal;
    removal.remove(removed);
    QString error;
    ServerStore::Conflict conflict;
    const ServerStore::Written written = anna.store.write(removal.changes().data(), removal.size(), &conflict, &error);
    INFO(error.toStdString());
    REQUIRE(written == ServerStore::Written::Yes);

    const ShareRecord toLene = newShare(anna.project.info.revisionUuid, QStringLiteral("Lene i Silkeborg"));
    REQUIRE(anna.recordShare(toLene));
    const ShareRecord toBirgit = newShare(anna.project.info.revisionUuid, QStringLiteral("Styregruppen"), true);
    REQUIRE(anna.recordShare(toBirgit));

    const ProjectArchive archive = lene.archive();
    CHECK(archive.info.shares == QList<ShareRecord>{toLene, toBirgit});
    std::vector<StoredRow> live;
    bool removedIsThere = false;
    for (const ArchivedRow &row : archive.rows) {
        if (!row.removed)
            live.push_back(row.row);
        removedIsThere = removedIsThere || (row.removed && row.row.uuid == removed.uuid);
    }
    CHECK(removedIsThere);
    REQUIRE(live.size() > 10);
    const std::vector<StoredRow> base = lene.base(Base::Share, toLene.uuid);
    CHECK(sameRows(base, live));
    CHECK(std::none_of(base.begin(), base.end(), [&](const StoredRow &row) { return row.uuid == removed.uuid; }));
    CHECK(sameRows(lene.base(Base::Share, toBirgit.uuid), live));

    // The copy for Lene could not be written: its share goes, with its base; Birgit's stays.
    REQUIRE(anna.forgetShare(toLene.uuid));
    CHECK(lene.archive().info.shares == QList<ShareRecord>{toBirgit});
    CHECK(lene.base(Base::Share, toLene.uuid).empty());
    CHECK(sameRows(lene.base(Base::Share, toBirgit.uuid), live));
    // The next share comes after Birgit's.
    const ShareRecord again = newShare(anna.project.info.revisionUuid, QStringLiteral("Lene i Silkeborg"));
    REQUIRE(anna.recordShare(again));
    CHECK(lene.archive().info.shares == QList<ShareRecord>{toBirgit, again});
}

TEST_CASE("a steering group member cannot record or take back a server project's history", "[server]")
{
    const TeamServer team;
    Client anna(team, QStringLiteral("anna"));
    RevisionRecord annas = newRevision(QStringLiteral("Anna"));
    const ShareRecord share = newShare(anna.project.info.revisionUuid, QStringLiteral("Styregruppen"));
    REQUIRE(anna.writeRevision(annas));
    REQUIRE(anna.recordShare(share));
    const ProjectArchive before = anna.archive();

    Client birgit(team, QStringLiteral("birgit"));
    RevisionRecord birgits = newRevision(QStringLiteral("Birgit"));
    CHECK_FALSE(birgit.writeRevision(birgits));
    CHECK(birgit.lastError.contains(QStringLiteral("You may only read this project")));
    CHECK_FALSE(birgit.recordShare(newShare(annas.uuid, QStringLiteral("Birgit"))));
    CHECK(birgit.lastError.contains(QStringLiteral("You may only read this project")));
    CHECK_FALSE(birgit.forgetShare(share.uuid));
    CHECK(birgit.lastError.contains(QStringLiteral("You may only read this project")));
    CHECK_FALSE(birgit.dropRevision(annas));
    CHECK(birgit.lastError.contains(QStringLiteral("You may only read this project")));
    // Nor does her own SQL get further: the server itself refuses.
    team.server.as(QStringLiteral("birgit"), [&](QSqlDatabase &database) {
        QSqlQuery query(database);
        CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM share")));
        CHECK_FALSE(query.exec(QStringLiteral("DELETE FROM revision")));
    });

    const ProjectArchive after = anna.archive();
    CHECK(after.info == before.info);
    CHECK(sameRows(anna.base(Base::Share, share.uuid), before.shareBases.value(share.uuid)));
}

TEST_CASE("a consultant whose right to change the project is withdrawn while it is open records nothing",
          "[server]")
{
    const TeamServer team;
    Client lene(team, QStringLiteral("lene"));
    REQUIRE(lene.store.mayEdit());
    team.server.exec(QStringLiteral("UPDATE municipality_member SET may_edit = false WHERE member = 'lene'"));
    RevisionRecord lenes = newRevision(QStringLiteral("Lene"));
    CHECK_FALSE(lene.writeRevision(lenes));
    CHECK(lene.lastError.contains(QStringLiteral("You may only read this project")));
    CHECK_FALSE(lene.recordShare(newShare(lene.project.info.revisionUuid, QStringLiteral("Anna"))));
    CHECK(lene.lastError.contains(QStringLiteral("You may only read this project")));
    const ProjectInfo info = Client(team, QStringLiteral("anna")).archive().info;
    CHECK(info.history.size() == 1);
    CHECK(info.shares.isEmpty());
}
