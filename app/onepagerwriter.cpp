// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"
#include "domain/project.h"
#include "exitcode.h"
#include "outputwriters.h"
#include "report/onepager.h"
#include "report/outputoptions.h"
#include "report/programmeplan.h"

#include <QDir>

namespace Akademiplan {

int OutputWriters::onePager(const Project &project, const OutputOptions &options, const QString &outPath)
{
    QString error;
    if (!OnePager::write(project, options, outPath, &error)) {
        // The export's own message already names the file and the reason.
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    PlanOptions scope;
    scope.academyId = options.academyId;
    const Academy &academy = *project.academies.find(ProgrammePlan::academyFor(project, scope));
    CommandLine::printOut(tr("Wrote the one-page summary of %1 to %2.\n")
                              .arg(academy.name, QDir::toNativeSeparators(outPath)));
    return ExitSuccess;
}

} // namespace Akademiplan
