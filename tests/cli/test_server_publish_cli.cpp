// SPDX-License-Identifier: MPL-2.0
// A project file put on a real team server with --publish and written back as a file with --fetch:
// the same rows, tombstones and history, field for field, so that a copy shared from the fetched
// file and a copy that comes back to it merge exactly as with the file it was published from.
// Who may publish and fetch is the server's to decide.
#include "catch.h"
#include "postgrescluster.h"
#include "roundtripsupport.h"
#include "storage/projectreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

#include <map>
#include <tuple>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// Fredericia's consultant Anna may publish and change its projects, Ole is Odense's, and
// Fredericia's steering group, of which Birgit is one, follows Fredericia's projects.
void assignConsultants(const PostgresCluster &server)
{
    server.exec(QStringLiteral(
        "CREATE ROLE anna LOGIN IN ROLE akademiplan_consultant;"
        "CREATE ROLE ole LOGIN IN ROLE akademiplan_consultant;"
        "CREATE ROLE fredericia_steering NOLOGIN IN ROLE akademiplan_steering;"
        "CREATE ROLE birgit LOGIN IN ROLE fredericia_steering;"
        "INSERT INTO municipality_member (municipality_code, member, may_edit) VALUES "
        "(607, 'anna', true), (461, 'ole', true), (607, 'fredericia_steering', false);"));
}

ProjectArchive archiveOf(const QString &path)
{
    ProjectArchive archive;
    const ProjectInspector::Result read = ProjectReader::readArchive(path, archive);
    INFO(read.problem.message.toStdString());
    REQUIRE(read.canEdit());
    return archive;
}

QJsonObject fieldsOf(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

// Every row and tombstone by UUID: type, change counter, modification time, removed, fields.
using RowState = std::tuple<int, qint64, QString, bool, QJsonObject>;
std::map<QString, RowState> rowsOf(const ProjectArchive &archive)
{
    std::map<QString, RowState> rows;
    for (const ArchivedRow &row : archive.rows)
        rows[uuidText(row.row.uuid)] = {int(row.row.type), row.row.changeCounter, timestampText(row.modified),
                                        row.removed, fieldsOf(row.row.fields)};
    return rows;
}

using BaseState = std::tuple<int, qint64, QJsonObject>;
std::map<QString, std::map<QString, BaseState>> basesOf(const QHash<QUuid, std::vector<StoredRow>> &bases)
{
    std::map<QString, std::map<QString, BaseState>> all;
    for (auto it = bases.cbegin(); it != bases.cend(); ++it)
        for (const StoredRow &row : it.value())
            all[uuidText(it.key())][uuidText(row.uuid)] = {int(row.type), row.changeCounter, fieldsOf(row.fields)};
    return all;
}

QString scalarAs(const PostgresCluster &server, const QString &user, const QString &sql)
{
    QString value;
    server.as(user, [&](QSqlDatabase &database) {
        QSqlQuery query(database);
        value = query.exec(sql) && query.next() ? query.value(0).toString() : QStringLiteral("refused");
    });
    return value;
}

// A project with a history worth keeping: saves, a copy shared and merged back, removed rows
// with and without the fields their tombstones keep.
QString projectWithHistory(const RoundTrip &trip)
{
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const Project made = readProject(mine);
    trip.apply(mine, QStringLiteral(R"([{"remove": "participant", "uuid": "%1"}])").arg(uuidText(made.participants.at(0))));
    const QString returned = trip.share(mine, QStringLiteral("returned.akademi"),
                                        {QStringLiteral("--to"), QStringLiteral("Fredericia HR")});
    trip.apply(returned, QStringLiteral(R"([{"change": "activity", "uuid": "%1", "fields": {"location": "Fredericia Library"}}])")
                             .arg(uuidText(activityTitled(made, QStringLiteral("Kick-off workshop for the network")))));
    REQUIRE(trip.merge(returned, mine).exitCode == 0);
    trip.apply(mine, QStringLiteral(R"([{"remove": "activity", "uuid": "%1"}])")
                         .arg(uuidText(activityTitled(made, QStringLiteral("Brown-bag meetings")))));
    return mine;
}

} // namespace

