// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan {

// What a municipality's council is called: byrådet in most municipalities, kommunalbestyrelsen
// where the bylaws say so, and Borgerrepræsentationen in København, as the law names it.
enum class CouncilName { CityCouncil, MunicipalCouncil, Representatives };

// One of Denmark's 98 municipalities, identified by its kommunekode.
struct Municipality
{
    int code = 0;
    QString name;
    QString region;
    QString officialName; // as the municipality itself writes it: "Københavns Kommune", "Bornholms Regionskommune"
    CouncilName usualCouncil = CouncilName::CityCouncil; // what a new academy suggests
};

} // namespace Akademiplan
