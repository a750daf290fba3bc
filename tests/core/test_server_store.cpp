// SPDX-License-Identifier: MPL-2.0
// Two people on one project on a real team server, each through a store of their own: an edit
// is one transaction, the other hears of it and reads just the rows it wrote, and a change made
// against a row someone else has changed since is refused and says whose change won, never
// overwriting it. A steering group member cannot write; a dropped connection loses no
// acknowledged edit.
#include "catch.h"
#include "server/serverstore.h"
#include "teamserver.h"
#include "testfiles.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// One person's window, as far as the store sees it: the project in memory and their store.
struct Client
{
    std::shared_ptr<RowIdentities> identities = std::make_shared<RowIdentities>();
    ServerStore store{identities};
    Project project;
    bool notified = false;

    Client(const TeamServer &team, const QString &user)
    {
        QString error;
        const bool opened = store.open(team.address(user), team.project, &error) && store.load(project, &error);
        INFO(error.toStdString());
        REQUIRE(opened);
        store.setNotified([this] { notified = true; });
    }

    // Waits, as a window's event loop does, until the server tells of someone else's change.
    bool waitForNotice(int milliseconds = 5000)
    {
        const QDeadlineTimer deadline(milliseconds);
        while (!notified && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(2);
        }
        const bool heard = notified;
        notified = false;
        return heard;
    }

    std::vector<ArchivedRow> changes()
    {
        std::vector<ArchivedRow> rows;
        QString error;
        const bool read = store.changesSince(rows, &error);
        INFO(error.toStdString());
        REQUIRE(read);
        return rows;
    }

    ServerStore::Written write(const ChangeSet &changes, ServerStore::Conflict *conflict = nullptr)
    {
        QString error;
        ServerStore::Conflict ignored;
        const ServerStore::Written written =
            store.write(changes.changes().data(), changes.size(), conflict ? conflict : &ignored, &error);
        if (written == ServerStore::Written::Failed)
            lastError = error;
        return written;
    }

    QString lastError;
};

// A change as the document stamps it: the counter one up, the time now.
template <typename T>
T changed(T row)
{
    row.changeCounter += 1;
    row.modified = QDateTime::currentDateTimeUtc();
    return row;
}

QJsonObject fieldsOf(const ArchivedRow &row)
{
    return QJsonDocument::fromJson(row.row.fields.toUtf8()).object();
}

} // namespace

