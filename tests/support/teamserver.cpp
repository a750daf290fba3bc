// SPDX-License-Identifier: MPL-2.0
#include "teamserver.h"

#include "catch.h"
#include "server/serverprojects.h"
#include "server/serverschema.h"
#include "storage/projectreader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>

namespace Akademiplan::Test {

TeamServer::TeamServer()
{
    setUpSchema(server);
    server.exec(QStringLiteral("CREATE ROLE anna LOGIN IN ROLE akademiplan_consultant;"
                               "CREATE ROLE lene LOGIN IN ROLE akademiplan_consultant;"
                               "CREATE ROLE birgit LOGIN IN ROLE akademiplan_steering;"
                               "INSERT INTO municipality_member (municipality_code, member, may_edit) VALUES "
                               "(740, 'anna', true), (740, 'lene', true), (740, 'birgit', false);"));
    ProjectArchive archive;
    REQUIRE(ProjectReader::readArchive(makeProjectFile(folder, QStringLiteral("plan.akademi"), true), archive)
                .canEdit());
    project = archive.info.uuid;
    server.as(QStringLiteral("anna"), [&](QSqlDatabase &database) {
        QString error;
        const ServerProjects::Outcome published = ServerProjects::publish(database, archive, &error);
        INFO(error.toStdString());
        REQUIRE(published == ServerProjects::Outcome::Done);
    });
}

ServerAddress TeamServer::address(const QString &user) const
{
    QString error;
    const std::optional<ServerAddress> parsed = ServerAddress::parse(server.uri(user), &error);
    INFO(error.toStdString());
    REQUIRE(parsed);
    return *parsed;
}

void TeamServer::setUpSchema(const PostgresCluster &server)
{
    server.as(PostgresCluster::administrator(), [](QSqlDatabase &database) {
        int before = 0;
        QString error;
        const bool done = ServerSchema::setUp(database, &before, &error);
        INFO(error.toStdString());
        REQUIRE(done);
    });
}

std::unique_ptr<Document> openAs(const TeamServer &team, const QString &user)
{
    FileProblem problem;
    std::unique_ptr<Document> document = Document::openOnServer(team.address(user), team.project, &problem);
    INFO(problem.message.toStdString());
    REQUIRE(document);
    return document;
}

bool waitFor(const std::function<bool()> &done, int milliseconds)
{
    const QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return done();
}

int projectsOn(const PostgresCluster &server)
{
    int projects = -1;
    server.as(PostgresCluster::administrator(), [&projects](QSqlDatabase &database) {
        QSqlQuery query(database);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM project")));
        REQUIRE(query.next());
        projects = query.value(0).toInt();
    });
    return projects;
}

} // namespace Akademiplan::Test
