// SPDX-License-Identifier: MPL-2.0
#include "serverload.h"

#include "benchserverproject.h"

#include "benchrunner.h"
#include "largeproject.h"
#include "server/serverprojects.h"
#include "server/serverstore.h"
#include "storage/projectreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

namespace Akademiplan::Bench {

namespace {

// The activities the clients edit: few enough that two of them now and then change the same
// one at the same moment, which is what the change counters are for.
constexpr qsizetype editedRows = 20;

// What the clients share: when each edit was sent, what was acknowledged, and what they measured.
struct Tally
{
    QMutex mutex;
    QElapsedTimer clock;
    QHash<QString, qint64> sent;                       // "uuid:counter" -> ns on the clock
    QHash<QUuid, std::pair<qint64, QString>> acknowledged; // the last acknowledged counter and title of a row
    std::vector<double> latenciesMs;
    int edits = 0;
    int conflicts = 0;
    QString failure;

    void fail(const QString &message)
    {
        const QMutexLocker lock(&mutex);
        if (failure.isEmpty())
            failure = message;
    }
};

QString editKey(const QUuid &uuid, qint64 counter)
{
    return uuid.toString(QUuid::WithoutBraces) + QLatin1Char(':') + QString::number(counter);
}

// One simulated consultant: a store on a thread of its own, with the edited activities in memory.
class LoadClient : public QObject
{
public:
    LoadClient(int number, const ServerAddress &address, const QUuid &project, const ServerLoad::Options &options,
               Tally &tally)
        : m_number(number), m_address(address), m_project(project), m_options(options), m_tally(tally)
    {
    }

    std::function<void()> finished; // called on the client's thread when it stops editing
    QHash<QUuid, Activity> rows;

    // Once every client has stopped: what the others wrote last, then the connection closes.
    void catchUpAndClose()
    {
        if (m_store)
            pull();
        m_store.reset();
    }

    void start()
    {
        m_store = std::make_unique<ServerStore>(m_identities);
        QString error;
        Project project;
        if (!m_store->open(m_address, m_project, &error) || !m_store->load(project, &error)) {
            m_tally.fail(error);
            finish();
            return;
        }
        for (qsizetype i = 0; i < std::min(editedRows, project.activities.size()); ++i)
            rows.insert(project.activities.at(i).uuid, project.activities.at(i));
        m_order = rows.keys();
        m_store->setNotified([this] { pull(); });
        m_running.start();
        QTimer::singleShot(m_options.pauseMs, this, [this] { edit(); });
    }

private:
    void edit()
    {
        if (m_running.elapsed() >= qint64(m_options.seconds) * 1000) {
            finish();
            return;
        }
        const QUuid uuid = m_order.at(QRandomGenerator::global()->bounded(int(m_order.size())));
        const Activity before = rows.value(uuid);
        Activity after = before;
        after.title = QStringLiteral("Workshop %1 by client %2, edit %3").arg(uuid.toString(QUuid::Id128).left(4)).arg(m_number).arg(++m_made);
        after.changeCounter = before.changeCounter + 1;
        after.modified = QDateTime::currentDateTimeUtc();
        ChangeSet change;
        change.update(before, after);
        const QString key = editKey(uuid, after.changeCounter);
        {
            const QMutexLocker lock(&m_tally.mutex);
            m_tally.sent.insert(key, m_tally.clock.nsecsElapsed());
        }
        ServerStore::Conflict conflict;
        QString error;
        switch (m_store->write(change.changes().data(), change.size(), &conflict, &error)) {
        case ServerStore::Written::Yes: {
            rows.insert(uuid, after);
            const QMutexLocker lock(&m_tally.mutex);
            ++m_tally.edits;
            auto &last = m_tally.acknowledged[uuid];
            if (after.changeCounter > last.first)
                last = {after.changeCounter, after.title};
            break;
        }
        case ServerStore::Written::Conflict: {
            {
                const QMutexLocker lock(&m_tally.mutex);
                ++m_tally.conflicts;
                m_tally.sent.remove(key);
            }
            pull(); // what won, so that the next edit is made against it
            break;
        }
        case ServerStore::Written::Failed:
            m_tally.fail(error);
            finish();
            return;
        }
        QTimer::singleShot(m_options.pauseMs, this, [this] { edit(); });
    }

