// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"

#include <QCoreApplication>

#include <vector>

namespace Akademiplan {

// The example's rows a budget is priced on, by their placeholder ids.
struct ExamplePlanIds
{
    qint64 academy = 0;
    qint64 network = 0, leadership = 0, political = 0, organisational = 0; // tracks
    qint64 kickOff = 0, networkMeetings = 0;
    qint64 leadingInnovationGroups[3] = {};
    qint64 leadershipSeminar = 0;
    qint64 startUpSeminar = 0, masterclass = 0, themeDay = 0;
    qint64 brownBagMeetings = 0, innovationDay = 0;
    qint64 childrenAndYoungPeople = 0, healthAndCare = 0; // departments whose staff need cover
};

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
