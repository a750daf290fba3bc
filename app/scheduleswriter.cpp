// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"
#include "exitcode.h"
#include "storage/tombstone.h"
#include "outputwriters.h"
#include "report/outputoptions.h"
#include "report/schedulefolder.h"

#include <QDir>

namespace Akademiplan {

int OutputWriters::schedules(const Project &project, const OutputOptions &options,
                             const std::vector<Tombstone> &removedSessions, const QString &outPath)
{
    ScheduleFolder::Written written;
    QString error;
    if (!ScheduleFolder::write(project, options, removedSessions, outPath, &written, &error)) {
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    const int without = int(written.people.size()) - written.withFiles;
    QString line = tr("Wrote %n schedule(s) to %1, listed in %2.", nullptr, written.withFiles)
                       .arg(QDir::toNativeSeparators(outPath), QDir::toNativeSeparators(written.listPath));
    if (without > 0)
        line += QLatin1Char(' ')
                + tr("The list also names %n participant(s) without sessions there, who get no files.", nullptr,
                     without);
    CommandLine::printOut(line + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace Akademiplan
