// SPDX-License-Identifier: MPL-2.0
#include "competencefund.h"

#include <algorithm>

namespace Akademiplan {

Money CompetenceFund::paysFor(Money cost) const
{
    if (cost.isNegative() || cost.isZero())
        return {};
    return std::min(cost.percent(shareHundredthsOfPercent), capPerPerson);
}

Money CompetenceFund::paysFor(const std::vector<Money> &costPerPerson) const
{
    Money total;
    for (Money cost : costPerPerson)
        total += paysFor(cost);
    return total;
}

} // namespace Akademiplan
