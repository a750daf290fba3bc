// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

class Project;
struct Municipality;

// A municipality as the documents for its people name it: in Danish as it writes itself
// ("Københavns Kommune", "Bornholms Regionskommune"), else its name with the language's word for
// municipality. Read in the language installed when it is asked.
class MunicipalityNames
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::MunicipalityNames)

public:
    static QString official(const Municipality &municipality);
    // The municipality the project belongs to.
    static QString owner(const Project &project);
};

} // namespace Akademiplan
