// SPDX-License-Identifier: MPL-2.0
// The team server's load test in its short form: a few simulated consultants editing one project
// on a real server for a few seconds. Every acknowledged edit must be on the server and in every
// client at the end, the conflicts the change counters detect are counted, and an edit reaches
// the other clients in well under a second. The long form is in docs/performance.md.
#include "catch.h"
#include "postgrescluster.h"
#include "programrun.h"
#include "teamserver.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the team server's load test loses no edit of several clients at once", "[server][cli][bench]")
{
    const PostgresCluster server;
    TeamServer::setUpSchema(server);
    PrivateEnvironment folders;
    const ProgramResult run = runProgram(QStringLiteral(AKADEMIPLAN_BENCH_BINARY),
                                         {QStringLiteral("--server-load"), server.uri(), QStringLiteral("--clients"),
                                          QStringLiteral("4"), QStringLiteral("--seconds"), QStringLiteral("3"),
                                          QStringLiteral("--pause"), QStringLiteral("5"), QStringLiteral("--json")},
                                         folders.environment());
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    INFO(run.outText().toStdString());
    CHECK(report.value(QStringLiteral("clients")).toInt() == 4);
    CHECK(report.value(QStringLiteral("edits")).toInt() > 100);
    CHECK(report.value(QStringLiteral("lost")).toInt() == 0);
    CHECK(report.value(QStringLiteral("staleClients")).toInt() == 0);
    CHECK(report.value(QStringLiteral("conflicts")).toInt() >= 0);
    // Three others hear of each edit.
    CHECK(report.value(QStringLiteral("latencySamples")).toInt() >= report.value(QStringLiteral("edits")).toInt());
    CHECK(report.value(QStringLiteral("latencyMedianMs")).toDouble() > 0);
    CHECK(report.value(QStringLiteral("latencyMedianMs")).toDouble() < 1000);
    CHECK(report.value(QStringLiteral("rawEditsPerSecond")).toDouble() > 0);
    // The benchmark takes its project away again.
    CHECK(projectsOn(server) == 0);
}
