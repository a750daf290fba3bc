// SPDX-License-Identifier: MPL-2.0
#include "calendarcommand.h"

#include "commandline.h"
#include "domain/project.h"
#include "exchange/calendarexport.h"
#include "exitcode.h"
#include "namedrows.h"

#include <QFileInfo>

namespace Akademiplan {

int CalendarCommand::run(const QString &outPath, const QString &projectPath, const Names &names)
{
    if (QFileInfo(outPath).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) != 0) {
        CommandLine::printError(tr("The calendar's file name must end in .ics: %1").arg(outPath));
        return ExitUsage;
    }
    if (!names.participant.isNull()
        && (!names.academy.isNull() || !names.track.isNull() || !names.activity.isNull())) {
        CommandLine::printError(tr("--participant takes no --academy, --track or --activity: a person's calendar "
                                   "holds all of their own sessions."));
        return ExitUsage;
    }
    Project project;
    std::vector<Tombstone> removedSessions;
    if (!CommandLine::readProject(projectPath, project, &removedSessions))
        return ExitFileUnusable;
    QString error;
    CalendarScope scope;
    scope.academyId = NamedRows::academy(project, names.academy, &error);
    if (error.isEmpty())
        scope.trackId = NamedRows::track(project, names.track, scope.academyId, &error);
    if (error.isEmpty())
        scope.activityId = NamedRows::activity(project, names.activity, scope.academyId, scope.trackId, &error);
    if (error.isEmpty())
        scope.participantId = NamedRows::participant(project, names.participant, &error);
    if (!error.isEmpty()) {
        CommandLine::printError(error);
        return ExitInputRejected;
    }
    int events = 0;
    if (!CalendarExport::write(project, scope, removedSessions, outPath, &error, &events)) {
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    CommandLine::printOut(tr("Wrote %n event(s) to %1.\n", nullptr, events).arg(outPath));
    return ExitSuccess;
}

} // namespace Akademiplan
