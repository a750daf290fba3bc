// SPDX-License-Identifier: MPL-2.0
// The planning checks on the command line, run as the real binary: --check-plan fails on a
// problem and not on a dismissed one, and --info lists every warning with its kind, severity,
// rows and dates.
#include "catch.h"
#include "cliprogram.h"
#include "programrun.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QJsonArray warningsOf(const PrivateEnvironment &environment, const QString &path)
{
    const ProgramResult info = akademiplan(environment, {QStringLiteral("--info"), path});
    REQUIRE(info.exitCode == 0);
    return QJsonDocument::fromJson(info.out).object().value(QStringLiteral("warnings")).toArray();
}

QJsonObject withKind(const QJsonArray &warnings, const QString &kind)
{
    for (const QJsonValue &warning : warnings)
        if (warning.toObject().value(QStringLiteral("kind")).toString() == kind)
            return warning.toObject();
    FAIL("no warning of kind " << kind.toStdString());
    return {};
}

void apply(const PrivateEnvironment &environment, const TempFolder &folder, const QString &path, const QString &changes)
{
    const QString batch = folder.path(QStringLiteral("changes.json"));
    writeBytes(batch, QStringLiteral(R"({"format": "akademiplan-changes", "version": 1, "changes": [%1]})")
                          .arg(changes)
                          .toUtf8());
    const ProgramResult run = akademiplan(environment, {QStringLiteral("--apply"), batch, path});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
}

} // namespace

TEST_CASE("check-plan passes the example and fails once a session is moved to Ascension Day", "[cli][plancheck]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("plan.akademi"), true);
    PrivateEnvironment environment;

    // The example has warnings but no problem; its Saturday seminar is dismissed with a reason.
    const ProgramResult clean = akademiplan(environment, {QStringLiteral("--check-plan"), path});
    INFO(clean.errText().toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.outText().contains(QStringLiteral("session-in-school-holiday")));
    CHECK(clean.outText().contains(QStringLiteral("(dismissed: ")));
    const QJsonObject weekend = withKind(warningsOf(environment, path), QStringLiteral("session-on-weekend"));
    CHECK(weekend.value(QStringLiteral("dismissed")).toBool());
    CHECK_FALSE(weekend.value(QStringLiteral("dismissal_reason")).toString().isEmpty());

    // Move the school-holiday session to Ascension Day 2027.
    const QJsonObject holiday = withKind(warningsOf(environment, path), QStringLiteral("session-in-school-holiday"));
    const QString session = holiday.value(QStringLiteral("uuid")).toString();
    apply(environment, folder, path,
          QStringLiteral(R"({"change": "session", "uuid": "%1", "fields": {"date": "2027-05-06"}})").arg(session));
    const QByteArray before = readBytes(path);
    const ProgramResult failed = akademiplan(environment, {QStringLiteral("--check-plan"), path});
    CHECK(failed.exitCode == 3);
    CHECK(failed.outText().contains(QStringLiteral("session-on-public-holiday %1").arg(session)));
    CHECK(readBytes(path) == before);

    const QJsonObject problem = withKind(warningsOf(environment, path), QStringLiteral("session-on-public-holiday"));
    CHECK(problem.value(QStringLiteral("severity")).toString() == QStringLiteral("problem"));
    CHECK(problem.value(QStringLiteral("entity")).toString() == QStringLiteral("session"));
    CHECK(problem.value(QStringLiteral("uuid")).toString() == session);
    CHECK(problem.value(QStringLiteral("dates")).toArray() == QJsonArray{QStringLiteral("2027-05-06")});
    CHECK_FALSE(problem.value(QStringLiteral("related")).toArray().isEmpty());
    CHECK(problem.value(QStringLiteral("message")).toString().contains(QStringLiteral("Ascension Day")));
    CHECK_FALSE(problem.value(QStringLiteral("dismissed")).toBool());

    // The consultant dismisses it with a reason: the check passes again, and says so.
    apply(environment, folder, path,
          QStringLiteral(R"({"add": "dismissal", "fields": {"kind": "session-on-public-holiday", "subjectUuid": "%1",
                            "detail": "ascension-day", "reason": "The council chose this date"}})")
              .arg(session));
    const ProgramResult dismissed = akademiplan(environment, {QStringLiteral("--check-plan"), path});
    CHECK(dismissed.exitCode == 0);
    CHECK(dismissed.outText().contains(QStringLiteral("(dismissed: The council chose this date)")));
}

TEST_CASE("check-plan on a file that is not a project says so and exits 2", "[cli][plancheck]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString notAProject = folder.path(QStringLiteral("notes.akademi"));
    writeBytes(notAProject, QByteArray("just some text\n"));
    const ProgramResult run = akademiplan(environment, {QStringLiteral("--check-plan"), notAProject});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK_FALSE(run.errText().trimmed().isEmpty());
    const ProgramResult missing =
        akademiplan(environment, {QStringLiteral("--check-plan"), folder.path(QStringLiteral("gone.akademi"))});
    CHECK(missing.exitCode == 2);
}
