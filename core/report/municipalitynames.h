// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan {

class Project;
struct Academy;
struct Municipality;

// A municipality as the documents for an audience name it (the programme plan, the council's one
// page): in Danish as it writes itself ("Københavns Kommune", "Bornholms Regionskommune"), else
// its name with the language's word for municipality. In the language installed when asked.
class MunicipalityNames
{
public:
    static QString official(const Municipality &municipality);
    // The project's own municipality.
    static QString owner(const Project &project);
    // The owner and the academy's partner municipalities: "Silkeborg Kommune i samarbejde med
    // Favrskov og Skanderborg kommuner"; the owner alone when it has none.
    static QString ownerWithPartners(const Project &project, const Academy &academy);
};

} // namespace Akademiplan
