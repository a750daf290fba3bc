// SPDX-License-Identifier: MPL-2.0
#include "migrations.h"

#include "databaseconnection.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlQuery>

namespace Akademiplan {

namespace {

QStringList fileScripts()
{
    return Migrations::scriptPaths(QStringLiteral(":/schema"));
}

} // namespace

QStringList Migrations::scriptPaths(const QString &folder)
{
    QStringList paths = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &path : paths)
        path.prepend(folder + QLatin1Char('/'));
    return paths;
}

int Migrations::latestVersion()
{
    static const int version = int(fileScripts().size());
    return version;
}

QStringList Migrations::statements(int version)
{
    QFile file(fileScripts().value(version - 1));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // The scripts are ours and hold no semicolons inside literals, so a statement ends at a
    // semicolon that ends a line.
    QString script;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            script += line + QLatin1Char('\n');
    QStringList result;
    for (const QString &statement : script.split(QLatin1String(";\n"), Qt::SkipEmptyParts))
        if (!statement.trimmed().isEmpty())
            result.append(statement.trimmed());
    return result;
}

bool Migrations::migrate(DatabaseConnection &connection, int targetVersion, QString *error)
{
    const int current = connection.scalar(QStringLiteral("PRAGMA user_version"), error).toInt();
    if (current >= targetVersion)
        return true;
    // A step may rebuild a table, which with foreign keys on would cascade or fail half way; the
    // keys are checked as a whole before each step commits instead. The pragma has no effect
    // inside a transaction, so it is set around the steps.
    if (!connection.exec(QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    const auto keysBackOn = qScopeGuard([&connection] {
        QString ignored;
        connection.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &ignored);
    });
    for (int version = current + 1; version <= targetVersion; ++version) {
        TransactionGuard transaction(connection);
        if (!transaction.isActive()) {
            *error = QCoreApplication::translate("Akademiplan::Migrations", "Could not start updating the file.");
            return false;
        }
        const QStringList steps = statements(version);
        if (steps.isEmpty()) {
            *error = QCoreApplication::translate("Akademiplan::Migrations", "The schema for version %1 is missing.")
                         .arg(version);
            return false;
        }
        for (const QString &statement : steps)
            if (!connection.exec(statement, error))
                return false;
        if (!connection.scalar(QStringLiteral("PRAGMA foreign_key_check")).toString().isEmpty()) {
            *error = QCoreApplication::translate("Akademiplan::Migrations",
                                                 "Updating the file to version %1 would leave rows that refer to "
                                                 "rows that do not exist.")
                         .arg(version);
            return false;
        }
        if (!connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(version), error))
            return false;
        if (!transaction.commit()) {
            *error = QCoreApplication::translate("Akademiplan::Migrations",
                                                 "Could not finish updating the file to version %1.")
                         .arg(version);
            return false;
        }
    }
    return true;
}

QStringList Migrations::referenceSchema(int version)
{
    // Files are judged on a thread of their own while a document opens or saves.
    static QMutex mutex;
    const QMutexLocker locker(&mutex);
    static QHash<int, QStringList> cache;
    const auto cached = cache.constFind(version);
    if (cached != cache.constEnd())
        return *cached;
    DatabaseConnection scratch;
    QString error;
    QStringList schema;
    if (scratch.open(QString(), DatabaseConnection::Mode::Memory, &error) && migrate(scratch, version, &error))
        schema = schemaOf(scratch);
    cache.insert(version, schema);
    return schema;
}

QStringList Migrations::schemaOf(DatabaseConnection &connection)
{
    QStringList schema;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    // The statistics tables ANALYZE makes (another tool may have run it) are SQLite's own and
    // harmless; everything else must be exactly ours.
    if (!query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                   "WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name")))
        return schema;
    while (query.next())
        schema.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString()}
                          .join(QLatin1Char('\x1f')));
    return schema;
}

} // namespace Akademiplan
