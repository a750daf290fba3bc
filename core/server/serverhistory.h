// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/projectinfo.h"
#include "storage/historytables.h"
#include "storage/storedrow.h"

#include <QString>
#include <QUuid>
#include <QVariant>

#include <vector>

class QSqlDatabase;

namespace Akademiplan {

// The tables of a project on a team server that hold its history rather than its rows: the
// revisions of its change log, the copies shared and taken in, and the rows kept as the base of
// their merges, as HistoryTables is for a file. Publishing, fetching and an open window's store
// all go through it, so a record is written and read one way only. Its statements run in the
// caller's transaction as the connection's own user: the server's policies decide what is seen
// and what may be written or taken back.
class ServerHistory
{
public:
    using Base = HistoryTables::Base;

    ServerHistory(QSqlDatabase &database, const QUuid &project)
        : m_database(database)
        , m_project(project)
    {
    }

    // The revisions, shares and merges into `info`, each in its order.
    bool load(ProjectInfo &info, QString *error);

    bool writeRevision(const RevisionRecord &revision, QString *error);
    // A share or a merge at `position` in the order of the project's shares or merges.
    bool writeShare(const ShareRecord &share, int position, QString *error);
    bool writeMerge(const MergeRecord &merge, int position, QString *error);
    // The position after the project's last share or merge: one that no one else takes as long
    // as the caller holds the project row's lock.
    bool nextPosition(Base kind, int *position, QString *error);

    // The rows kept as the base of the share or merge `owner`, given by the program.
    bool writeBase(Base kind, const QUuid &owner, const std::vector<StoredRow> &rows, QString *error);
    // Every row of the project that is not removed, as it is now, as the base of a share: copied
    // on the server, so that a large project's rows never travel to the program and back.
    bool keepRowsAsShareBase(const QUuid &share, QString *error);
    bool loadBase(Base kind, const QUuid &owner, std::vector<StoredRow> &rows, QString *error);

    // Takes back a revision with the merges recorded with it, or a share, with their bases.
    bool dropRevision(const QUuid &revision, QString *error);
    bool dropShare(const QUuid &share, QString *error);

private:
    bool run(const QString &sql, const QVariantList &values, QString *error);

    QSqlDatabase &m_database;
    QUuid m_project;
};

} // namespace Akademiplan
