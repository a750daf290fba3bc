// SPDX-License-Identifier: MPL-2.0
#include "budgetcommand.h"

#include "commandline.h"
#include "domain/project.h"
#include "exchange/budgetexport.h"
#include "exitcode.h"
#include "namedrows.h"

#include <QFileInfo>

namespace Akademiplan {

int BudgetCommand::run(const QString &outPath, const QString &projectPath, const QString &academyName)
{
    if (QFileInfo(outPath).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0) {
        CommandLine::printError(tr("The budget's file name must end in .csv: %1").arg(outPath));
        return ExitUsage;
    }
    Project project;
    if (!CommandLine::readProject(projectPath, project))
        return ExitFileUnusable;
    QString error;
    qint64 academyId = NamedRows::academy(project, academyName, &error);
    if (academyName.isNull() && !project.academies.isEmpty())
        academyId = project.academies.at(0).id;
    if (error.isEmpty() && academyId == 0)
        error = tr("The project has no academy to write the budget of.");
    if (!error.isEmpty()) {
        CommandLine::printError(error);
        return ExitInputRejected;
    }
    if (!BudgetExport::write(project, academyId, outPath, &error)) {
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    return ExitSuccess;
}

} // namespace Akademiplan
