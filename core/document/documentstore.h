// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "domain/project.h"
#include "storage/historytables.h"
#include "storage/revisionnote.h"
#include "storage/storedrow.h"
#include "storage/tombstone.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Akademiplan {

// A row someone else wrote to a store that several people use at once, as this document
// addresses it: with this document's id, as it is now, or gone.
struct OthersChange
{
    EntityType type = EntityType::Academy;
    qint64 id = -1;
    QUuid uuid;
    std::optional<AnyEntity> row; // none when they removed it
    qint64 changeCounter = 0;
    QDateTime modified;
    QString by;
};

// Where a document's project is kept: a working copy of the project file (StoreThread) or a
// project on a team server (ServerLink). The document, its commands and the window use one of
// them through this, never knowing which; what tells them apart is said in what it does
// (keepsEveryChange(), the events).
//
// Writes are queued and done on the store's own thread, in order; every other call waits for
// the writes queued before it.
class DocumentStore
{
public:
    // What the store tells the document, each on the thread of `receiver`, and never once it has
    // gone.
    struct Events
    {
        QObject *receiver = nullptr;
        // A queued write failed; finish() says why.
        std::function<void()> writeFailed;
        // Other people's rows, as they committed them.
        std::function<void(std::vector<OthersChange> changes)> othersChanged;
        // The store cannot be reached; it tries again meanwhile.
        std::function<void()> unavailable;
        // It can be reached again, and holds this project now.
        std::function<void(std::shared_ptr<Project> project)> availableAgain;
    };

    virtual ~DocumentStore() = default;

    // Whether every change is kept for good as it is written (a team server), or only once the
    // document is saved to its file.
    virtual bool keepsEveryChange() const = 0;

    // Queues writing a change set in one transaction: all of it, or nothing. Its rows must stay
    // as they are, where they are, until the write has run (until finish() or any other call
    // returns): the set may be moved, which keeps its rows in place, but not changed or
    // destroyed.
    virtual void write(const ChangeSet &changes) = 0;
    // Waits for the queued writes; the message of one that failed since the last call, or an
    // empty string.
    virtual QString finish() = 0;
    // The project as the store holds it now.
    virtual bool reload(Project &project, QString *error) = 0;

    // The removed rows of a type whose tombstones keep their fields, oldest first.
    virtual bool loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error) = 0;
    // The rows kept as the common base of a merge: as they were when the share with this UUID
    // was made, or as the merge with this UUID took them in.
    virtual bool loadBase(HistoryTables::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows,
                          QString *error) = 0;
    // Records a revision in the change log, with the returned copies the note takes in, and makes
    // it the project's current one. `revision` comes numbered after `current`'s; a store others
    // write too may number it after theirs, and says so in `revision`.
    virtual bool writeRevision(const ProjectInfo &current, RevisionRecord &revision, const RevisionNote &note,
                               QString *error) = 0;
    // Takes a revision back whose save could not be completed; `current` is the project's again.
    virtual bool dropRevision(const ProjectInfo &current, const RevisionRecord &revision, QString *error) = 0;
    // Records a share, and every row as it is now beside it: the base of a three-way merge when
    // the copy comes back.
    virtual bool recordShare(const ShareRecord &share, QString *error) = 0;
    // Takes a share back when its copy could not be written.
    virtual bool forgetShare(const QUuid &share, QString *error) = 0;
    // A complete project file with the whole history at `path`, which must not exist yet, not yet
    // synced to the disk: the caller syncs it.
    virtual bool copyTo(const QString &path, QString *error) = 0;
    // The same, with the rows as the share with this UUID recorded them: the copy to share must
    // be exactly the base its merge will be made against, whatever others changed meanwhile.
    virtual bool copySharedTo(const QString &path, const QUuid &share, QString *error) = 0;
};

} // namespace Akademiplan
