// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/projectinfo.h"
#include "projectarchive.h"
#include "revisionnote.h"
#include "storedrow.h"
#include "tombstone.h"

#include <QUuid>

#include <vector>

namespace Akademiplan {

class DatabaseConnection;

// The tables of a project file that hold its history rather than its rows: the revisions of its
// change log, the copies shared and taken in with the rows kept as the base of their merges, and
// the tombstones. Reads and writes them inside the caller's transaction (the store's).
class HistoryTables
{
public:
    explicit HistoryTables(DatabaseConnection &connection)
        : m_connection(connection)
    {
    }

    // The shares, revisions and merges into `info`, as far as the file's version has them.
    bool load(ProjectInfo &info, QString *error);
    // A copy shared, with the rows kept as the base of its merge; `shareId` gets its row id.
    bool writeShare(const ShareRecord &share, const std::vector<StoredRow> &base, QVariant *shareId, QString *error);
    // A returned copy taken in by the revision `revision`, with its rows as they came.
    bool writeMerge(const MergeRecord &merge, const QUuid &revision, const std::vector<StoredRow> &base, QString *error);
    // The rows kept as the base of a share or a merge.
    enum class Base { Share, Merge };
    bool loadBase(Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error);
    // The tombstones of a type that keep their fields (since schema version 6), oldest first.
    bool loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error);
    // Every tombstone of every type, those that keep no fields with empty ones.
    bool loadAllTombstones(std::vector<Tombstone> &tombstones, QString *error);
    // Writes an archive's history as it is into a new file that holds its rows already: its
    // revisions, shares and merges with their bases, and its tombstones.
    bool restore(const ProjectArchive &archive, QString *error);

private:
    bool loadShares(QList<ShareRecord> &shares, QString *error);
    bool loadRevisions(ProjectInfo &info, QString *error);
    bool writeTombstone(const Tombstone &tombstone, QString *error);

    DatabaseConnection &m_connection;
};

} // namespace Akademiplan
