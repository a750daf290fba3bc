// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"
#include "domain/project.h"
#include "exitcode.h"
#include "outputwriters.h"
#include "report/outputoptions.h"
#include "report/runsheet.h"

namespace Akademiplan {

int OutputWriters::runSheets(const Project &project, const OutputOptions &options, const QString &outPath)
{
    // An activity without sessions is the usual reason for none: said before anything is written.
    if (RunSheet::sessions(project, options).empty()) {
        CommandLine::printError(tr("No session is planned where you looked, so there is no run sheet to write."));
        return ExitInputRejected;
    }
    QString error;
    int written = 0;
    if (!RunSheet::write(project, options, outPath, &error, &written)) {
        // The export's own message already names the file and the reason.
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    CommandLine::printOut(tr("Wrote the run sheets of %n session(s) to %1.\n", nullptr, written).arg(outPath));
    return ExitSuccess;
}

} // namespace Akademiplan
