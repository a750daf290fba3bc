// SPDX-License-Identifier: MPL-2.0
#include "servercommands.h"

#include "commandline.h"
#include "exitcode.h"
#include "server/serveraddress.h"
#include "server/serverprojects.h"
#include "server/serverschema.h"
#include "storage/archivefile.h"
#include "storage/projectreader.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QUuid>

namespace Akademiplan {

namespace {

// Runs `work` with an open connection to the server at `uri`; a wrong address is wrong usage, a
// server that cannot be reached cannot be used.
int withServer(const QString &uri, const std::function<int(QSqlDatabase &, const ServerAddress &)> &work)
{
    QString error;
    const std::optional<ServerAddress> address = ServerAddress::parse(uri, &error);
    if (!address) {
        CommandLine::printError(error);
        return ExitUsage;
    }
    const QString connectionName = QStringLiteral("akademiplan-command-line-server");
    const auto removeConnection = qScopeGuard([&] { QSqlDatabase::removeDatabase(connectionName); });
    QSqlDatabase database = address->open(connectionName, &error);
    if (!database.isOpen()) {
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    const int result = work(database, *address);
    database.close();
    return result;
}

int exitCodeOf(ServerProjects::Outcome outcome)
{
    switch (outcome) {
    case ServerProjects::Outcome::Done: return ExitSuccess;
    case ServerProjects::Outcome::Refused: return ExitInputRejected;
    case ServerProjects::Outcome::Failed: return ExitFileUnusable;
    }
    return ExitFileUnusable;
}

} // namespace

int ServerCommands::initialise(const QString &uri)
{
    return withServer(uri, [](QSqlDatabase &database, const ServerAddress &address) {
        QString error;
        int before = 0;
        if (!ServerSchema::setUp(database, &before, &error)) {
            CommandLine::printError(QStringLiteral("%1: %2").arg(address.shown(), error));
            return int(ExitFileUnusable);
        }
        if (before == ServerSchema::latestVersion())
            CommandLine::printOut(tr("%1 already has Akademiplan's server schema version %2; nothing to do.\n")
                                      .arg(address.shown())
                                      .arg(before));
        else
            CommandLine::printOut(tr("Set up Akademiplan's tables, roles and policies on %1 (server schema version "
                                     "%2).\n")
                                      .arg(address.shown())
                                      .arg(ServerSchema::latestVersion()));
        return int(ExitSuccess);
    });
}

int ServerCommands::publish(const QString &path, const QString &uri)
{
    // A wrong address is told before the file is read.
    if (QString error; !ServerAddress::parse(uri, &error)) {
        CommandLine::printError(error);
        return ExitUsage;
    }
    ProjectArchive archive;
    const ProjectInspector::Result read = ProjectReader::readArchive(path, archive);
    if (!read.canEdit()) {
        CommandLine::printError(read.problem.message);
        return ExitFileUnusable;
    }
    return withServer(uri, [&](QSqlDatabase &database, const ServerAddress &address) {
        QString error;
        const ServerProjects::Outcome outcome = ServerProjects::publish(database, archive, &error);
        if (outcome != ServerProjects::Outcome::Done) {
            CommandLine::printError(QStringLiteral("%1: %2").arg(address.shown(), error));
            return exitCodeOf(outcome);
        }
        CommandLine::printOut(tr("Published %1 on %2 as project %3.\n")
                                  .arg(QFileInfo(path).fileName(), address.shown(),
                                       archive.info.uuid.toString(QUuid::WithoutBraces)));
        return int(ExitSuccess);
    });
}

int ServerCommands::fetch(const QString &uri, const QString &project, const QString &path)
{
    const QUuid uuid = QUuid::fromString(project);
    if (uuid.isNull()) {
        CommandLine::printError(tr("%1 is not a project's UUID; the server's project list and --info show it, "
                                   "e.g. 3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f.")
                                    .arg(project));
        return ExitUsage;
    }
    return withServer(uri, [&](QSqlDatabase &database, const ServerAddress &address) {
        QString error;
        ProjectArchive archive;
        const ServerProjects::Outcome outcome = ServerProjects::fetch(database, uuid, archive, &error);
        if (outcome != ServerProjects::Outcome::Done) {
            CommandLine::printError(QStringLiteral("%1: %2").arg(address.shown(), error));
            return exitCodeOf(outcome);
        }
        if (!ArchiveFile::write(archive, path, &error)) {
            CommandLine::printError(error);
            return int(ExitFileUnusable);
        }
        CommandLine::printOut(tr("Wrote project %1 from %2 to %3.\n")
                                  .arg(uuid.toString(QUuid::WithoutBraces), address.shown(), QFileInfo(path).fileName()));
        return int(ExitSuccess);
    });
}

} // namespace Akademiplan
