// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QList>
#include <QString>

namespace Akademiplan {

class DatabaseConnection;

// The schema as an ordered list of SQL scripts, one per version, embedded in the program.
// Each step is committed together with its own user_version, so an interrupted migration
// leaves a file at a well-defined earlier version.
class Migrations
{
public:
    // The schema version this build writes.
    static int latestVersion();

    // Brings the database from its user_version up to targetVersion.
    static bool migrate(DatabaseConnection &connection, int targetVersion, QString *error);

    // What sqlite_master must hold for a file of this version: "type name tbl_name sql" per
    // object, built by running the scripts in a scratch database, so it can never drift from them.
    static QStringList referenceSchema(int version);

    static QStringList schemaOf(DatabaseConnection &connection);

    // The scripts in a resource folder (":/schema", ":/schema/server"), in the order of their
    // numbers: the n-th is version n.
    static QStringList scriptPaths(const QString &folder);

private:
    static QStringList statements(int version);
};

} // namespace Akademiplan
