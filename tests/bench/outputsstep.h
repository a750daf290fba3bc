// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "benchreport.h"

#include <QString>

namespace Akademiplan::Bench {

// The outputs for each audience at scale. "schedules": every personal schedule (a PDF and a
// calendar file each, and the mail-merge list) of the first track's first 2,500 people, as a
// municipality's secretary sends them; its raw limit writes each person's lines to a PDF of their
// own with QPdfWriter and no layout, so that what shows beyond it is the typesetting.
// "run-sheets": every session's run sheet of the academy in one PDF; its raw limit writes the
// same lines (each session and its sign-in list) to one PDF with no layout.
class OutputsStep
{
public:
    static bool run(const QString &path, const QString &workFolder, int repeat, bool schedules, bool runSheets,
                    BenchReport &report, QString *error);
};

} // namespace Akademiplan::Bench
