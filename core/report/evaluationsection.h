// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planblock.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace Akademiplan {

class Project;

// The programme plan's evaluation: the programme theory as the chain from the activities to the
// long-term effects with its assumptions, the anchoring (the managers' role before, during and
// after), the learning goals of each track, and the indicators with their level, method, baseline,
// target, when they are measured and where they stand on the date of the plan. No section when the
// academy has no evaluation plan.
class EvaluationSection
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::EvaluationSection)

public:
    static void add(const Project &project, qint64 academyId, const QDate &planDate, std::vector<PlanBlock> &blocks);
    // A baseline, target or measured value in hundredths with its unit, as a reader writes it:
    // "58 %", "4,5 a year"; a dash when it is not set.
    static QString valueText(const std::optional<qint64> &hundredths, const QString &unit);
};

} // namespace Akademiplan
