// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"
#include "exampleplanids.h"

#include <QCoreApplication>

#include <vector>

namespace Akademiplan {

// The example's timed agendas ("drejebøger") for the network's kick-off workshop and the first
// day of the council's start-up seminar, as a facilitator writes them: time, what, why, how,
// who, and plan B, so that their run sheets show what a good one looks like.
class ExampleAgenda
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ExampleAgenda)

public:
    static std::vector<AnyEntity> build(const ExamplePlanIds &plan, const QString &consultant);
};

} // namespace Akademiplan
