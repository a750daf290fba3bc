// SPDX-License-Identifier: MPL-2.0
#include "hourlycost.h"

namespace Akademiplan {

Money HourlyCost::of(Money annualSalary, int annualHours, qint64 overheadHundredthsOfPercent)
{
    // No basis, or more hours than a leap year has, is a mistyped basis, not a rate.
    if (annualHours <= 0 || annualHours > 366 * 24)
        return {};
    // salary × (100 % + overhead) / hours in one step: one rounding, none of it lost in between.
    return annualSalary.times(100'00 + overheadHundredthsOfPercent, 100'00 * annualHours);
}

Money HourlyCost::ofMinutes(Money hourly, qint64 minutes)
{
    return hourly.times(minutes, 60);
}

} // namespace Akademiplan
