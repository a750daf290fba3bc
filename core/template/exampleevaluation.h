// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"
#include "exampleplanids.h"

#include <QCoreApplication>

#include <vector>

namespace Akademiplan {

// The example's evaluation plan, as Danish programmes plan one: a programme theory from the
// activities to the long-term effects with its assumptions, the managers' role before, during and
// after (the anchoring), learning goals per track as knowledge, skills and competences, and
// indicators on Kirkpatrick's four levels planned backwards from results, each with a baseline, a
// target, a method and measurements before, at the end and 3 and 12 months after. The baselines
// were measured in the autumn before the academy starts; everything later is still to come.
class ExampleEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ExampleEvaluation)

public:
    static std::vector<AnyEntity> build(const ExamplePlanIds &plan);
};

} // namespace Akademiplan
