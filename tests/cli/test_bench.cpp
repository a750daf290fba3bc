// SPDX-License-Identifier: MPL-2.0
// The benchmark is the project's ruler for speed, so it is tested like the program: its
// generated project must be one Akademiplan accepts, with the promised size, and a run must
// report every step with its raw limit in JSON a script can read.
#include "catch.h"
#include "programrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Akademiplan::Test;

namespace {

ProgramResult bench(const PrivateEnvironment &folders, const QStringList &arguments)
{
    return runProgram(QStringLiteral(AKADEMIPLAN_BENCH_BINARY), arguments, folders.environment());
}

const QStringList stepsWithLimits = {
    QStringLiteral("open-received"), QStringLiteral("open"), QStringLiteral("edit"), QStringLiteral("delete-track"), QStringLiteral("undo-delete-track"),
    QStringLiteral("delete-participants"), QStringLiteral("undo-delete-participants"), QStringLiteral("enrol-managers"),
    QStringLiteral("import-participants"),
    QStringLiteral("save"), QStringLiteral("pdf"), QStringLiteral("run-sheets"), QStringLiteral("schedules")};
const QStringList stepsWithoutLimits = {QStringLiteral("window"), QStringLiteral("search")};

} // namespace

TEST_CASE("akademiplan_bench --generate S writes a project of the promised size that akademiplan --check accepts")
{
    PrivateEnvironment folders;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("small.akademi"));
    const ProgramResult generated = bench(folders, {QStringLiteral("--generate"), QStringLiteral("S"), path});
    INFO(generated.errText().toStdString());
    REQUIRE(generated.exitCode == 0);

    const ProgramResult check = runProgram(QStringLiteral(AKADEMIPLAN_BINARY), {QStringLiteral("--check"), path},
                                           folders.environment());
    INFO(check.errText().toStdString());
    CHECK(check.exitCode == 0);

    const ProgramResult info = runProgram(QStringLiteral(AKADEMIPLAN_BINARY), {QStringLiteral("--info"), path},
                                          folders.environment());
    REQUIRE(info.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(info.out).object().value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("tracks")).toInt() == 4);
    CHECK(counts.value(QStringLiteral("activities")).toInt() == 40);
    CHECK(counts.value(QStringLiteral("sessions")).toInt() == 80);
    CHECK(counts.value(QStringLiteral("participants")).toInt() == 300);
    CHECK(counts.value(QStringLiteral("enrolments")).toInt() == 2000);

    SECTION("an existing file is never overwritten")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const ProgramResult again = bench(folders, {QStringLiteral("--generate"), QStringLiteral("S"), path});
        CHECK(again.exitCode != 0);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == before);
    }
}

TEST_CASE("akademiplan_bench --run S --json reports every step beside its raw limit")
{
    PrivateEnvironment folders;
    const ProgramResult run =
        bench(folders, {QStringLiteral("--run"), QStringLiteral("S"), QStringLiteral("--repeat"), QStringLiteral("2"),
                        QStringLiteral("--json")});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
    INFO(error.errorString().toStdString());
    REQUIRE(!report.isEmpty());
    CHECK(report.value(QStringLiteral("size")).toString() == QStringLiteral("S"));
    const QJsonObject steps = report.value(QStringLiteral("steps")).toObject();

    for (const QString &key : stepsWithLimits + stepsWithoutLimits) {
        INFO(key.toStdString());
        const QJsonObject step = steps.value(key).toObject();
        REQUIRE(!step.isEmpty());
        CHECK(step.value(QStringLiteral("samples_ms")).toArray().size() == 2);
        CHECK(step.value(QStringLiteral("median_ms")).toDouble() > 0);
        CHECK(step.value(QStringLiteral("min_ms")).toDouble() <= step.value(QStringLiteral("median_ms")).toDouble());
        CHECK(step.value(QStringLiteral("max_ms")).toDouble() >= step.value(QStringLiteral("median_ms")).toDouble());
        const QJsonObject limit = step.value(QStringLiteral("limit")).toObject();
        if (stepsWithLimits.contains(key)) {
            CHECK(limit.value(QStringLiteral("median_ms")).toDouble() > 0);
            CHECK(step.value(QStringLiteral("ratio")).toDouble() > 0);
        } else {
            CHECK(limit.isEmpty());
        }
    }
    CHECK(steps.value(QStringLiteral("peak-memory")).toObject().value(QStringLiteral("mib")).toDouble() > 10);

    SECTION("--only runs just the steps asked for, and an unknown step is refused")
    {
        const ProgramResult some = bench(folders, {QStringLiteral("--run"), QStringLiteral("S"), QStringLiteral("--repeat"),
                                                   QStringLiteral("1"), QStringLiteral("--only"),
                                                   QStringLiteral("edit,search"), QStringLiteral("--json")});
        REQUIRE(some.exitCode == 0);
        const QJsonObject only = QJsonDocument::fromJson(some.out).object().value(QStringLiteral("steps")).toObject();
        CHECK(only.keys() == QStringList{QStringLiteral("edit"), QStringLiteral("search")});

        const ProgramResult wrong = bench(folders, {QStringLiteral("--run"), QStringLiteral("S"), QStringLiteral("--only"),
                                                    QStringLiteral("delete-everything")});
        CHECK(wrong.exitCode == 1);
        CHECK(wrong.errText().contains(QStringLiteral("delete-everything")));
    }
}
