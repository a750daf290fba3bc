// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planblock.h"

#include <QCoreApplication>

#include <vector>

namespace Akademiplan {

class Project;

// The programme plan's budget: what the academy costs by track and line, with and without VAT, the
// participants' working time (when the consultant includes it), who pays, and the municipality's
// own share; worked out from the plan as the budget view shows it. No section when the academy has
// no budget rows.
class BudgetSection
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::BudgetSection)

public:
    static void add(const Project &project, qint64 academyId, bool withStaffTime, std::vector<PlanBlock> &blocks);
    // Whether the academy has a budget: a cost line or a funding source of its own.
    static bool hasBudget(const Project &project, qint64 academyId);
};

} // namespace Akademiplan