TEST_CASE("a project published to the team server and fetched back is the same file, field for field",
          "[server][cli]")
{
    const PostgresCluster server;
    RoundTrip trip;
    REQUIRE(trip.run({QStringLiteral("--init-server"), server.uri()}).exitCode == 0);
    assignConsultants(server);
    const QString mine = projectWithHistory(trip);
    const ProjectArchive published = archiveOf(mine);
    REQUIRE(published.info.history.size() >= 3);
    REQUIRE(published.info.shares.size() == 1);
    REQUIRE(published.info.merges.size() == 1);
    REQUIRE(std::count_if(published.rows.begin(), published.rows.end(),
                          [](const ArchivedRow &row) { return row.removed && row.row.fields.isEmpty(); })
            > 0); // removed rows about people keep nothing
    REQUIRE(std::count_if(published.rows.begin(), published.rows.end(),
                          [](const ArchivedRow &row) { return row.removed && !row.row.fields.isEmpty(); })
            > 0);

    const ProgramResult publish = trip.run({QStringLiteral("--publish"), mine, server.uri(QStringLiteral("anna"))});
    INFO(publish.errText().toStdString());
    REQUIRE(publish.exitCode == 0);
    const QString project = uuidText(published.info.uuid);
    CHECK(publish.outText().contains(QStringLiteral("Published plan.akademi on postgresql://anna@/akademiplan?host=")));
    CHECK(publish.outText().contains(project));
    CHECK(scalarAs(server, QStringLiteral("anna"), QStringLiteral("SELECT name FROM project"))
          == QStringLiteral("Innovation Academy Fredericia 2027"));

    const QString fetchedPath = trip.path(QStringLiteral("fetched.akademi"));
    const ProgramResult fetch =
        trip.run({QStringLiteral("--fetch"), server.uri(QStringLiteral("anna")), project, fetchedPath});
    INFO(fetch.errText().toStdString());
    REQUIRE(fetch.exitCode == 0);
    CHECK(fetch.outText().contains(QStringLiteral("to fetched.akademi")));
    CHECK(trip.run({QStringLiteral("--check"), fetchedPath}).exitCode == 0);

    const ProjectArchive fetched = archiveOf(fetchedPath);
    CHECK(fetched.info == published.info); // the project, every save, share and merge
    CHECK(rowsOf(fetched) == rowsOf(published));
    CHECK(basesOf(fetched.shareBases) == basesOf(published.shareBases));
    CHECK(basesOf(fetched.mergeBases) == basesOf(published.mergeBases));
    // Row ids are the file's own, but the order of the rows is kept.
    const Project original = readProject(mine);
    const Project copy = readProject(fetchedPath);
    REQUIRE(copy.participants.size() == original.participants.size());
    for (qsizetype i = 0; i < original.participants.size(); ++i)
        CHECK(copy.participants.at(i).uuid == original.participants.at(i).uuid);

    // The municipality keeps working in the copy it sent back: the fetched file compares it
    // three-way against what was merged, as the file it came from does, and takes in only the new.
    const Activity masterclass = activityTitled(original, QStringLiteral("Masterclass: innovation in welfare"));
    trip.apply(trip.path(QStringLiteral("returned.akademi")),
               QStringLiteral(R"([{"change": "activity", "uuid": "%1", "fields": {"capacity": 35}}])")
                   .arg(uuidText(masterclass)));
    const QJsonObject fromFetched = trip.compare(trip.path(QStringLiteral("returned.akademi")), fetchedPath);
    const QJsonObject fromOriginal = trip.compare(trip.path(QStringLiteral("returned.akademi")), mine);
    CHECK(fromFetched.value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    CHECK(fromFetched.value(QStringLiteral("differences")) == fromOriginal.value(QStringLiteral("differences")));
    CHECK(count(fromFetched, QStringLiteral("theirs")) == 1);
    const ProgramResult merged = trip.merge(trip.path(QStringLiteral("returned.akademi")), fetchedPath);
    INFO(merged.errText().toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(rowWithUuid<Activity>(readProject(fetchedPath), masterclass.uuid).capacity == 35);
    // And a copy shared from the fetched file comes back to it like any other.
    const QString again = trip.share(fetchedPath, QStringLiteral("again.akademi"));
    trip.apply(again, QStringLiteral(R"([{"change": "activity", "uuid": "%1", "fields": {"facilitator": "Lene Dahl"}}])")
                          .arg(uuidText(masterclass)));
    CHECK(trip.compare(again, fetchedPath).value(QStringLiteral("mode")).toString() == QStringLiteral("three-way"));
    REQUIRE(trip.merge(again, fetchedPath).exitCode == 0);
    CHECK(rowWithUuid<Activity>(readProject(fetchedPath), masterclass.uuid).facilitator == QStringLiteral("Lene Dahl"));
}

TEST_CASE("the team server decides who may publish and fetch a project", "[server][cli]")
{
    const PostgresCluster server;
    RoundTrip trip;
    REQUIRE(trip.run({QStringLiteral("--init-server"), server.uri()}).exitCode == 0);
    assignConsultants(server);
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));
    const QString project = uuidText(readProject(mine).info.uuid);

    // Odense's consultant may not put Fredericia's project on the server.
    const ProgramResult byOle = trip.run({QStringLiteral("--publish"), mine, server.uri(QStringLiteral("ole"))});
    CHECK(byOle.exitCode == 3);
    CHECK(byOle.errText().contains(QStringLiteral("You may not publish projects of Fredericia (municipality code 607)")));
    CHECK(scalarAs(server, PostgresCluster::administrator(), QStringLiteral("SELECT count(*) FROM project"))
          == QStringLiteral("0"));

    REQUIRE(trip.run({QStringLiteral("--publish"), mine, server.uri(QStringLiteral("anna"))}).exitCode == 0);
    const QString rows = scalarAs(server, PostgresCluster::administrator(), QStringLiteral("SELECT count(*) FROM entity_row"));
    CHECK(rows.toInt() > 500);
    // A second publish is refused and changes nothing.
    const ProgramResult twice = trip.run({QStringLiteral("--publish"), mine, server.uri(QStringLiteral("anna"))});
    CHECK(twice.exitCode == 3);
    CHECK(twice.errText().contains(QStringLiteral("The project %1 is on the server already").arg(project)));
    CHECK(scalarAs(server, PostgresCluster::administrator(), QStringLiteral("SELECT count(*) FROM entity_row")) == rows);

    // Ole sees none of it, however he asks.
    const QString odenseCopy = trip.path(QStringLiteral("ole.akademi"));
    const ProgramResult fetchByOle =
        trip.run({QStringLiteral("--fetch"), server.uri(QStringLiteral("ole")), project, odenseCopy});
    CHECK(fetchByOle.exitCode == 3);
    CHECK(fetchByOle.errText().contains(QStringLiteral("The server has no project %1 that you may see.").arg(project)));
    CHECK_FALSE(QFile::exists(odenseCopy));
    for (const QString &table : {QStringLiteral("entity_row"), QStringLiteral("revision"), QStringLiteral("share"),
                                 QStringLiteral("share_base"), QStringLiteral("merge_record")})
        CHECK(scalarAs(server, QStringLiteral("ole"), QStringLiteral("SELECT count(*) FROM %1").arg(table))
              == QStringLiteral("0"));
    CHECK(scalarAs(server, QStringLiteral("ole"),
                   QStringLiteral("UPDATE entity_row SET fields = '{}' RETURNING uuid")) == QStringLiteral("refused"));

    // The steering group reads it and may take it as a file, but changes nothing.
    const QString steeringCopy = trip.path(QStringLiteral("birgit.akademi"));
    REQUIRE(trip.run({QStringLiteral("--fetch"), server.uri(QStringLiteral("birgit")), project, steeringCopy}).exitCode == 0);
    CHECK(readProject(steeringCopy).participants.size() == readProject(mine).participants.size());
    CHECK(scalarAs(server, QStringLiteral("birgit"),
                   QStringLiteral("UPDATE entity_row SET change_counter = change_counter + 1 RETURNING uuid"))
          == QStringLiteral("refused"));
    CHECK(scalarAs(server, QStringLiteral("birgit"), QStringLiteral("SELECT count(*) FROM entity_row")) == rows);
}