    void pull()
    {
        std::vector<ArchivedRow> changed;
        QString error;
        if (!m_store->changesSince(changed, &error)) {
            m_tally.fail(error);
            return;
        }
        const qint64 now = m_tally.clock.nsecsElapsed();
        for (const ArchivedRow &row : changed) {
            const auto it = rows.find(row.row.uuid);
            if (it == rows.end() || row.row.changeCounter <= it->changeCounter)
                continue;
            AnyEntity loaded;
            QList<QUuid> references;
            if (!ProjectArchive::entityOf(row, loaded, references)
                || !ProjectArchive::resolve(loaded, references, [this](EntityType type, const QUuid &uuid) {
                       return m_identities->idOf(type, uuid);
                   })) {
                m_tally.fail(QStringLiteral("a changed activity could not be read"));
                return;
            }
            Activity activity = std::get<Activity>(loaded);
            activity.id = it->id;
            *it = activity;
            const QMutexLocker lock(&m_tally.mutex);
            const auto sent = m_tally.sent.constFind(editKey(row.row.uuid, row.row.changeCounter));
            if (sent != m_tally.sent.cend())
                m_tally.latenciesMs.push_back(double(now - *sent) / 1e6);
        }
    }

    void finish()
    {
        if (finished)
            finished();
    }

    int m_number;
    ServerAddress m_address;
    QUuid m_project;
    ServerLoad::Options m_options;
    Tally &m_tally;
    std::shared_ptr<RowIdentities> m_identities = std::make_shared<RowIdentities>();
    std::unique_ptr<ServerStore> m_store;
    QList<QUuid> m_order;
    QElapsedTimer m_running;
    int m_made = 0;
};

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(fraction * double(values.size())))];
}

// The same work with nothing of the program around it: a transaction of the project's counter,
// one row's UPDATE and a NOTIFY, one after the other from one connection.
double rawEditsPerSecond(QSqlDatabase &database, const QUuid &project, const QUuid &row, int seconds)
{
    QSqlQuery counter(database);
    counter.prepare(QStringLiteral("UPDATE project SET change_counter = change_counter + 1 WHERE uuid = ? "
                                   "RETURNING change_counter"));
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE entity_row SET fields = fields || ?::jsonb, change_counter = change_counter + 1, "
                                  "project_change = ? WHERE project_uuid = ? AND uuid = ?"));
    QSqlQuery notify(database);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    const QString uuid = project.toString(QUuid::WithoutBraces);
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    while (clock.elapsed() < qint64(seconds) * 1000) {
        if (!database.transaction())
            return 0;
        counter.addBindValue(uuid);
        if (!counter.exec() || !counter.next()) {
            database.rollback();
            return 0;
        }
        update.addBindValue(QStringLiteral("{\"title\": \"Raw %1\"}").arg(done));
        update.addBindValue(counter.value(0));
        update.addBindValue(uuid);
        update.addBindValue(row.toString(QUuid::WithoutBraces));
        notify.addBindValue(QStringLiteral("akademiplan_raw"));
        notify.addBindValue(QString::number(done));
        if (!update.exec() || !notify.exec() || !database.commit()) {
            database.rollback();
            return 0;
        }
        ++done;
    }
    return done / (double(clock.nsecsElapsed()) / 1e9);
}

} // namespace

