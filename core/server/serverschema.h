// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace Akademiplan {

// The team server's schema: tables, roles and row-level security policies, one script per
// version (resources/schema/server), beside the project file's. As with a file, a program only
// works with a server whose schema it knows, and never touches one that is newer than it.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ServerSchema)

public:
    // The version this build sets up.
    static int latestVersion();
    // The server's version: 0 when it has no Akademiplan schema yet, -1 with the reason in
    // `error` when it cannot be read.
    static int versionOf(QSqlDatabase &database, QString *error);
    // Brings the server up to this build's version, each step in a transaction of its own with
    // its version; `before` gets the version found. False with the reason when the server is
    // newer than this build or a step fails (that step then leaves nothing behind).
    static bool setUp(QSqlDatabase &database, int *before, QString *error);
};

} // namespace Akademiplan
