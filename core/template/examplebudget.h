// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"
#include "exampleplanids.h"

#include <QCoreApplication>

#include <vector>

namespace Akademiplan {

// The example's budget, from the typical 2027 figures of Danish programmes: a commissioned
// course day of 15,000 kr., private trainers at 24,000 kr. a day, consultancy at 1,900 kr. an
// hour, a course centre's day package at 675 kr. and full board at 1,675 kr. a night with VAT,
// salaries with pension over the state's 1,924 hours, cover for care and daycare staff, the
// competence fund, a partner's co-financing and the municipality's own pledge.
class ExampleBudget
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ExampleBudget)

public:
    static std::vector<AnyEntity> build(const ExamplePlanIds &plan);
};

} // namespace Akademiplan
