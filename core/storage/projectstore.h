// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "domain/project.h"
#include "domain/sharerecord.h"
#include "historytables.h"
#include "projectarchive.h"
#include "revisionnote.h"
#include "storedrow.h"
#include "tombstone.h"

#include <QCoreApplication>

#include <memory>

namespace Akademiplan {

// Reads a project file into memory with one query per table and writes change sets through to
// it, each in one transaction that is rolled back on any failure. Its SQL, reading and writing
// follow the entity descriptions. The only class of the program that uses QtSql directly, with
// the connection, migrations and inspector beside it. Used only from the thread that made it
// (Qt's connections belong to one thread): the document's store runs on a thread of its own.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ProjectStore)

public:
    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // Makes a new file at the latest schema version holding only the project's own row.
    bool create(const QString &path, const ProjectInfo &info, QString *error);
    // Opens an existing file; a read-write open also brings an older schema up to date.
    bool open(const QString &path, bool readOnly, QString *error);
    void close();

    bool load(Project &project, QString *error);
    // On two threads, the enrolments on one of their own: for reading a large file on a thread
    // that has a second core beside it.
    enum class Reading { OneThread, TwoThreads };
    bool load(Project &project, Reading reading, QString *error);

    // Writes a change set in one transaction: all of it or, on any failure, nothing. Removed rows
    // leave a tombstone; a row that comes back (undo) takes its tombstone away.
    bool write(const Change *changes, std::size_t count, QString *error);

    // Records a save: a new revision whose parent is the file's current one, with its author,
    // summary and the returned copies it takes in, and the project row that points to it, in one
    // transaction.
    bool writeRevision(const ProjectInfo &info, const QUuid &parent, const QDateTime &saved, const RevisionNote &note,
                       QString *error);
    // Takes a revision back when the save it was made for failed.
    bool dropRevision(const ProjectInfo &previous, const QUuid &revision, QString *error);
    // Records a share of the file, and every row as it is now beside it: the common base of a
    // three-way merge when the copy comes back. One transaction.
    bool recordShare(const ShareRecord &share, QString *error);
    // The rows kept as the common base of a merge: as they were when the share with this UUID
    // was made, or as the merge with this UUID took them in.
    using Base = HistoryTables::Base;
    bool loadBase(Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error);
    // The tombstones of one type that keep the removed row's fields (written since schema version
    // 6), oldest first.
    bool loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error);
    // The whole project with its history, in the form that travels to a team server.
    bool loadArchive(ProjectArchive &archive, QString *error);
    // Makes a new file at `path` (which must not exist) holding an archive's project and
    // history as they are. On failure the half-written file is the caller's to remove.
    bool restore(const QString &path, const ProjectArchive &archive, QString *error);
    // Takes a share back when its copy could not be written.
    bool forgetShare(const QUuid &share, QString *error);
    // A compact, complete copy of the file at a path that must not exist yet, not yet synced to
    // the disk: the caller syncs it.
    bool copyTo(const QString &path, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Akademiplan
