// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "benchreport.h"

#include <QString>

namespace Akademiplan::Bench {

// The step "budget": the academy's budget worked out from the plan, as the Budget tab and the
// programme plan do after an edit. The large project has no budget of its own, so the step gives
// it one in memory first: a line per session and per participant-day of every activity, a fee per
// participant of every track, fixed academy lines, a staff rate per role and the competence fund,
// which makes the calculator count every session, enrolment and person. The raw limit reads the
// rows it counts.
class BudgetStep
{
public:
    static bool run(const QString &path, int repeat, BenchReport &report, QString *error);
};

} // namespace Akademiplan::Bench
