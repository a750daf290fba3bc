// SPDX-License-Identifier: MPL-2.0
// The team server's setup on a real PostgreSQL server of the test's own: --init-server makes the
// tables, roles and policies once, refuses a server newer than the program, and the server
// itself, by row-level security, keeps each consultant to the projects they are assigned to,
// whatever SQL they send through their connection.
#include "catch.h"
#include "pdftools.h"
#include "postgrescluster.h"
#include "server/serverschema.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

int schemaVersion(const PostgresCluster &server)
{
    int version = -1;
    server.as(PostgresCluster::administrator(), [&version](QSqlDatabase &database) {
        QSqlQuery query(database);
        REQUIRE(query.exec(QStringLiteral("SELECT version FROM akademiplan_schema")));
        REQUIRE(query.next());
        version = query.value(0).toInt();
        CHECK_FALSE(query.next()); // one row
    });
    return version;
}

// What `sql` returns as `user`, a row a line with its columns joined by "|"; a refused statement
// comes back as "refused: " and the server's reason.
QStringList rowsAs(const PostgresCluster &server, const QString &user, const QString &sql)
{
    QStringList rows;
    server.as(user, [&](QSqlDatabase &database) {
        QSqlQuery query(database);
        if (!query.exec(sql)) {
            rows.append(QStringLiteral("refused: ") + query.lastError().databaseText());
            return;
        }
        while (query.next()) {
            QStringList columns;
            for (int c = 0; c < query.record().count(); ++c)
                columns.append(query.value(c).toString());
            rows.append(columns.join(QLatin1Char('|')));
        }
        if (!query.isSelect())
            rows.append(QStringLiteral("changed %1").arg(query.numRowsAffected()));
    });
    return rows;
}

const QString aarhus = QStringLiteral("00000000-0000-4000-8000-000000000751");
const QString odense = QStringLiteral("00000000-0000-4000-8000-000000000461");

// Two municipalities' projects; a consultant for each, and Aarhus's steering group.
void assignTwoMunicipalities(const PostgresCluster &server)
{
    server.exec(QStringLiteral(
        "CREATE ROLE anna LOGIN IN ROLE akademiplan_consultant;"
        "CREATE ROLE ole LOGIN IN ROLE akademiplan_consultant;"
        "CREATE ROLE aarhus_steering NOLOGIN IN ROLE akademiplan_steering;"
        "CREATE ROLE birgit LOGIN IN ROLE aarhus_steering;"
        "INSERT INTO project (uuid, municipality_code, municipality_name, name) VALUES "
        "('%1', 751, 'Aarhus', 'Innovationsakademi Aarhus 2027'), ('%2', 461, 'Odense', 'Innovationsakademi Odense');"
        "INSERT INTO project_member (project_uuid, member, may_edit) VALUES "
        "('%1', 'anna', true), ('%1', 'aarhus_steering', false), ('%2', 'ole', true);")
                    .arg(aarhus, odense));
}

} // namespace

TEST_CASE("the team server's schema is set up once by --init-server and a second run changes nothing",
          "[server][cli]")
{
    const PostgresCluster server;
    const Binary app;
    const Run first = app.run({QStringLiteral("--init-server"), server.uri()});
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.outText().contains(QStringLiteral("Set up Akademiplan's tables, roles and policies on")));
    CHECK(first.outText().contains(QStringLiteral("(server schema version %1)").arg(ServerSchema::latestVersion())));
    CHECK(schemaVersion(server) == ServerSchema::latestVersion());
    CHECK(rowsAs(server, PostgresCluster::administrator(),
                 QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'akademiplan\\_%' AND NOT rolcanlogin "
                                "ORDER BY rolname"))
          == QStringList{QStringLiteral("akademiplan_consultant"), QStringLiteral("akademiplan_steering")});
    CHECK(rowsAs(server, PostgresCluster::administrator(),
                 QStringLiteral("SELECT relname FROM pg_class WHERE relrowsecurity ORDER BY relname"))
          == QStringList{QStringLiteral("entity_row"), QStringLiteral("merge_base"), QStringLiteral("merge_record"),
                         QStringLiteral("municipality_member"), QStringLiteral("project"),
                         QStringLiteral("project_member"), QStringLiteral("revision"), QStringLiteral("share"),
                         QStringLiteral("share_base")});

    const Run again = app.run({QStringLiteral("--init-server"), server.uri()});
    REQUIRE(again.exitCode == 0);
    CHECK(again.outText().contains(QStringLiteral("already has Akademiplan's server schema version %1; nothing to do")
                                       .arg(ServerSchema::latestVersion())));
    CHECK(schemaVersion(server) == ServerSchema::latestVersion());
    // The address it names is the one given, without a password.
    CHECK(again.outText().contains(QStringLiteral("postgresql://akademiplan_admin@/akademiplan?host=")));
}

