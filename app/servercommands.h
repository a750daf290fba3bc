// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// The command line's team server (see docs/team-mode.md): --init-server sets up Akademiplan's
// tables, roles and row-level security on a PostgreSQL server; --publish puts a project file on
// it and --fetch writes a project from it as a file, both with the project's history.
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ServerCommands)

public:
    static int initialise(const QString &uri);
    static int publish(const QString &path, const QString &uri);
    static int fetch(const QString &uri, const QString &project, const QString &path);
};

} // namespace Akademiplan
