// SPDX-License-Identifier: MPL-2.0
// The real binary, killed with SIGKILL at random moments while it edits and saves a project
// (`akademiplan --drive`, see app/editdriver.h), again and again, each run recovering what the
// last one left: every acknowledged edit must survive, the document must always pass its checks
// and be either the version before a save or the one after it. The short form runs in CTest;
// the long form (docs/reliability.md) sets AKADEMIPLAN_FAULT_KILLS and AKADEMIPLAN_FAULT_SEED.
#include "catch.h"
#include "programrun.h"
#include "storage/projectinspector.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

int settingOr(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

qint64 highestFaultNumber(const Project &project)
{
    static const QRegularExpression pattern(QStringLiteral("^Fault (\\d+)"));
    qint64 highest = 0;
    for (const Participant &participant : project.participants) {
        const QRegularExpressionMatch match = pattern.match(participant.name);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toLongLong());
    }
    return highest;
}

// What the runs so far have acknowledged, and where the last kill landed.
struct Ledger
{
    qint64 committed = 0;   // every "Fault N" up to this is durable
    qint64 saved = 0;       // the document holds participants up to this
    qint64 savingFrom = -1; // a save was under way when the run was killed: the document may hold this
    int kills = 0;
    int killedStarting = 0;
    int killedInEdit = 0;
    int killedInSave = 0;
    int killedBetween = 0;
    qint64 lostEdits = 0;
    // Recovered whole, but opened read-only because the document's lock could not be taken: no
    // edit is lost (the next start recovers again), but a user would have to save under a new
    // name. Counted and printed, not yet understood (docs/reliability.md).
    int readOnlyRecoveries = 0;
};

} // namespace

TEST_CASE("killing the program at random moments while it edits and saves loses no acknowledged edit",
          "[cli][fault]")
{
    const int kills = settingOr("AKADEMIPLAN_FAULT_KILLS", 120);
    const auto seed = quint32(settingOr("AKADEMIPLAN_FAULT_SEED", 20261204));
    TempFolder folder;
    PrivateEnvironment environment;
    const QString path = makeProjectFile(folder, QStringLiteral("fault.akademi"), false);
    QRandomGenerator random(seed);
    Ledger ledger;
    QElapsedTimer clock;
    clock.start();

    for (int run = 0; run <= kills; ++run) {
        QProcess driver;
        driver.setProcessEnvironment(environment.environment());
        driver.start(QStringLiteral(AKADEMIPLAN_BINARY),
                     {QStringLiteral("--drive"), path, QStringLiteral("--seed"), QString::number(seed + quint32(run))});
        REQUIRE(driver.waitForStarted());
        // Long enough to reach the edits and saves; short enough to land in the start as well.
        const int lifetime = run == kills ? 1500 : int(random.bounded(20, 450));
        QElapsedTimer alive;
        alive.start();
        while (alive.elapsed() < lifetime && driver.state() == QProcess::Running)
            driver.waitForReadyRead(int(lifetime - alive.elapsed()) + 1);
        INFO("run " << run << " of seed " << seed);
        if (driver.state() != QProcess::Running) {
            INFO("stdout: " << driver.readAllStandardOutput().toStdString());
            INFO("stderr: " << driver.readAllStandardError().toStdString() << ", exit " << driver.exitCode());
            FAIL("the driver stopped on its own"); // it never does unless something failed
        }
        driver.kill();
        REQUIRE(driver.waitForFinished());
        const QStringList lines = QString::fromUtf8(driver.readAllStandardOutput()).split(QLatin1Char('\n'),
                                                                                         Qt::SkipEmptyParts);
        INFO("stderr: " << driver.readAllStandardError().toStdString());

        QString last = QStringLiteral("starting");
        bool savingNow = false;
        for (const QString &line : lines) {
            const QString what = line.section(QLatin1Char(' '), 0, 0);
            const qint64 number = line.section(QLatin1Char(' '), 1, 1).toLongLong();
            if (what == QLatin1String("recovered-read-only"))
                ++ledger.readOnlyRecoveries;
            if (what == QLatin1String("opened") || what.startsWith(QLatin1String("recovered"))) {
                // Everything acknowledged before the last kill is in the project it starts from.
                if (number < ledger.committed)
                    ledger.lostEdits += ledger.committed - number;
                CHECK(number >= ledger.committed);
                ledger.committed = number;
                ledger.savingFrom = -1;
            } else if (what == QLatin1String("committed")) {
                ledger.committed = number;
            } else if (what == QLatin1String("saving")) {
                ledger.savingFrom = number;
                savingNow = true;
            } else if (what == QLatin1String("saved")) {
                ledger.saved = number;
                ledger.savingFrom = -1;
                savingNow = false;
            }
            last = what;
        }
        if (run == kills)
            break; // the last run only shows that the last kill's work was recovered
        ++ledger.kills;
        if (last == QLatin1String("starting") || last == QLatin1String("opened")
            || last.startsWith(QLatin1String("recovered")))
            ++ledger.killedStarting;
        else if (last == QLatin1String("editing") || last == QLatin1String("renaming"))
            ++ledger.killedInEdit;
        else if (savingNow)
            ++ledger.killedInSave;
        else
            ++ledger.killedBetween;

        // The document is whole, and either the version before the save under way or after it.
        const ProjectInspector::Result check = ProjectInspector::inspect(path);
        INFO(check.problem.message.toStdString());
        REQUIRE(check.canEdit());
        const qint64 inDocument = highestFaultNumber(readProject(path));
        INFO("document holds up to " << inDocument << ", last saved " << ledger.saved << ", saving "
                                     << ledger.savingFrom);
        REQUIRE((inDocument == ledger.saved || inDocument == ledger.savingFrom));
        ledger.saved = inDocument;
    }

    std::printf("fault run: seed %u, %d kills in %.0f s: %d while starting or recovering, %d inside an edit's "
                "transaction, %d inside a save, %d between steps; %lld edits acknowledged, %lld lost; %d recoveries "
                "read-only\n",
                seed, ledger.kills, clock.elapsed() / 1000.0, ledger.killedStarting, ledger.killedInEdit,
                ledger.killedInSave, ledger.killedBetween, static_cast<long long>(ledger.committed),
                static_cast<long long>(ledger.lostEdits), ledger.readOnlyRecoveries);
    std::fflush(stdout);
    CHECK(ledger.lostEdits == 0);
    // A run that never hit an edit or a save in flight proves nothing about them.
    CHECK(ledger.killedInEdit > 0);
    CHECK(ledger.killedInSave > 0);
}
