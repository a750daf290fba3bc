// SPDX-License-Identifier: MPL-2.0
#include "municipalitynames.h"

#include "domain/municipalityregistry.h"
#include "domain/project.h"

#include <QLocale>

namespace Akademiplan {

QString MunicipalityNames::official(const Municipality &municipality)
{
    if (QLocale().language() == QLocale::Danish && !municipality.officialName.isEmpty())
        return municipality.officialName;
    return tr("%1 Municipality").arg(municipality.name);
}

QString MunicipalityNames::owner(const Project &project)
{
    const auto municipality = MunicipalityRegistry::byCode(project.info.municipalityCode);
    return official(municipality.value_or(Municipality{0, project.info.municipalityName, {}, {}}));
}

} // namespace Akademiplan