TEST_CASE("two consultants on one server project hear of each other's edits and a stale edit is refused",
          "[server]")
{
    const TeamServer team;
    Client anna(team, QStringLiteral("anna"));
    Client lene(team, QStringLiteral("lene"));
    CHECK(anna.store.mayEdit());
    REQUIRE(anna.project.activities.size() == lene.project.activities.size());
    const Activity annasView = anna.project.activities.at(0);
    const Activity lenesView = lene.project.activities.at(0);
    REQUIRE(annasView.uuid == lenesView.uuid);

    // Anna renames the activity; Lene hears of it and reads that one row.
    Activity renamed = changed(annasView);
    renamed.title = QStringLiteral("Kick-off i Medborgerhuset");
    ChangeSet rename;
    rename.update(annasView, renamed);
    QElapsedTimer clock;
    clock.start();
    REQUIRE(anna.write(rename) == ServerStore::Written::Yes);
    REQUIRE(lene.waitForNotice());
    const std::vector<ArchivedRow> arrived = lene.changes();
    INFO("the change reached the other client after " << clock.elapsed() << " ms");
    CHECK(clock.elapsed() < 1000);
    REQUIRE(arrived.size() == 1);
    CHECK(arrived.at(0).row.uuid == renamed.uuid);
    CHECK(arrived.at(0).row.changeCounter == renamed.changeCounter);
    CHECK_FALSE(arrived.at(0).removed);
    CHECK(fieldsOf(arrived.at(0)).value(QLatin1String("title")).toString() == renamed.title);
    // Her own write is not news to Anna.
    CHECK_FALSE(anna.waitForNotice(200));
    CHECK(anna.changes().empty());

    // Lene had not seen it when she changed the same activity: hers is refused, Anna's stays.
    Activity lenes = changed(lenesView);
    lenes.title = QStringLiteral("Opstart");
    ChangeSet stale;
    stale.update(lenesView, lenes);
    ServerStore::Conflict conflict;
    CHECK(lene.write(stale, &conflict) == ServerStore::Written::Conflict);
    CHECK(conflict.uuid == renamed.uuid);
    CHECK(conflict.type == EntityType::Activity);
    CHECK(conflict.changedBy == QStringLiteral("anna"));
    CHECK(qAbs(conflict.changed.secsTo(renamed.modified)) <= 1);
    CHECK_FALSE(conflict.removed);
    CHECK_FALSE(anna.waitForNotice(200)); // nothing was written
    CHECK(anna.changes().empty());

    // Against the row as it is now, her change goes through, and Anna hears of it.
    Activity current = lenesView;
    current.title = renamed.title;
    current.changeCounter = arrived.at(0).row.changeCounter;
    Activity retried = changed(current);
    retried.title = QStringLiteral("Opstart");
    ChangeSet retry;
    retry.update(current, retried);
    REQUIRE(lene.write(retry) == ServerStore::Written::Yes);
    REQUIRE(anna.waitForNotice());
    const std::vector<ArchivedRow> back = anna.changes();
    REQUIRE(back.size() == 1);
    CHECK(fieldsOf(back.at(0)).value(QLatin1String("title")).toString() == QStringLiteral("Opstart"));

    // A removal arrives as the row's tombstone, and its undo brings the row back.
    const Session session = anna.project.sessions.at(0);
    Session removed = changed(session);
    ChangeSet removal;
    removal.remove(removed);
    REQUIRE(anna.write(removal) == ServerStore::Written::Yes);
    REQUIRE(lene.waitForNotice());
    std::vector<ArchivedRow> gone = lene.changes();
    REQUIRE(gone.size() == 1);
    CHECK(gone.at(0).removed);
    CHECK(gone.at(0).row.uuid == session.uuid);
    CHECK(fieldsOf(gone.at(0)).value(QLatin1String("date")).toString() == session.date.toString(Qt::ISODate));
    Session restored = changed(removed);
    ChangeSet undo;
    undo.insert(restored);
    REQUIRE(anna.write(undo) == ServerStore::Written::Yes);
    REQUIRE(lene.waitForNotice());
    const std::vector<ArchivedRow> back2 = lene.changes();
    REQUIRE(back2.size() == 1);
    CHECK_FALSE(back2.at(0).removed);
    CHECK(back2.at(0).row.changeCounter == restored.changeCounter);
    // A new row of Lene's refers to Anna's activity by its UUID, whatever their ids.
    Session added;
    added.id = lene.project.sessions.allocateId();
    added.uuid = QUuid::createUuid();
    added.activityId = lenesView.id;
    added.date = QDate(2027, 9, 14);
    added.startTime = QTime(9, 0);
    added.endTime = QTime(12, 0);
    added.changeCounter = 1;
    added.modified = QDateTime::currentDateTimeUtc();
    ChangeSet addition;
    addition.insert(added);
    REQUIRE(lene.write(addition) == ServerStore::Written::Yes);
    REQUIRE(anna.waitForNotice());
    const std::vector<ArchivedRow> newRow = anna.changes();
    REQUIRE(newRow.size() == 1);
    AnyEntity loaded;
    QList<QUuid> references;
    REQUIRE(ProjectArchive::entityOf(newRow.at(0), loaded, references));
    CHECK(references == QList<QUuid>{annasView.uuid});
    CHECK(std::get<Session>(loaded).date == added.date);
}

TEST_CASE("a steering group member reads a server project and cannot change it", "[server]")
{
    const TeamServer team;
    Client birgit(team, QStringLiteral("birgit"));
    CHECK_FALSE(birgit.store.mayEdit());
    CHECK(birgit.project.activities.size() > 0);
    const Activity activity = birgit.project.activities.at(0);
    Activity renamed = changed(activity);
    renamed.title = QStringLiteral("Styregruppens titel");
    ChangeSet rename;
    rename.update(activity, renamed);
    CHECK(birgit.write(rename) == ServerStore::Written::Failed);
    CHECK(birgit.lastError.contains(QStringLiteral("You may only read this project")));
    Client anna(team, QStringLiteral("anna"));
    CHECK(activityTitled(anna.project, activity.title).changeCounter == activity.changeCounter);
}

TEST_CASE("an edit over a dropped connection fails and leaves the server as it was", "[server]")
{
    const TeamServer team;
    Client anna(team, QStringLiteral("anna"));
    const Activity activity = anna.project.activities.at(0);
    team.server.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'anna'"));
    Activity renamed = changed(activity);
    renamed.title = QStringLiteral("Aldrig gemt");
    ChangeSet rename;
    rename.update(activity, renamed);
    CHECK(anna.write(rename) == ServerStore::Written::Failed);
    CHECK_FALSE(anna.lastError.isEmpty());
    // Reconnected, the project is as it was, and the edit can be made again.
    Client again(team, QStringLiteral("anna"));
    CHECK(activityTitled(again.project, activity.title).changeCounter == activity.changeCounter);
    REQUIRE(again.write(rename) == ServerStore::Written::Yes);
    Client lene(team, QStringLiteral("lene"));
    CHECK(activityTitled(lene.project, QStringLiteral("Aldrig gemt")).uuid == activity.uuid);
}
