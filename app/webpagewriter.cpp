// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"
#include "domain/project.h"
#include "exitcode.h"
#include "outputwriters.h"
#include "report/academyprogramme.h"
#include "report/outputoptions.h"
#include "report/webprogramme.h"

#include <QDir>

namespace Akademiplan {

int OutputWriters::webPage(const Project &project, const OutputOptions &options, const QString &outPath)
{
    QString error;
    if (!WebProgramme::write(project, options, outPath, &error)) {
        // The message already names the file and the reason.
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    const QString academyName = project.academies.find(AcademyProgramme::academyFor(project, options.academyId))->name;
    CommandLine::printOut(
        options.withParticipants
            ? tr("Wrote the programme of %1, with the participants' names, to %2.\n")
                  .arg(academyName, QDir::toNativeSeparators(outPath))
            : tr("Wrote the programme of %1 to %2.\n").arg(academyName, QDir::toNativeSeparators(outPath)));
    return ExitSuccess;
}

} // namespace Akademiplan
