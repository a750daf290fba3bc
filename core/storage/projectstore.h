// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "databaseconnection.h"
#include "domain/changeset.h"
#include "domain/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace Akademiplan {

// Reads a project file into memory with one query per table and writes change sets through to
// it, each in one transaction. Used from the thread that owns the document only.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ProjectStore)

public:
    ProjectStore() = default;
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // Makes a new file at the latest schema version holding only the project's own row.
    bool create(const QString &path, const ProjectInfo &info, QString *error);
    // Opens an existing file; a read-write open also brings an older schema up to date.
    bool open(const QString &path, bool readOnly, QString *error);
    void close();

    bool load(Project &project, QString *error);

    bool beginTransaction(QString *error);
    bool write(const ChangeSet &changes, QString *error);
    bool commit(QString *error);
    void rollback();

    // Writes the project row in a transaction of its own.
    bool writeInfo(const ProjectInfo &info, QString *error);
    // A compact, complete copy of the file at a path that must not exist yet.
    bool copyTo(const QString &path, QString *error);

private:
    template <typename T>
    bool loadTable(EntityList<T> &list, QString *error);
    bool loadInfo(ProjectInfo &info, QString *error);
    // Runs an INSERT or UPDATE of the project row whose placeholders follow ProjectInfo's order.
    bool execInfo(const QString &sql, const ProjectInfo &info, QString *error);
    QSqlQuery *statement(EntityType type, int operation, QString *error);

    DatabaseConnection m_connection;
    QHash<int, std::shared_ptr<QSqlQuery>> m_statements;
};

} // namespace Akademiplan
