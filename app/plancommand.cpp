// SPDX-License-Identifier: MPL-2.0
#include "plancommand.h"

#include "commandline.h"
#include "exitcode.h"
#include "planning/plancheck.h"

#include <QFileInfo>

namespace Akademiplan {

int PlanCommand::run(const QString &projectPath)
{
    Project project;
    if (!CommandLine::readProject(projectPath, project))
        return ExitFileUnusable;
    const PlanWarnings warnings = PlanCheck::run(project);
    const QString file = QFileInfo(projectPath).fileName();
    QString text;
    int dismissed = 0;
    for (const PlanWarning &warning : warnings) {
        QString line = tr("%1: %2: %3 [%4 %5]")
                           .arg(file, PlanCheck::label(warning.severity).toLower(), warning.message, warning.kind,
                                warning.subjectUuid.toString(QUuid::WithoutBraces));
        if (warning.dismissed) {
            ++dismissed;
            line += QLatin1Char(' ') + tr("(dismissed: %1)").arg(warning.dismissalReason);
        }
        text += line + QLatin1Char('\n');
    }
    using Severity = PlanWarning::Severity;
    text += tr("%1: %2, %3, %4, %5.\n")
                .arg(file, tr("%n problem(s)", nullptr, PlanCheck::countOf(warnings, Severity::Problem)),
                     tr("%n warning(s)", nullptr, PlanCheck::countOf(warnings, Severity::Warning)),
                     tr("%n for information", nullptr, PlanCheck::countOf(warnings, Severity::Information)),
                     tr("%n dismissed", nullptr, dismissed));
    CommandLine::printOut(text);
    return PlanCheck::hasProblems(warnings) ? ExitInputRejected : ExitSuccess;
}

} // namespace Akademiplan
