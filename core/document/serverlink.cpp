// SPDX-License-Identifier: MPL-2.0
#include "serverlink.h"

#include "domain/domainlabels.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaObject>
#include <QMutexLocker>
#include <QTimer>

namespace Akademiplan {

namespace {

// What the user is told when their change lost: whose change won, and when.
QString conflictMessage(const ServerStore::Conflict &conflict)
{
    const QString what = DomainLabels::label(conflict.type).toLower();
    const QString when = QLocale().toString(conflict.changed.toLocalTime().time(), QLocale::ShortFormat);
    if (conflict.removed)
        return QCoreApplication::translate("Akademiplan::ServerLink",
                                           "%1 removed this %2 at %3, before your change reached the server. Your "
                                           "change was not saved.")
            .arg(conflict.changedBy, what, when);
    return QCoreApplication::translate("Akademiplan::ServerLink",
                                       "%1 changed this %2 at %3, before your change reached the server. Theirs is "
                                       "kept and shown; yours was not saved. Make it again if it still applies.")
        .arg(conflict.changedBy, what, when);
}

} // namespace

ServerLink::ServerLink(std::shared_ptr<RowIdentities> identities, QObject *receiver,
                       std::function<void(std::vector<ArchivedRow>)> arrived,
                       std::function<void(const QString &)> failed)
    : m_identities(std::move(identities))
    , m_receiver(receiver)
    , m_arrived(std::move(arrived))
    , m_failed(std::move(failed))
{
    m_thread.setObjectName(QStringLiteral("Akademiplan server"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    runAndWait([this] { m_store = std::make_unique<ServerStore>(m_identities); });
}

ServerLink::~ServerLink()
{
    // The connection's check runs on the thread until it quits: it must find no store, not a
    // store half gone.
    runAndWait([this] {
        for (QTimer *timer : m_context->findChildren<QTimer *>())
            timer->stop();
        m_store.reset();
    });
    m_thread.quit();
    m_thread.wait();
}

void ServerLink::runAndWait(const std::function<void()> &work)
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

bool ServerLink::open(const ServerAddress &address, const QUuid &project, Project &loaded, QString *error)
{
    bool opened = false;
    runAndWait([&] {
        opened = m_store->open(address, project, error) && m_store->load(loaded, error);
        if (!opened)
            return;
        m_mayEdit = m_store->mayEdit();
        m_user = m_store->user();
        m_store->setNotified([this] { fetchArrivals(); });
    });
    return opened;
}

bool ServerLink::reload(Project &loaded, QString *error)
{
    bool read = false;
    runAndWait([&] { read = m_connected && m_store->load(loaded, error); });
    if (!read && error->isEmpty())
        *error = QCoreApplication::translate("Akademiplan::ServerLink", "The connection to the team server is lost.");
    return read;
}

bool ServerLink::loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error)
{
    bool read = false;
    runAndWait([&] { read = m_store->loadTombstones(type, tombstones, error); });
    return read;
}

bool ServerLink::archive(ProjectArchive &archive, QString *error)
{
    bool read = false;
    runAndWait([&] { read = m_connected && m_store->archive(archive, error); });
    if (!read && error->isEmpty())
        *error = QCoreApplication::translate("Akademiplan::ServerLink", "The connection to the team server is lost.");
    return read;
}

void ServerLink::watchConnection(std::function<void()> lost, std::function<void(std::shared_ptr<Project>)> reconnected,
                                 int interval)
{
    runAndWait([this, lost = std::move(lost), reconnected = std::move(reconnected), interval] {
        m_lost = lost;
        m_reconnected = reconnected;
        auto *timer = new QTimer(m_context);
        QObject::connect(timer, &QTimer::timeout, m_context, [this] { checkConnection(); });
        timer->start(interval);
    });
}

void ServerLink::checkConnection()
{
    if (!m_store)
        return;
    if (m_connected) {
        if (!m_store->ping())
            connectionLost();
        return;
    }
    QString error;
    auto project = std::make_shared<Project>();
    if (!m_store->reopen(&error))
        return;
    // The project is read with ids of its own; the document takes it as a whole.
    m_identities->clear();
    if (!m_store->load(*project, &error))
        return;
    m_connected = true;
    {
        // Writes queued while the connection was lost were refused; the document reads anew.
        const QMutexLocker locker(&m_mutex);
        m_failure.clear();
    }
    if (m_reconnected)
        QMetaObject::invokeMethod(
            m_receiver, [reconnected = m_reconnected, project] { reconnected(project); }, Qt::QueuedConnection);
}

void ServerLink::connectionLost()
{
    if (!m_connected)
        return;
    m_connected = false;
    if (m_lost)
        QMetaObject::invokeMethod(m_receiver, m_lost, Qt::QueuedConnection);
}

void ServerLink::fetchArrivals()
{
    if (!m_store)
        return;
    std::vector<ArchivedRow> rows;
    QString error;
    if (!m_store->changesSince(rows, &error)) {
        m_failed(error);
        return;
    }
    if (rows.empty())
        return;
    // Dropped if the receiver has gone meanwhile.
    QMetaObject::invokeMethod(
        m_receiver, [arrived = m_arrived, rows = std::move(rows)]() mutable { arrived(std::move(rows)); },
        Qt::QueuedConnection);
}

void ServerLink::write(const ChangeSet &changes)
{
    const Change *rows = changes.changes().data();
    const std::size_t count = changes.size();
    QMetaObject::invokeMethod(
        m_context,
        [this, rows, count] {
            {
                const QMutexLocker locker(&m_mutex);
                if (!m_failure.isEmpty())
                    return;
            }
            ServerStore::Conflict conflict;
            QString error;
            const ServerStore::Written written = m_store->write(rows, count, &conflict, &error);
            if (written == ServerStore::Written::Yes)
                return;
            if (written == ServerStore::Written::Conflict) {
                error = conflictMessage(conflict);
            } else if (!m_store->ping()) {
                error = QCoreApplication::translate("Akademiplan::ServerLink",
                                                    "Your change was not saved: the connection to the team server "
                                                    "was lost.");
                connectionLost();
            }
            {
                const QMutexLocker locker(&m_mutex);
                m_failure = error;
            }
            m_failed(error);
        },
        Qt::QueuedConnection);
}

QString ServerLink::finish()
{
    runAndWait([] {});
    const QMutexLocker locker(&m_mutex);
    return std::exchange(m_failure, QString());
}

} // namespace Akademiplan
