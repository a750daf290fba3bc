// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "documentstore.h"
#include "server/rowidentities.h"
#include "server/serveraddress.h"
#include "server/serverstore.h"
#include "storeworker.h"

#include <functional>
#include <memory>
#include <vector>

namespace Akademiplan {

// A document's project on a team server, as its store: a ServerStore on a thread of its own
// (StoreWorker). Every change is kept for good as it is written. It also listens: when another
// user's transaction on the project commits, it reads the rows they wrote and hands them to the
// document, under the document's own ids. Row ids never travel to the server; which id stands
// for which UUID there is this link's business alone.
class ServerLink : public DocumentStore
{
public:
    // `newId` gives a row another user made an id in the document, on the document's thread.
    ServerLink(Events events, std::function<qint64(EntityType type)> newId);
    ~ServerLink() override;

    // Connects and reads the project, waiting for both.
    bool open(const ServerAddress &address, const QUuid &project, Project &loaded, QString *error);
    // Asks the server every `interval` milliseconds whether it still answers, and while it does
    // not tries to connect again at that pace (the `unavailable` and `availableAgain` events).
    void watchConnection(int interval = 3000);
    bool mayEdit() const { return m_mayEdit; }
    QString user() const { return m_user; }

    bool keepsEveryChange() const override { return true; }
    void write(const ChangeSet &changes) override;
    QString finish() override;
    bool reload(Project &project, QString *error) override;
    bool loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error) override;
    bool loadBase(HistoryTables::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error) override;
    bool writeRevision(const ProjectInfo &current, RevisionRecord &revision, const RevisionNote &note,
                       QString *error) override;
    bool dropRevision(const ProjectInfo &current, const RevisionRecord &revision, QString *error) override;
    bool recordShare(const ShareRecord &share, QString *error) override;
    bool forgetShare(const QUuid &share, QString *error) override;
    bool copyTo(const QString &path, QString *error) override;
    bool copySharedTo(const QString &path, const QUuid &share, QString *error) override;

private:
    // Runs `work` with the store on its thread while it is connected; false with a message that
    // says the connection is lost when it is not.
    bool whileConnected(const std::function<bool(ServerStore &)> &work, QString *error);
    void fetchArrivals();   // on the worker's thread
    void checkConnection(); // on the worker's thread
    void connectionLost();  // on the worker's thread
    // Other people's rows under the document's ids, on the document's thread.
    std::vector<OthersChange> resolve(const std::vector<ArchivedRow> &rows);

    Events m_events;
    std::function<qint64(EntityType)> m_newId;
    std::shared_ptr<RowIdentities> m_identities = std::make_shared<RowIdentities>();
    StoreWorker m_worker;
    std::unique_ptr<ServerStore> m_store; // lives on the worker's thread
    bool m_connected = true;              // on the worker's thread
    bool m_mayEdit = false;
    QString m_user;
};

} // namespace Akademiplan
