// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "domain/revisionrecord.h"
#include "domain/sharerecord.h"
#include "rowidentities.h"
#include "serveraddress.h"
#include "storage/historytables.h"
#include "storage/projectarchive.h"
#include "storage/revisionnote.h"
#include "storage/tombstone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace Akademiplan {

// One project on a team server, as an open document uses it: the second store beside the
// project file's, driven by the same entity descriptions. Each change set is written in one
// transaction, row by row against the change counter the writer last saw, so that a change
// someone else made meanwhile is detected instead of overwritten. Each such transaction takes the
// project's next change number and tells the others by NOTIFY; they ask for the rows written
// since the last number they saw. The project's history (revisions, shares, the merges they
// take in) is recorded as a file's save and share record it, each in a transaction that holds
// the project row's lock. Used only from the thread that opened it, which needs an event loop
// for the notifications.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ServerStore)

public:
    explicit ServerStore(std::shared_ptr<RowIdentities> identities);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    // Connects to the project on the server; false with the reason when the server cannot be used
    // or has no such project for the user.
    bool open(const ServerAddress &address, const QUuid &project, QString *error);
    void close();
    bool isOpen() const;
    // Whether the server still answers: a connection the server or the network dropped stays
    // "open" to Qt until a statement fails.
    bool ping();
    // Connects again to the server and project of the last open().
    bool reopen(QString *error);
    // Whether the user may change the project, as the server's policies say.
    bool mayEdit() const { return m_mayEdit; }
    QString user() const { return m_user; }

    // The project as it is now, its rows' identities added. The changes after it are those
    // changesSince() gives.
    bool load(Project &project, QString *error);

    // The project with its history as the server holds it now, to write as a file.
    bool archive(ProjectArchive &archive, QString *error);

    // A change that lost to someone else's: who made theirs and when.
    struct Conflict
    {
        EntityType type = EntityType::Academy;
        QUuid uuid;
        QString changedBy;
        QDateTime changed;
        bool removed = false; // they removed the row
    };
    enum class Written { Yes, Conflict, Failed };
    // Writes a change set in one transaction: all of it, or nothing when a row has changed on the
    // server since the writer last saw it (`conflict` says which) or a statement fails.
    Written write(const Change *changes, std::size_t count, Conflict *conflict, QString *error);

    // The removed rows of a type whose tombstones keep their fields, oldest first, as a file's
    // (ProjectStore::loadTombstones): a calendar cancels a removed session.
    bool loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error);

    // The rows kept as the common base of a merge (as ProjectStore::loadBase): as they were when the
    // share with this UUID was made, or as the merge with this UUID took them in.
    bool loadBase(HistoryTables::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error);
    // Records a revision in the project's change log, as a file's save does: `revision` brings its uuid,
    // saved, author and summary; the server numbers it after its current revision, whose child it is
    // (whoever made that one), and sets `revision.number` and `revision.parentUuid` to what it recorded.
    // The merges in `note` are recorded with it (their record's revisionUuid set to the new revision),
    // each with its base rows. The project row then names it as the current revision. One transaction.
    bool writeRevision(RevisionRecord &revision, const RevisionNote &note, QString *error);
    // Takes back a revision written here, with the merges recorded with it, and makes its parent the
    // project's current revision again (number revision.number - 1, uuid revision.parentUuid).
    bool dropRevision(const RevisionRecord &revision, QString *error);
    // Records a share and, beside it, every row of the project that is not removed as it is now (the
    // common base of a three-way merge when the copy comes back). One transaction; the share's
    // position is after the project's existing shares.
    bool recordShare(const ShareRecord &share, QString *error);
    // Takes a share back, with its base rows, when its copy could not be written.
    bool forgetShare(const QUuid &share, QString *error);

    // The rows written since the last ones seen here, by anyone, the writer's own included; a
    // row's fields, references as UUIDs, as ProjectArchive keeps them.
    bool changesSince(std::vector<ArchivedRow> &rows, QString *error);
    // The project's change number up to which this store has seen every change.
    qint64 seen() const { return m_seen; }
    // Called on the store's thread when another user's transaction on the project has committed.
    void setNotified(std::function<void()> notified) { m_notified = std::move(notified); }

private:
    // The rows of a change set, after the project's change number is taken; a conflict when a row
    // is no longer as the writer last saw it.
    Written writeRows(const Change *changes, std::size_t count, qint64 projectChange, Conflict *conflict,
                      QString *error);
    bool describeConflict(EntityType type, const QUuid &uuid, Conflict *conflict, QString *error);
    struct Current
    {
        qint64 revision = 0;
        QUuid revisionUuid;
    };
    // Starts a transaction that changes the project's history and takes the project row's lock
    // for it; `current` gets the project's current revision. `refusal` is what a user who may
    // only read the project is told.
    bool beginHistoryChange(const QString &refusal, Current *current, QString *error);
    bool commitHistoryChange(QString *error);

    std::shared_ptr<RowIdentities> m_identities;
    ServerAddress m_address;
    QString m_connectionName;
    QSqlDatabase m_database;
    QUuid m_project;
    QString m_channel;
    QString m_user;
    bool m_mayEdit = false;
    qint64 m_seen = 0;
    std::function<void()> m_notified;
};

} // namespace Akademiplan