TEST_CASE("a team server with a newer schema than the program's is refused and left as it was", "[server][cli]")
{
    const PostgresCluster server;
    const Binary app;
    REQUIRE(app.run({QStringLiteral("--init-server"), server.uri()}).exitCode == 0);
    server.exec(QStringLiteral("UPDATE akademiplan_schema SET version = %1").arg(ServerSchema::latestVersion() + 1));
    const Run refused = app.run({QStringLiteral("--init-server"), server.uri()});
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.isEmpty());
    CHECK(refused.errText().contains(QStringLiteral("holds Akademiplan's schema version %1, newer than this program's %2")
                                         .arg(ServerSchema::latestVersion() + 1)
                                         .arg(ServerSchema::latestVersion())));
    CHECK(refused.errText().contains(QStringLiteral("nothing was changed")));
    CHECK(schemaVersion(server) == ServerSchema::latestVersion() + 1);
}

TEST_CASE("a consultant sees and changes only the projects they are assigned to, even with their own SQL",
          "[server][cli]")
{
    const PostgresCluster server;
    REQUIRE(Binary().run({QStringLiteral("--init-server"), server.uri()}).exitCode == 0);
    assignTwoMunicipalities(server);

    // Every way of asking gives Anna Aarhus's project only.
    CHECK(rowsAs(server, QStringLiteral("anna"), QStringLiteral("SELECT uuid, municipality_name FROM project"))
          == QStringList{aarhus + QStringLiteral("|Aarhus")});
    CHECK(rowsAs(server, QStringLiteral("anna"),
                 QStringLiteral("SELECT name FROM project WHERE municipality_code = 461 OR uuid = '%1'").arg(odense))
              .isEmpty());
    CHECK(rowsAs(server, QStringLiteral("anna"), QStringLiteral("SELECT count(*) FROM project_member"))
          == QStringList{QStringLiteral("1")});
    CHECK(rowsAs(server, QStringLiteral("ole"), QStringLiteral("SELECT municipality_name FROM project"))
          == QStringList{QStringLiteral("Odense")});

    // Her changes reach her own project; Odense's is not there for her to change.
    CHECK(rowsAs(server, QStringLiteral("anna"), QStringLiteral("UPDATE project SET name = 'Omdøbt' WHERE uuid = '%1'").arg(aarhus))
          == QStringList{QStringLiteral("changed 1")});
    CHECK(rowsAs(server, QStringLiteral("anna"), QStringLiteral("UPDATE project SET name = 'Kapret'"))
          == QStringList{QStringLiteral("changed 1")});
    CHECK(rowsAs(server, PostgresCluster::administrator(),
                 QStringLiteral("SELECT name FROM project WHERE uuid = '%1'").arg(odense))
          == QStringList{QStringLiteral("Innovationsakademi Odense")});
    // Nor can she make herself a member of it, or add a project of her own.
    CHECK(rowsAs(server, QStringLiteral("anna"),
                 QStringLiteral("INSERT INTO project_member VALUES ('%1', 'anna', true)").arg(odense))
              .value(0)
              .startsWith(QStringLiteral("refused: ")));
    CHECK(rowsAs(server, QStringLiteral("anna"), QStringLiteral("DELETE FROM project")).value(0).startsWith(QStringLiteral("refused: ")));
    // Assigned to one project, not to the municipality, she may not add projects to it.
    CHECK(rowsAs(server, QStringLiteral("anna"),
                 QStringLiteral("INSERT INTO project (uuid, municipality_code, municipality_name) VALUES "
                                "('00000000-0000-4000-8000-000000000001', 751, 'Aarhus')"))
              .value(0)
              .startsWith(QStringLiteral("refused: ")));
    CHECK(rowsAs(server, PostgresCluster::administrator(), QStringLiteral("SELECT count(*) FROM project"))
          == QStringList{QStringLiteral("2")});

    // Aarhus's steering group reads Aarhus's project and changes nothing.
    CHECK(rowsAs(server, QStringLiteral("birgit"), QStringLiteral("SELECT municipality_name FROM project"))
          == QStringList{QStringLiteral("Aarhus")});
    CHECK(rowsAs(server, QStringLiteral("birgit"), QStringLiteral("UPDATE project SET name = 'Styregruppen'"))
              .value(0)
              .startsWith(QStringLiteral("refused: ")));
}

