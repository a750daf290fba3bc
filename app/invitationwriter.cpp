// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"
#include "domain/project.h"
#include "exitcode.h"
#include "outputwriters.h"
#include "report/invitationletter.h"

namespace Akademiplan {

int OutputWriters::invitation(const Project &project, const OutputOptions &options, const QString &outPath)
{
    // The command line has made sure that an activity is named and found.
    const Activity *activity = project.activities.find(options.activityId);
    QString error;
    if (!InvitationLetter::write(project, activity->id, InvitationLetter::textOf(*activity, options.locale), options,
                                 outPath, &error)) {
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    CommandLine::printOut(tr("Wrote the invitation to %1 to %2.\n").arg(activity->title, outPath));
    return ExitSuccess;
}

} // namespace Akademiplan
