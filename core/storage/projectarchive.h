// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"
#include "storedrow.h"
#include "tombstone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QUuid>

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

    // The rows of a project and its tombstones; the history is the caller's to add.
    static ProjectArchive of(const Project &project, const std::vector<Tombstone> &tombstones);
    // The project the rows make, with row ids of its own in the order of the rows, and its
    // tombstones. False with the reason for a value this version cannot read or a reference to a
    // row that is not there.
    bool unpack(Project &project, std::vector<Tombstone> &tombstones, QString *error) const;
};

} // namespace Akademiplan
