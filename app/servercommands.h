// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// The command line's team server: --init-server sets up Akademiplan's tables, roles and
// row-level security on a PostgreSQL server (see docs/team-mode.md).
class ServerCommands
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ServerCommands)

public:
    static int initialise(const QString &uri);
};

} // namespace Akademiplan
