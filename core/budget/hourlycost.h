// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "money.h"

namespace Akademiplan {

// What an hour of a person's working time costs the municipality: the annual salary with pension,
// plus the overheads some cost models add (about 47-49 %), over the hours of a year the user
// chooses as the basis (the state reckons 1,924 hours before holidays and absence, private cost
// models about 1,635 productive hours). Rounded to the øre once, so that the rate a user reads in
// the budget is the rate the budget multiplies by, and a hand calculation gives the same total.
class HourlyCost
{
public:
    static constexpr int stateHoursBasis = 1924;
    static constexpr int productiveHoursBasis = 1635;

    // No rate for a basis of no hours or more than a year has; overhead in hundredths of a per cent (47'00 is 47 %).
    static Money of(Money annualSalary, int annualHours, qint64 overheadHundredthsOfPercent = 0);
    // What `minutes` of working time cost at `hourly`: rate × minutes / 60, rounded once.
    static Money ofMinutes(Money hourly, qint64 minutes);
};

} // namespace Akademiplan
