// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"
#include "domain/project.h"
#include "storedrow.h"
#include "tombstone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QUuid>

#include <functional>
#include <vector>

namespace Akademiplan {

// One row as it travels between stores: its fields as a merge base keeps them (references as the
// UUIDs of the rows they point to, since row ids are local to one file), when it last changed,
// and whether it is a removed row's tombstone. A tombstone keeps only the fields that name no
// one, and none (empty `fields`) when the row was about a person.
struct ArchivedRow
{
    StoredRow row;
    QDateTime modified;
    bool removed = false;
    QString modifiedBy; // on a team server: who wrote it last
};

// A whole project as a file holds it, in the form that travels: its own record with the change
// log, the copies shared and taken in, every row and tombstone, and the rows kept as the base of
// each share's and each merge's three-way merge. What --publish puts on a team server and
// --fetch writes back as a file, the same field for field.
struct ProjectArchive
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ProjectArchive)

public:
    ProjectInfo info;
    std::vector<ArchivedRow> rows; // each type's rows in the order of their ids, then the tombstones
    QHash<QUuid, std::vector<StoredRow>> shareBases; // by the share's UUID
    QHash<QUuid, std::vector<StoredRow>> mergeBases; // by the merge's UUID

    // The UUID of the row of a type with an id, null when there is none: what a reference
    // becomes on its way out of a file.
    using UuidOfRow = std::function<QUuid(EntityType type, qint64 id)>;
    // The id of the row of a type with a UUID, -1 when there is none: what a reference becomes
    // on its way in.
    using IdOfRow = std::function<qint64(EntityType type, const QUuid &uuid)>;

    // The rows of a project and its tombstones; the history is the caller's to add.
    static ProjectArchive of(const Project &project, const std::vector<Tombstone> &tombstones);
    // One row as it travels; `removed` keeps only what its tombstone keeps.
    static ArchivedRow archived(const AnyEntity &row, bool removed, const UuidOfRow &uuidOf);
    // A row as it came, without its id; its references, as UUIDs in the order of the type's
    // reference fields, go to `references`. False for a value this version cannot read.
    static bool entityOf(const ArchivedRow &archived, AnyEntity &row, QList<QUuid> &references);
    // Sets a row's references to the ids of the rows with these UUIDs. False when a row is not
    // there, or a required reference is empty.
    static bool resolve(AnyEntity &row, const QList<QUuid> &references, const IdOfRow &idOf);
    // The project the rows make, with row ids of its own in the order of the rows, and its
    // tombstones. False with the reason for a value this version cannot read or a reference to a
    // row that is not there.
    bool unpack(Project &project, std::vector<Tombstone> &tombstones, QString *error) const;
    // Makes the rows those the share with this UUID kept as its base: the project as it was
    // shared, where others may have changed it since (a team server). Rows added since are left
    // out, rows changed or removed since are as they were then. False when there is no such share.
    bool rollBackToShare(const QUuid &share);
};

} // namespace Akademiplan