TEST_CASE("publishing and fetching say what is wrong with their arguments, the file or the server", "[server][cli]")
{
    const PostgresCluster server;
    RoundTrip trip;
    REQUIRE(trip.run({QStringLiteral("--init-server"), server.uri()}).exitCode == 0);
    assignConsultants(server);
    const QString mine = trip.newProject(QStringLiteral("plan.akademi"));

    const ProgramResult noUrl = trip.run({QStringLiteral("--publish"), mine});
    CHECK(noUrl.exitCode == 1);
    CHECK(noUrl.errText().contains(QStringLiteral("--publish takes the project FILE and the server's URL")));
    const ProgramResult notUuid = trip.run({QStringLiteral("--fetch"), server.uri(), QStringLiteral("plan"),
                                            trip.path(QStringLiteral("out.akademi"))});
    CHECK(notUuid.exitCode == 1);
    CHECK(notUuid.errText().contains(QStringLiteral("plan is not a project's UUID")));

    QFile notProject(trip.path(QStringLiteral("notes.akademi")));
    REQUIRE(notProject.open(QIODevice::WriteOnly));
    notProject.write("Dagsorden\n");
    notProject.close();
    const ProgramResult foreign = trip.run({QStringLiteral("--publish"), notProject.fileName(),
                                            server.uri(QStringLiteral("anna"))});
    CHECK(foreign.exitCode == 2);
    CHECK(errorLines(foreign).size() == 1);
    CHECK(scalarAs(server, PostgresCluster::administrator(), QStringLiteral("SELECT count(*) FROM project"))
          == QStringLiteral("0"));

    // A folder that is not there: nothing is written, and the message names it.
    REQUIRE(trip.run({QStringLiteral("--publish"), mine, server.uri(QStringLiteral("anna"))}).exitCode == 0);
    const QString project = uuidText(readProject(mine).info.uuid);
    const ProgramResult noFolder = trip.run({QStringLiteral("--fetch"), server.uri(QStringLiteral("anna")), project,
                                             trip.path(QStringLiteral("missing/out.akademi"))});
    CHECK(noFolder.exitCode == 2);
    CHECK(noFolder.errText().contains(QStringLiteral("the folder")));

    // A server a version ahead of the program is not written to.
    server.exec(QStringLiteral("UPDATE akademiplan_schema SET version = version + 1"));
    const ProgramResult newer = trip.run({QStringLiteral("--fetch"), server.uri(QStringLiteral("anna")), project,
                                          trip.path(QStringLiteral("out.akademi"))});
    CHECK(newer.exitCode == 2);
    CHECK(newer.errText().contains(QStringLiteral("newer than this program's")));
    CHECK_FALSE(QFile::exists(trip.path(QStringLiteral("out.akademi"))));
}
