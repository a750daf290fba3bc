// SPDX-License-Identifier: MPL-2.0
// A project on a shared drive that a colleague has open: the commands that only read say so, the
// commands that write refuse, and a lock left by a program that has ended is no lock.
#include "catch.h"
#include "cliprogram.h"
#include "programrun.h"
#include "storage/documentlock.h"
#include "testfiles.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("check, info and the plan export say that a file is open for editing, and sharing refuses", "[cli][lock]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = makeProjectFile(folder, QStringLiteral("delt drev.akademi"), true);
    DocumentLock colleague(path);
    REQUIRE(colleague.tryLock() == DocumentLock::Result::Acquired);
    const QString user = DocumentLock::currentUser().isEmpty() ? QStringLiteral("someone else")
                                                               : DocumentLock::currentUser();

    ProgramResult result = akademiplan(environment, {QStringLiteral("--check"), path});
    CHECK(result.exitCode == 0);
    CHECK(result.outText().contains(QStringLiteral("delt drev.akademi has been open for editing by %1").arg(user)));
    CHECK(result.outText().contains(QStringLiteral("as it was last saved")));

    result = akademiplan(environment, {QStringLiteral("--info"), path});
    REQUIRE(result.exitCode == 0);
    const QJsonObject locked = QJsonDocument::fromJson(result.out).object().value(QStringLiteral("locked_by")).toObject();
    CHECK(locked.value(QStringLiteral("host")).toString() == colleague.owner().host);
    CHECK_FALSE(locked.value(QStringLiteral("since")).toString().isEmpty());

    const QString pdf = folder.path(QStringLiteral("plan.pdf"));
    result = akademiplan(environment, {QStringLiteral("--export-pdf"), pdf, path});
    CHECK(result.exitCode == 0);
    CHECK(result.errText().contains(QStringLiteral("open for editing")));
    CHECK(QFileInfo(pdf).size() > 0);

    const QByteArray before = readBytes(path);
    result = akademiplan(environment, {QStringLiteral("--share-copy"), folder.path(QStringLiteral("copy.akademi")), path});
    CHECK(result.exitCode == 2);
    CHECK(result.errText().contains(QStringLiteral("open for editing")));
    CHECK(readBytes(path) == before);

    colleague.unlock();
    result = akademiplan(environment, {QStringLiteral("--check"), path});
    CHECK(result.exitCode == 0);
    CHECK_FALSE(result.outText().contains(QStringLiteral("open for editing")));
}

TEST_CASE("a lock left by a program killed on this computer is no lock", "[cli][lock]")
{
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = makeProjectFile(folder, QStringLiteral("plan.akademi"), true);
    QProcess holder;
    holder.setProcessEnvironment(environment.environment());
    holder.start(QStringLiteral(AKADEMIPLAN_TEST_HELPER), {QStringLiteral("edit"), path, QStringLiteral("1")});
    REQUIRE(holder.waitForStarted());
    QByteArray said;
    while (!said.contains("ready") && holder.waitForReadyRead(10000))
        said += holder.readAllStandardOutput();
    REQUIRE(said.contains("ready"));
    REQUIRE(DocumentLock::heldBy(path).has_value());
    holder.kill(); // SIGKILL: the lock file stays behind
    REQUIRE(holder.waitForFinished());
    REQUIRE(QFileInfo::exists(DocumentLock::lockPathFor(path)));

    CHECK_FALSE(DocumentLock::heldBy(path).has_value());
    ProgramResult result = akademiplan(environment, {QStringLiteral("--check"), path});
    CHECK(result.exitCode == 0);
    CHECK_FALSE(result.outText().contains(QStringLiteral("open for editing")));
    result = akademiplan(environment, {QStringLiteral("--share-copy"), folder.path(QStringLiteral("copy.akademi")), path});
    INFO(result.errText().toStdString());
    CHECK(result.exitCode == 0);
}
