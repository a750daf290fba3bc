// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"
#include "participant.h"

namespace Akademiplan {

// What an hour of the participants' working time costs, for the people of one role (in one
// organisation, when the organisation's salaries differ): the annual salary with pension over the
// hours basis the user chooses, plus overheads where the municipality adds them; and what cover
// for them costs an hour while they are away (care, schools, daycare), 0 when no one covers.
struct StaffRate : EntityHeader
{
    qint64 academyId = 0;
    ParticipantRole role = ParticipantRole::Employee;
    qint64 organisationId = 0; // 0: everyone of the role
    qint64 annualSalaryOre = 0;
    int annualHours = 1924;
    int overheadHundredthsOfPercent = 0;
    qint64 coverHourlyOre = 0;
    int priceYear = 0;
    bool operator==(const StaffRate &) const = default;
};

} // namespace Akademiplan