TEST_CASE("setting up a server again brings one set up by an older Akademiplan up to date and keeps its projects",
          "[server][cli]")
{
    const PostgresCluster server;
    // As the Akademiplan of server schema version 2 left it, with projects on it.
    const QStringList scripts = Migrations::scriptPaths(QStringLiteral(":/schema/server"));
    REQUIRE(scripts.size() > 2);
    for (const QString &path : scripts.mid(0, 2)) {
        QFile script(path);
        REQUIRE(script.open(QIODevice::ReadOnly));
        server.exec(QString::fromUtf8(script.readAll()));
    }
    server.exec(QStringLiteral("INSERT INTO akademiplan_schema (version) VALUES (2)"));
    assignTwoMunicipalities(server);
    server.exec(QStringLiteral("INSERT INTO revision (project_uuid, uuid, number, saved) VALUES "
                               "('%1', '00000000-0000-4000-8000-000000000002', 1, now()), "
                               "('%2', '00000000-0000-4000-8000-000000000003', 1, now())")
                    .arg(aarhus, odense));

    const Run upgrade = Binary().run({QStringLiteral("--init-server"), server.uri()});
    INFO(upgrade.errText().toStdString());
    REQUIRE(upgrade.exitCode == 0);
    CHECK(upgrade.outText().contains(QStringLiteral("(server schema version %1)").arg(ServerSchema::latestVersion())));
    CHECK(schemaVersion(server) == ServerSchema::latestVersion());
    CHECK(rowsAs(server, QStringLiteral("anna"), QStringLiteral("SELECT uuid FROM project")) == QStringList{aarhus});

    // Since version 3 a consultant may take back a revision of a project they may change, and only
    // of that one; a steering group still may not.
    CHECK(rowsAs(server, QStringLiteral("birgit"), QStringLiteral("DELETE FROM revision"))
              .value(0)
              .startsWith(QStringLiteral("refused: ")));
    CHECK(rowsAs(server, QStringLiteral("anna"), QStringLiteral("DELETE FROM revision"))
          == QStringList{QStringLiteral("changed 1")});
    CHECK(rowsAs(server, PostgresCluster::administrator(), QStringLiteral("SELECT project_uuid FROM revision"))
          == QStringList{odense});
}

TEST_CASE("a wrong address or no server at the address is said so by --init-server with its exit code", "[server][cli]")
{
    const Binary app;
    const Run notAddress = app.run({QStringLiteral("--init-server"), QStringLiteral("http://example.org/akademiplan")});
    CHECK(notAddress.exitCode == 1);
    CHECK(notAddress.errText().contains(QStringLiteral("is not a server address")));
    const Run noDatabase = app.run({QStringLiteral("--init-server"), QStringLiteral("postgresql://anna@localhost")});
    CHECK(noDatabase.exitCode == 1);
    CHECK(noDatabase.errText().contains(QStringLiteral("names no database")));
    const Run withFile = app.run({QStringLiteral("--init-server"), QStringLiteral("postgresql://anna@localhost/a"),
                                  QStringLiteral("plan.akademi")});
    CHECK(withFile.exitCode == 1);
    CHECK(withFile.errText().contains(QStringLiteral("--init-server takes the server's URL and nothing else")));

    // A socket folder where no server listens.
    TempFolder empty;
    REQUIRE(QDir().mkpath(empty.path(QStringLiteral("sockets"))));
    const Run nobody = app.run({QStringLiteral("--init-server"),
                                QStringLiteral("postgresql://anna@/akademiplan?host=%1&port=5999").arg(empty.path(QStringLiteral("sockets")))});
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.errText().contains(QStringLiteral("Cannot connect to postgresql://anna@/akademiplan?host=")));
}
