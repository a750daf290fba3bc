// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// `akademiplan --import-attendance IN.csv FILE [--academy NAME] [--track NAME]`: records the
// attendance of a list (date, activity, e-mail or name, status per row) in the project as one
// step and saves it, or, if any row has a problem, says which row and column, one line each,
// and leaves the file exactly as it was.
class AttendanceCommand
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::AttendanceCommand)

public:
    // Null names: activities anywhere in the project. Returns the process exit code (exitcode.h).
    static int run(const QString &csvPath, const QString &projectPath, const QString &academyName,
                   const QString &trackName);
};

} // namespace Akademiplan
