// SPDX-License-Identifier: MPL-2.0
// A consultant whose laptop dies loses no edit, and a save cut short never leaves a broken plan.
#include "catch.h"
#include "storage/projectinspector.h"
#include "testfiles.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// Starts the helper and returns the numbers it reported until it printed `untilWord`, or until
// `killAfterMs` passed, after which it is killed (SIGKILL: no clean-up code runs).
QList<qint64> runHelperAndKill(const QStringList &arguments, const QByteArray &word, int killAfterMs)
{
    QProcess helper;
    helper.setProcessChannelMode(QProcess::SeparateChannels);
    helper.start(QStringLiteral(AKADEMIPLAN_TEST_HELPER), arguments);
    REQUIRE(helper.waitForStarted());
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < killAfterMs && helper.state() == QProcess::Running) {
        helper.waitForReadyRead(10);
        output += helper.readAllStandardOutput();
    }
    helper.kill();
    helper.waitForFinished();
    output += helper.readAllStandardOutput();
    INFO(helper.readAllStandardError().toStdString());
    CHECK(helper.exitStatus() == QProcess::CrashExit);
    QList<qint64> numbers;
    for (const QByteArray &line : output.split('\n'))
        if (line.startsWith(word + ' '))
            numbers.append(line.mid(word.size() + 1).toLongLong());
    return numbers;
}

} // namespace

TEST_CASE("a process killed between edits loses no committed edit and its work can be recovered", "[crash]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("crash.akademi"), false);
    const QByteArray documentBefore = readBytes(path);
    REQUIRE(WorkingCopy::findRecoverable().isEmpty());

    const QList<qint64> committed =
        runHelperAndKill({QStringLiteral("edit"), path, QStringLiteral("0")}, "committed", 700);
    REQUIRE_FALSE(committed.isEmpty());

    // The document itself was never written: only Save does that.
    CHECK(readBytes(path) == documentBefore);

    const QList<WorkingCopy::Recoverable> found = WorkingCopy::findRecoverable();
    REQUIRE(found.size() == 1);
    CHECK(found.front().documentPath == QFileInfo(path).absoluteFilePath());
    FileProblem problem;
    auto recovered = Document::recover(found.front(), &problem);
    INFO(problem.message.toStdString());
    REQUIRE(recovered);
    CHECK(recovered->isModified());
    // Every edit reported as committed is there (one more may have committed unreported).
    CHECK(recovered->project().participants.size() >= committed.back());
    CHECK(recovered->project().participants.size() <= committed.back() + 1);

    const qsizetype recoveredCount = recovered->project().participants.size();
    REQUIRE(recovered->save(&problem));
    recovered.reset();
    CHECK(readProject(path).participants.size() == recoveredCount);
    CHECK(WorkingCopy::findRecoverable().isEmpty());
}

TEST_CASE("a save killed at any moment leaves the old or the new document, never a broken one", "[crash]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("atomic.akademi"), true);
    const qsizetype initial = readProject(path).participants.size();
    qsizetype lastSeen = initial;
    for (int round = 0; round < 12; ++round) {
        const int killAfter = 150 + int(QRandomGenerator::global()->bounded(400));
        const QList<qint64> saved = runHelperAndKill({QStringLiteral("save-loop"), path}, "saved", killAfter);
        const qint64 lastReported = saved.isEmpty() ? lastSeen : saved.back();

        const ProjectInspector::Result check = ProjectInspector::inspect(path);
        INFO("round " << round << ", killed after " << killAfter << " ms: " << check.problem.message.toStdString());
        REQUIRE(check.canEdit());
        const qsizetype now = readProject(path).participants.size();
        // Either the last save it reported or the one it was in the middle of.
        CHECK(now >= lastReported);
        CHECK(now <= lastReported + 1);
        lastSeen = now;

        // The killed session's unsaved work is found and, here, thrown away.
        for (const WorkingCopy::Recoverable &work : WorkingCopy::findRecoverable())
            WorkingCopy::discard(work);
    }
    CHECK(lastSeen > initial);

    // The next save tidies away the copies that killed saves left beside the document.
    {
        auto document = openDocument(path);
        FileProblem problem;
        REQUIRE(document->saveAs(path, &problem));
    }
    for (const QString &name : QDir(folder.path(QString())).entryList(QDir::Files | QDir::Hidden))
        CHECK_FALSE(name.contains(QStringLiteral(".saving-")));
}
