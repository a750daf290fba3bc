// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Akademiplan {

// The headless operations of `akademiplan`: they need no display and print one clear line on
// stderr per problem. The window is started by main() when none of them is asked for.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::CommandLine)

public:
    // True when the arguments ask for a headless operation (decided before any QApplication
    // exists, so that no display is needed).
    static bool wantsHeadless(const QStringList &arguments);

    // Runs the operation the arguments ask for and returns the process exit code.
    static int run(const QStringList &arguments);
    // One line on stderr, "akademiplan: message", as every headless operation reports a problem.
    static void printError(const QString &message);

private:
    static int createProject(const QString &path, const QString &municipality, bool example);
    static int printInfo(const QString &path);
    static int checkFile(const QString &path);
    static int exportPdf(const QString &outPath, const QString &projectPath, const QString &academyName,
                         const QString &language, bool withParticipants, bool pdfA);
    static int shareCopy(const QString &outPath, const QString &projectPath, const QString &recipient,
                         bool withoutPersonalData, bool withoutFreeText);
};

} // namespace Akademiplan
