// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"
#include "domain/project.h"
#include "exitcode.h"
#include "outputwriters.h"
#include "report/outputoptions.h"
#include "report/programmeplan.h"

namespace Akademiplan {

int OutputWriters::programmePlan(const Project &project, const OutputOptions &options, const QString &outPath,
                                 bool pdfA, bool budgetWithStaffTime)
{
    PlanOptions plan;
    plan.academyId = options.academyId;
    plan.locale = options.locale;
    plan.withParticipants = options.withParticipants;
    plan.budgetWithStaffTime = budgetWithStaffTime;
    plan.pdfA = pdfA;
    QString error;
    if (!ProgrammePlan::exportPdf(project, plan, outPath, &error)) {
        // The export's own message already names the file and the reason.
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    return ExitSuccess;
}

} // namespace Akademiplan
