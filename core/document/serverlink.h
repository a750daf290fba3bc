// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "server/rowidentities.h"
#include "server/serveraddress.h"
#include "server/serverstore.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace Akademiplan {

// A document's team server store on a thread of its own, as StoreThread is a file's: the
// window goes on as soon as memory has changed, and the writes follow in order. It also listens:
// when another user's transaction on the project commits, it reads the rows they wrote and hands
// them to the document on the document's thread.
class ServerLink
{
public:
    // `arrived` is called on `context`'s thread with rows other people (or this user, before
    // they were seen) wrote; `failed` on the link's thread when a queued write failed or lost to
    // another user's change.
    ServerLink(std::shared_ptr<RowIdentities> identities, QObject *context,
               std::function<void(std::vector<ArchivedRow> rows)> arrived,
               std::function<void(const QString &message)> failed);

    // While the connection is lost, and when it is back: `lost` and `reconnected` are called on
    // `context`'s thread, the latter with the project as the server has it then. The link asks
    // the server every `interval` milliseconds whether it still answers, and meanwhile tries to
    // connect again at that pace.
    void watchConnection(std::function<void()> lost, std::function<void(std::shared_ptr<Project>)> reconnected,
                         int interval = 3000);
    ~ServerLink();
    ServerLink(const ServerLink &) = delete;
    ServerLink &operator=(const ServerLink &) = delete;

    // Connects and reads the project, waiting for both.
    bool open(const ServerAddress &address, const QUuid &project, Project &loaded, QString *error);
    // The project as the server has it now.
    bool reload(Project &loaded, QString *error);
    bool loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error);
    bool archive(ProjectArchive &archive, QString *error);
    bool mayEdit() const { return m_mayEdit; }
    QString user() const { return m_user; }

    // As StoreThread::write: the rows must stay where they are until finish() has run.
    void write(const ChangeSet &changes);
    // Waits for the queued writes; the message of one that failed or lost to someone else's
    // change since the last call, or an empty string.
    QString finish();

private:
    void runAndWait(const std::function<void()> &work);
    void fetchArrivals();
    void checkConnection(); // on m_thread
    void connectionLost();  // on m_thread

    std::shared_ptr<RowIdentities> m_identities;
    QObject *m_receiver;
    std::function<void(std::vector<ArchivedRow>)> m_arrived;
    std::function<void(const QString &)> m_failed;
    std::unique_ptr<ServerStore> m_store; // lives on m_thread
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    std::function<void()> m_lost;
    std::function<void(std::shared_ptr<Project>)> m_reconnected;
    bool m_connected = true; // on m_thread
    bool m_mayEdit = false;
    QString m_user;
    QMutex m_mutex;
    QString m_failure; // guarded by m_mutex
};

} // namespace Akademiplan
