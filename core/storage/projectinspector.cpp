// SPDX-License-Identifier: MPL-2.0
#include "projectinspector.h"

#include "databaseconnection.h"
#include "migrations.h"
#include "projectfileformat.h"
#include "sqliteheader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace Akademiplan {

namespace {

ProjectInspector::Result fail(FileProblem::Kind kind, const QString &message)
{
    return {{kind, message}, 0};
}

} // namespace

ProjectInspector::Result ProjectInspector::inspect(const QString &path, const QString &displayName, Depth depth)
{
    using Kind = FileProblem::Kind;
    const QFileInfo info(path);
    const QString name = !displayName.isEmpty() ? displayName : info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return fail(Kind::Missing, tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return fail(Kind::NotAFile, tr("%1 is not a file.").arg(path));

    const SqliteHeader header = SqliteHeader::read(path);
    switch (header.status()) {
    case SqliteHeader::Status::Ok: break;
    case SqliteHeader::Status::Unreadable:
        return fail(Kind::Unreadable, tr("%1 cannot be read; check that you have access to it.").arg(name));
    case SqliteHeader::Status::TooShort:
    case SqliteHeader::Status::NotSqlite:
        return fail(Kind::NotSqlite, tr("%1 is not an Akademiplan project file.").arg(name));
    case SqliteHeader::Status::Truncated:
        return fail(Kind::Truncated,
                    tr("%1 is incomplete: the file was cut short, perhaps by an interrupted copy or download.")
                        .arg(name));
    case SqliteHeader::Status::WriteAheadLog:
        return fail(Kind::WriteAheadLog,
                    tr("%1 is an SQLite database in write-ahead-log mode, not an Akademiplan project file.")
                        .arg(name));
    }
    if (header.applicationId() != ProjectFileFormat::applicationId)
        return fail(Kind::NotAkademiplan, tr("%1 is an SQLite database, but not an Akademiplan project file.").arg(name));
    if (header.userVersion() <= 0)
        return fail(Kind::Incomplete, tr("%1 was never completely written and holds no project.").arg(name));

    DatabaseConnection connection;
    QString error;
    if (!connection.open(path, DatabaseConnection::Mode::ReadOnly, &error))
        return fail(Kind::Unreadable, tr("%1 cannot be opened: %2").arg(name, error));

    const bool untrusted = depth == Depth::Untrusted;
    if (untrusted) {
        const QVariant check = connection.scalar(QStringLiteral("PRAGMA quick_check"), &error);
        if (!check.isValid())
            return fail(Kind::Unreadable, tr("%1 could not be checked: %2").arg(name, error));
        if (check.toString() != QLatin1String("ok"))
            return fail(Kind::Damaged,
                        tr("%1 is damaged and cannot be used (SQLite integrity check failed).").arg(name));
    }

    const QVariant foreign = connection.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type NOT IN ('table', 'index')"), &error);
    if (!foreign.isValid() || foreign.toInt() != 0)
        return fail(Kind::ForeignObjects,
                    tr("%1 contains triggers or views that Akademiplan did not make; it is not opened for your "
                       "safety.")
                        .arg(name));

    const int version = header.userVersion();
    const int latest = Migrations::latestVersion();
    if (version > latest)
        return {{Kind::NewerVersion, tr("%1 was saved by a newer Akademiplan (file format version %2); this version "
                                       "reads up to format version %3. Update Akademiplan to edit it.")
                                        .arg(name)
                                        .arg(version)
                                        .arg(latest)},
                version};

    if (Migrations::schemaOf(connection) != Migrations::referenceSchema(version))
        return fail(Kind::ForeignSchema,
                    tr("%1 has tables or indexes that Akademiplan did not make; it is not opened for your safety.")
                        .arg(name));

    QSqlQuery foreignKeys(connection.database());
    if (untrusted && (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")) || foreignKeys.next()))
        return fail(Kind::Damaged, tr("%1 is damaged: some rows refer to rows that do not exist.").arg(name));
    foreignKeys.finish();

    if (connection.scalar(QStringLiteral("SELECT count(*) FROM project")).toInt() != 1)
        return fail(Kind::Damaged, tr("%1 is damaged: it does not say which municipality it belongs to.").arg(name));

    return {{}, version};
}

void ProjectInspector::settleJournal(const QString &path)
{
    if (QFileInfo(path + QStringLiteral("-journal")).size() <= 0)
        return;
    const SqliteHeader header = SqliteHeader::read(path);
    if (header.status() != SqliteHeader::Status::Ok || header.applicationId() != ProjectFileFormat::applicationId)
        return;
    DatabaseConnection connection;
    QString error;
    if (connection.open(path, DatabaseConnection::Mode::ReadWrite, &error))
        connection.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &error);
}

} // namespace Akademiplan
