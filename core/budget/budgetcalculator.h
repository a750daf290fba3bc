// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "academybudget.h"

namespace Akademiplan {

class Project;

// Works out an academy's budget from its cost lines, staff rates and funding and from the plan
// they are priced by. Everything is computed from the rows each time it is asked, in passes over
// the academy's own rows (no pairwise loops), so that a view can ask again after every edit and a
// session added or a person enrolled shows at once in every total it touches.
class BudgetCalculator
{
public:
    static AcademyBudget of(const Project &project, qint64 academyId);

    // Who the competence fund pays for: employees, managers and key persons, who are employed
    // under the collective agreements the fund comes from; not council members or partners.
    static bool fundCovers(ParticipantRole role);
};

} // namespace Akademiplan
