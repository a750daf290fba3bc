// SPDX-License-Identifier: MPL-2.0
#include "serverlink.h"

#include "domain/domainlabels.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaObject>
#include <QTimer>

namespace Akademiplan {

namespace {

QString lostMessage()
{
    return QCoreApplication::translate("Akademiplan::ServerLink", "The connection to the team server is lost.");
}

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

ServerLink::ServerLink(Events events, std::function<qint64(EntityType)> newId)
    : m_events(std::move(events))
    , m_newId(std::move(newId))
    , m_worker(QStringLiteral("Akademiplan server"),
               [receiver = m_events.receiver, writeFailed = m_events.writeFailed](const QString &) {
                   QMetaObject::invokeMethod(receiver, writeFailed, Qt::QueuedConnection);
               })
{
    m_worker.runAndWait([this] { m_store = std::make_unique<ServerStore>(m_identities); });
}

ServerLink::~ServerLink()
{
    // The connection's check runs on the thread until it quits: it must find no store, not a
    // store half gone.
    m_worker.runAndWait([this] {
        for (QTimer *timer : m_worker.context()->findChildren<QTimer *>())
            timer->stop();
        m_store.reset();
    });
}

bool ServerLink::open(const ServerAddress &address, const QUuid &project, Project &loaded, QString *error)
{
    bool opened = false;
    m_worker.runAndWait([&] {
        opened = m_store->open(address, project, error) && m_store->load(loaded, error);
        if (!opened)
            return;
        m_mayEdit = m_store->mayEdit();
        m_user = m_store->user();
        m_store->setNotified([this] { fetchArrivals(); });
    });
    return opened;
}

bool ServerLink::whileConnected(const std::function<bool(ServerStore &)> &work, QString *error)
{
    bool done = false;
    m_worker.runAndWait([&] { done = m_connected && work(*m_store); });
    if (!done && error->isEmpty())
        *error = lostMessage();
    return done;
}

bool ServerLink::reload(Project &project, QString *error)
{
    // The project is read with ids of its own; the document takes it as a whole.
    return whileConnected(
        [&](ServerStore &store) {
            m_identities->clear();
            return store.load(project, error);
        },
        error);
}

bool ServerLink::loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error)
{
    return whileConnected([&](ServerStore &store) { return store.loadTombstones(type, tombstones, error); }, error);
}

bool ServerLink::loadBase(HistoryTables::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error)
{
    return whileConnected([&](ServerStore &store) { return store.loadBase(kind, uuid, rows, error); }, error);
}

bool ServerLink::writeRevision(const ProjectInfo &, RevisionRecord &revision, const RevisionNote &note,
                               QString *error)
{
    // The server numbers it after the revisions other people recorded meanwhile.
    return whileConnected([&](ServerStore &store) { return store.writeRevision(revision, note, error); }, error);
}

bool ServerLink::dropRevision(const ProjectInfo &, const RevisionRecord &revision, QString *error)
{
    return whileConnected([&](ServerStore &store) { return store.dropRevision(revision, error); }, error);
}

bool ServerLink::recordShare(const ShareRecord &share, QString *error)
{
    return whileConnected([&](ServerStore &store) { return store.recordShare(share, error); }, error);
}

bool ServerLink::forgetShare(const QUuid &share, QString *error)
{
    return whileConnected([&](ServerStore &store) { return store.forgetShare(share, error); }, error);
}

bool ServerLink::copyTo(const QString &path, QString *error)
{
    return copySharedTo(path, QUuid(), error);
}

bool ServerLink::copySharedTo(const QString &path, const QUuid &share, QString *error)
{
    // The project with its history as the server holds it, written as a file is restored. Others
    // may have written between the share and this read: their rows go back to the share's.
    ProjectArchive archive;
    if (!whileConnected([&](ServerStore &store) { return store.archive(archive, error); }, error))
        return false;
    if (!share.isNull() && !archive.rollBackToShare(share)) {
        *error = QCoreApplication::translate("Akademiplan::ServerLink",
                                             "The share is no longer on the team server.");
        return false;
    }
    ProjectStore file;
    return file.restore(path, archive, error);
}

void ServerLink::watchConnection(int interval)
{
    m_worker.runAndWait([this, interval] {
        auto *timer = new QTimer(m_worker.context());
        QObject::connect(timer, &QTimer::timeout, m_worker.context(), [this] { checkConnection(); });
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
    m_identities->clear();
    if (!m_store->load(*project, &error))
        return;
    m_connected = true;
    // Writes queued while the connection was lost were refused; the document reads anew.
    m_worker.clearFailure();
    if (m_events.availableAgain)
        QMetaObject::invokeMethod(
            m_events.receiver, [again = m_events.availableAgain, project] { again(project); }, Qt::QueuedConnection);
}

void ServerLink::connectionLost()
{
    if (!m_connected)
        return;
    m_connected = false;
    if (m_events.unavailable)
        QMetaObject::invokeMethod(m_events.receiver, m_events.unavailable, Qt::QueuedConnection);
}

void ServerLink::fetchArrivals()
{
    if (!m_store)
        return;
    std::vector<ArchivedRow> rows;
    QString error;
    if (!m_store->changesSince(rows, &error)) {
        if (!m_store->ping())
            connectionLost();
        return;
    }
    if (rows.empty() || !m_events.othersChanged)
        return;
    // Resolved on the document's thread, where its ids are handed out; dropped if it has gone.
    QMetaObject::invokeMethod(
        m_events.receiver,
        [this, rows = std::move(rows)] { m_events.othersChanged(resolve(rows)); }, Qt::QueuedConnection);
}

std::vector<OthersChange> ServerLink::resolve(const std::vector<ArchivedRow> &rows)
{
    // New rows get their ids first, so that the rows of one transaction can refer to each other.
    std::vector<qint64> ids;
    ids.reserve(rows.size());
    for (const ArchivedRow &row : rows) {
        qint64 id = m_identities->idOf(row.row.type, row.row.uuid);
        if (id < 0 && !row.removed) {
            id = m_newId(row.row.type);
            m_identities->add(row.row.type, id, row.row.uuid);
        }
        ids.push_back(id);
    }
    const ProjectArchive::IdOfRow idOf = [this](EntityType type, const QUuid &uuid) {
        return m_identities->idOf(type, uuid);
    };
    std::vector<OthersChange> changes;
    changes.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ArchivedRow &row = rows[i];
        if (ids[i] < 0)
            continue; // removed before this window ever had it
        OthersChange change{row.row.type, ids[i], row.row.uuid, std::nullopt, row.row.changeCounter,
                            row.modified, row.modifiedBy};
        if (!row.removed) {
            AnyEntity loaded;
            QList<QUuid> references;
            if (!ProjectArchive::entityOf(row, loaded, references) || !ProjectArchive::resolve(loaded, references, idOf))
                continue; // a row this version cannot read, or one that refers to a row not here
            std::visit([&](auto &entity) { entity.id = ids[i]; }, loaded);
            change.row = std::move(loaded);
        }
        changes.push_back(std::move(change));
    }
    return changes;
}

void ServerLink::write(const ChangeSet &changes)
{
    // The store's thread writes references as UUIDs; a row made here is known before it is written.
    for (const Change &change : changes.changes())
        if (change.after)
            std::visit([this](const auto &row) { m_identities->add(entityTypeOf<std::decay_t<decltype(row)>>(), row.id, row.uuid); },
                       *change.after);
    const Change *rows = changes.changes().data();
    const std::size_t count = changes.size();
    m_worker.queue([this, rows, count]() -> QString {
        ServerStore::Conflict conflict;
        QString error;
        const ServerStore::Written written = m_store->write(rows, count, &conflict, &error);
        if (written == ServerStore::Written::Yes)
            return {};
        if (written == ServerStore::Written::Conflict)
            return conflictMessage(conflict);
        if (!m_store->ping()) {
            connectionLost();
            return QCoreApplication::translate("Akademiplan::ServerLink",
                                               "Your change was not saved: the connection to the team server was "
                                               "lost.");
        }
        return error;
    });
}

QString ServerLink::finish()
{
    return m_worker.finish();
}

} // namespace Akademiplan
