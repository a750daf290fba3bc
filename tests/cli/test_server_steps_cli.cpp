// SPDX-License-Identifier: MPL-2.0
// The benchmark's large steps on the team server in their short form, on a small project: each
// is timed with its raw limit beside it, the server holds the project as it was after a track's
// removal and its undo, and the benchmark leaves no project behind. The long form, on a large
// project, is in docs/performance.md.
#include "catch.h"
#include "postgrescluster.h"
#include "programrun.h"
#include "teamserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the benchmark times a window's large steps on the team server beside their raw limit",
          "[server][cli][bench]")
{
    const PostgresCluster server;
    TeamServer::setUpSchema(server);
    PrivateEnvironment folders;
    const ProgramResult run = runProgram(QStringLiteral(AKADEMIPLAN_BENCH_BINARY),
                                         {QStringLiteral("--server-steps"), server.uri(), QStringLiteral("--run"),
                                          QStringLiteral("S"), QStringLiteral("--json")},
                                         folders.environment());
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    INFO(run.outText().toStdString());
    CHECK(report.value(QStringLiteral("rows")).toInteger() > 1000);
    QStringList names;
    for (const QJsonValue &value : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        const QString name = step.value(QStringLiteral("step")).toString();
        names.append(name);
        INFO(name.toStdString());
        CHECK(step.value(QStringLiteral("ms")).toDouble() > 0);
        if (name == QLatin1String("delete-track") || name == QLatin1String("undo-delete-track")
            || name == QLatin1String("publish")) {
            CHECK(step.value(QStringLiteral("rows")).toInteger() > 100);
            CHECK(step.value(QStringLiteral("rawMs")).toDouble() > 0);
            CHECK(step.value(QStringLiteral("ratioToRaw")).toDouble() > 0);
        }
    }
    CHECK(names
          == QStringList{QStringLiteral("publish"), QStringLiteral("open"), QStringLiteral("delete-track"),
                         QStringLiteral("undo-delete-track"), QStringLiteral("edit"), QStringLiteral("save")});
    CHECK(projectsOn(server) == 0);
}
