// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "money.h"

#include <vector>

namespace Akademiplan {

// The municipal competence fund (Den Kommunale Kompetencefond): it pays a share of what a
// person's competence development costs, up to a cap per person per 12 months, and the workplace
// pays the rest. The share and the cap are the user's to set, since the fund's rules change; the
// defaults are today's 80 % and 25,000 kr.
struct CompetenceFund
{
    qint64 shareHundredthsOfPercent = 80'00;
    Money capPerPerson = Money::fromKroner(25'000);

    // What the fund pays for one person whose eligible costs in the 12 months are `cost`.
    Money paysFor(Money cost) const;
    // What it pays for several people: the cap holds per person, so one person's expensive
    // diploma module cannot use up another's unused share.
    Money paysFor(const std::vector<Money> &costPerPerson) const;
};

} // namespace Akademiplan
