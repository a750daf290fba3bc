// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "storage/projectarchive.h"

#include <QSqlDatabase>
#include <QString>

namespace Akademiplan {
struct ServerAddress;
}

namespace Akademiplan::Bench {

// A project a benchmark puts on a team server: read from a file under a new UUID, so that runs on
// one server never meet, published through a connection of its own, and taken away again at the
// end where the user may (only the server's administrator may delete a project).
class BenchServerProject
{
public:
    explicit BenchServerProject(const QString &connectionName);
    ~BenchServerProject();
    BenchServerProject(const BenchServerProject &) = delete;
    BenchServerProject &operator=(const BenchServerProject &) = delete;

    // Reads the file and connects. The server's administrator runs a benchmark as one who may edit
    // the municipality's projects; a consultant's own run is refused that and needs the
    // assignment already.
    bool prepare(const ServerAddress &address, const QString &path, QString *error);
    bool publish(QString *error);

    QSqlDatabase &database() { return m_database; }
    const ProjectArchive &archive() const { return m_archive; }
    QUuid uuid() const { return m_archive.info.uuid; }

private:
    QString m_connectionName;
    QSqlDatabase m_database;
    ProjectArchive m_archive;
    bool m_published = false;
};

} // namespace Akademiplan::Bench
