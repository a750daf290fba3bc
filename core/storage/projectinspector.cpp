// SPDX-License-Identifier: MPL-2.0
#include "projectinspector.h"

#include "databaseconnection.h"
#include "domain/entitydescription.h"
#include "migrations.h"
#include "projectfileformat.h"
#include "sqliteheader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace Akademiplan {

namespace {

ProjectInspector::Result fail(FileProblem::Kind kind, const QString &message)
{
    return {{kind, message}, 0};
}

// What a file that is no SQLite database is, by its first bytes, for the files people send by
// mistake: a zipped project, the exported plan instead of the project.
QString notAProjectMessage(const QString &path, const QString &name, qint64 size)
{
    if (size == 0)
        return ProjectInspector::tr("%1 is empty: it holds no project. Perhaps a copy or download did not finish.")
            .arg(name);
    QFile file(path);
    const QByteArray start = file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
    if (start.startsWith("PK\x03\x04") || start.startsWith("PK\x05\x06"))
        return ProjectInspector::tr("%1 is a ZIP archive, not an Akademiplan project file. If the project was sent "
                                    "packed, unpack it first and open the .akademi file inside.")
            .arg(name);
    if (start.startsWith("%PDF"))
        return ProjectInspector::tr("%1 is a PDF document, perhaps an exported programme plan, not an Akademiplan "
                                    "project file. Ask for the .akademi file itself.")
            .arg(name);
    return ProjectInspector::tr("%1 is not an Akademiplan project file.").arg(name);
}

} // namespace

ProjectInspector::Result ProjectInspector::inspectPath(const QString &path)
{
    using Kind = FileProblem::Kind;
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Kind::Missing, tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return fail(Kind::NotAFile, tr("%1 is a folder, not a project file.").arg(path));
    // A pipe or a device would make a reader wait forever or read without end.
    if (!info.isFile())
        return fail(Kind::NotAFile, tr("%1 is not an ordinary file but a pipe or a device; it is not read.").arg(path));
    return {};
}

ProjectInspector::Result ProjectInspector::inspectHeader(const QString &path, const QString &name)
{
    using Kind = FileProblem::Kind;
    const SqliteHeader header = SqliteHeader::read(path);
    switch (header.status()) {
    case SqliteHeader::Status::Ok: break;
    case SqliteHeader::Status::Unreadable:
        return fail(Kind::Unreadable, tr("%1 cannot be read; check that you have access to it.").arg(name));
    case SqliteHeader::Status::TooShort:
    case SqliteHeader::Status::NotSqlite:
        return fail(Kind::NotSqlite, notAProjectMessage(path, name, header.fileSize()));
    case SqliteHeader::Status::BadHeader:
        return fail(Kind::Damaged, tr("%1 is damaged: the start of the file, which says how the rest is laid out, is "
                                      "not valid.")
                                       .arg(name));
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

    return {{}, header.userVersion()};
}

ProjectInspector::Result ProjectInspector::inspect(const QString &path, const QString &displayName, Depth depth)
{
    using Kind = FileProblem::Kind;
    const QFileInfo info(path);
    const QString name = !displayName.isEmpty() ? displayName : info.fileName().isEmpty() ? path : info.fileName();
    if (const Result where = inspectPath(path); where.problem.isProblem())
        return where;
    const Result judged = inspectHeader(path, name);
    if (judged.problem.isProblem())
        return judged;
    const SqliteHeader header = SqliteHeader::read(path);

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

    const int projects = connection.scalar(QStringLiteral("SELECT count(*) FROM project")).toInt();
    if (projects < 1)
        return fail(Kind::Damaged, tr("%1 is damaged: it does not say which municipality it belongs to.").arg(name));
    if (projects > 1)
        return fail(Kind::Damaged, tr("%1 is damaged: it holds %2 project rows where there is one.").arg(name).arg(projects));

    return {{}, version};
}

QString ProjectInspector::strayJournal(const QString &path, const QString &name)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (journal.size() > 0)
        return tr("Another program stopped in the middle of a change to %1 and left its journal beside it (%2). You "
                  "see the project as it was before that change, read-only; the file and the journal are left as "
                  "they are. Open the file in the program that changed it to finish or undo the change, or save "
                  "what you see under another name.")
            .arg(name, journal.fileName());
    const QFileInfo writeAheadLog(path + QStringLiteral("-wal"));
    if (writeAheadLog.size() > 0)
        return tr("Beside %1 there is a write-ahead log of another program (%2) with changes that are not in the "
                  "file. You see the file without them, read-only; the file and the log are left as they are. Save "
                  "what you see under another name to work on it.")
            .arg(name, writeAheadLog.fileName());
    return {};
}

ProjectInspector::Glance ProjectInspector::glance(const QString &path)
{
    Glance glance;
    const QFileInfo info(path);
    Result judged = inspectPath(path);
    if (!judged.problem.isProblem())
        judged = inspectHeader(path, info.fileName());
    if (judged.problem.isProblem()) {
        glance.state = judged.problem.kind == FileProblem::Kind::Missing ? Glance::State::Missing
                                                                         : Glance::State::Unreadable;
        glance.problem = judged.problem.message;
        return glance;
    }
    DatabaseConnection connection;
    QString error;
    if (!connection.open(path, DatabaseConnection::Mode::ReadOnly, &error)) {
        glance.state = Glance::State::Unreadable;
        glance.problem = tr("%1 cannot be opened: %2").arg(info.fileName(), error);
        return glance;
    }
    const QVariant municipality = connection.scalar(QStringLiteral("SELECT municipality_name FROM project"), &error);
    if (!municipality.isValid()) {
        glance.state = Glance::State::Unreadable;
        glance.problem = tr("%1 is damaged: it does not say which municipality it belongs to.").arg(info.fileName());
        return glance;
    }
    glance.state = Glance::State::Readable;
    glance.municipalityName = municipality.toString();
    QSqlQuery academies(connection.database());
    if (academies.exec(QStringLiteral("SELECT name FROM academy ORDER BY id")))
        while (academies.next())
            glance.academies.append(academies.value(0).toString());
    academies.finish();
    // A file from before the change log (format version 1) has no saves recorded.
    const QString lastSave =
        QStringLiteral("SELECT saved FROM revision WHERE uuid = (SELECT revision_uuid FROM project)");
    glance.lastSaved = parseTimestamp(connection.scalar(lastSave, &error).toString());
    if (!glance.lastSaved.isValid())
        glance.lastSaved = info.lastModified();
    return glance;
}

QUuid ProjectInspector::revisionOf(const QString &path)
{
    if (inspectPath(path).problem.isProblem() || inspectHeader(path, path).problem.isProblem())
        return {};
    DatabaseConnection connection;
    QString error;
    if (!connection.open(path, DatabaseConnection::Mode::ReadOnly, &error))
        return {};
    return QUuid::fromString(connection.scalar(QStringLiteral("SELECT revision_uuid FROM project"), &error).toString());
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