bool ServerLoad::run(const Options &options, QJsonObject *report, QString *error)
{
    const std::optional<ServerAddress> address = ServerAddress::parse(options.uri, error);
    if (!address)
        return false;
    // A small project of its own.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("load.akademi"));
    if (!BenchRunner::generate(*Test::LargeProjectSize::named(QStringLiteral("S")), path, error))
        return false;
    BenchServerProject project(QStringLiteral("akademiplan-bench-load"));
    if (!project.prepare(*address, path, error) || !project.publish(error))
        return false;

    Tally tally;
    tally.clock.start();
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<std::unique_ptr<LoadClient>> clients;
    std::atomic<int> running = options.clients;
    QEventLoop waiting;
    for (int i = 0; i < options.clients; ++i) {
        auto client = std::make_unique<LoadClient>(i + 1, *address, project.uuid(), options, tally);
        auto thread = std::make_unique<QThread>();
        client->moveToThread(thread.get());
        client->finished = [&running, &waiting] {
            if (--running == 0)
                QMetaObject::invokeMethod(&waiting, [&waiting] { waiting.quit(); }, Qt::QueuedConnection);
        };
        thread->start();
        QMetaObject::invokeMethod(client.get(), [c = client.get()] { c->start(); }, Qt::QueuedConnection);
        clients.push_back(std::move(client));
        threads.push_back(std::move(thread));
    }
    waiting.exec();
    const double seconds = double(tally.clock.nsecsElapsed()) / 1e9;
    for (const auto &client : clients)
        QMetaObject::invokeMethod(client.get(), [c = client.get()] { c->catchUpAndClose(); },
                                  Qt::BlockingQueuedConnection);
    for (const auto &thread : threads) {
        thread->quit();
        thread->wait();
    }
    if (!tally.failure.isEmpty()) {
        *error = tally.failure;
        return false;
    }

    // Lost: an acknowledged edit that is not what the server holds now, unless a later one of
    // the same row replaced it; stale: a client that ended without the server's last version.
    auto identities = std::make_shared<RowIdentities>();
    ServerStore check(identities);
    Project onServer;
    if (!check.open(*address, project.uuid(), error) || !check.load(onServer, error))
        return false;
    int lost = 0;
    int stale = 0;
    for (auto it = tally.acknowledged.cbegin(); it != tally.acknowledged.cend(); ++it) {
        const auto row = std::find_if(onServer.activities.begin(), onServer.activities.end(),
                                      [&](const Activity &activity) { return activity.uuid == it.key(); });
        if (row == onServer.activities.end() || row->changeCounter != it->first || row->title != it->second)
            ++lost;
        else
            for (const auto &client : clients)
                if (client->rows.value(it.key()).changeCounter != row->changeCounter)
                    ++stale;
    }
    check.close();

    const double raw = rawEditsPerSecond(project.database(), project.uuid(), onServer.activities.at(0).uuid,
                                         std::min(options.seconds, 5));
    const double editsPerSecond = tally.edits / seconds;
    *report = QJsonObject{{QStringLiteral("clients"), options.clients},
                          {QStringLiteral("seconds"), seconds},
                          {QStringLiteral("pauseMs"), options.pauseMs},
                          {QStringLiteral("edits"), tally.edits},
                          {QStringLiteral("editsPerSecond"), editsPerSecond},
                          {QStringLiteral("rawEditsPerSecond"), raw},
                          {QStringLiteral("ratioToRaw"), raw > 0 ? editsPerSecond / raw : 0.0},
                          {QStringLiteral("latencyMedianMs"), percentile(tally.latenciesMs, 0.5)},
                          {QStringLiteral("latencyP99Ms"), percentile(tally.latenciesMs, 0.99)},
                          {QStringLiteral("latencySamples"), qint64(tally.latenciesMs.size())},
                          {QStringLiteral("conflicts"), tally.conflicts},
                          {QStringLiteral("lost"), lost},
                          {QStringLiteral("staleClients"), stale}};
    return true;
}

QString ServerLoad::table(const QJsonObject &report)
{
    auto number = [&report](const char *key, int decimals = 0) {
        return QString::number(report.value(QLatin1String(key)).toDouble(), 'f', decimals);
    };
    return QStringLiteral("Team server load: %1 clients for %2 s, a pause of %3 ms between one client's edits\n"
                          "  edits                 %4 (%5 a second; raw limit %6 a second, ratio %7)\n"
                          "  reaching the others   median %8 ms, 99th percentile %9 ms (%10 arrivals)\n"
                          "  conflicts detected    %11\n"
                          "  edits lost            %12\n"
                          "  clients left behind   %13\n")
        .arg(number("clients"), number("seconds", 1), number("pauseMs"), number("edits"), number("editsPerSecond", 1),
             number("rawEditsPerSecond", 1), number("ratioToRaw", 2), number("latencyMedianMs", 1))
        .arg(number("latencyP99Ms", 1), number("latencySamples"), number("conflicts"), number("lost"),
             number("staleClients"));
}

} // namespace Akademiplan::Bench
