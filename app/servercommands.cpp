// SPDX-License-Identifier: MPL-2.0
#include "servercommands.h"

#include "commandline.h"
#include "exitcode.h"
#include "server/serveraddress.h"
#include "server/serverschema.h"

#include <QScopeGuard>
#include <QSqlDatabase>

namespace Akademiplan {

int ServerCommands::initialise(const QString &uri)
{
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(uri, &error);
    if (!address) {
        CommandLine::printError(error);
        return ExitUsage;
    }
    const QString connectionName = QStringLiteral("akademiplan-init-server");
    const auto removeConnection = qScopeGuard([&] { QSqlDatabase::removeDatabase(connectionName); });
    {
        QSqlDatabase database = address->open(connectionName, &error);
        if (!database.isOpen()) {
            CommandLine::printError(error);
            return ExitFileUnusable;
        }
        int before = 0;
        if (!ServerSchema::setUp(database, &before, &error)) {
            CommandLine::printError(QStringLiteral("%1: %2").arg(address->shown(), error));
            return ExitFileUnusable;
        }
        if (before == ServerSchema::latestVersion())
            CommandLine::printOut(tr("%1 already has Akademiplan's server schema version %2; nothing to do.\n")
                                      .arg(address->shown())
                                      .arg(before));
        else
            CommandLine::printOut(tr("Set up Akademiplan's tables, roles and policies on %1 (server schema version "
                                     "%2).\n")
                                      .arg(address->shown())
                                      .arg(ServerSchema::latestVersion()));
    }
    return ExitSuccess;
}

} // namespace Akademiplan
