// SPDX-License-Identifier: MPL-2.0
#include "serverschema.h"

#include "storage/migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Akademiplan {

namespace {

QStringList serverScripts()
{
    return Migrations::scriptPaths(QStringLiteral(":/schema/server"));
}

} // namespace

int ServerSchema::latestVersion()
{
    static const int version = int(serverScripts().size());
    return version;
}

int ServerSchema::versionOf(QSqlDatabase &database, QString *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('akademiplan_schema') IS NOT NULL")) || !query.next()) {
        *error = tr("The server's schema cannot be read: %1").arg(query.lastError().text().trimmed());
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM akademiplan_schema")) || !query.next()) {
        *error = tr("The server's schema cannot be read: %1").arg(query.lastError().text().trimmed());
        return -1;
    }
    return query.value(0).toInt();
}

bool ServerSchema::setUp(QSqlDatabase &database, int *before, QString *error)
{
    const int found = versionOf(database, error);
    *before = found;
    if (found < 0)
        return false;
    if (found > latestVersion()) {
        *error = tr("The server holds Akademiplan's schema version %1, newer than this program's %2. Use a newer "
                    "Akademiplan; nothing was changed.")
                     .arg(found)
                     .arg(latestVersion());
        return false;
    }
    const QStringList scripts = serverScripts();
    for (int version = found + 1; version <= latestVersion(); ++version) {
        QFile file(scripts.at(version - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The server schema for version %1 is missing.").arg(version);
            return false;
        }
        if (!database.transaction()) {
            *error = tr("The server's schema cannot be changed: %1").arg(database.lastError().text().trimmed());
            return false;
        }
        QSqlQuery query(database);
        // A script is sent whole: PostgreSQL runs its statements in order, dollar-quoted blocks
        // and all, and the transaction takes them back together if one fails.
        const bool done = query.exec(QString::fromUtf8(file.readAll()))
                          && query.exec(QStringLiteral("DELETE FROM akademiplan_schema"))
                          && query.exec(QStringLiteral("INSERT INTO akademiplan_schema (version) VALUES (%1)").arg(version));
        if (!done) {
            *error = tr("Version %1 of the server schema could not be set up: %2")
                         .arg(version)
                         .arg(query.lastError().text().trimmed());
            database.rollback();
            return false;
        }
        if (!database.commit()) {
            *error = tr("Version %1 of the server schema could not be set up: %2")
                         .arg(version)
                         .arg(database.lastError().text().trimmed());
            return false;
        }
    }
    return true;
}

} // namespace Akademiplan
