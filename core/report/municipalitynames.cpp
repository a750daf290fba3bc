// SPDX-License-Identifier: MPL-2.0
#include "municipalitynames.h"

#include "domain/municipalityregistry.h"
#include "domain/project.h"

#include <QCoreApplication>
#include <QLocale>

namespace Akademiplan {

// The programme plan named municipalities first, and their translations are kept under its name;
// each is spelled out in a translate() call of its own for lupdate to find.

QString MunicipalityNames::official(const Municipality &municipality)
{
    if (QLocale().language() == QLocale::Danish && !municipality.officialName.isEmpty())
        return municipality.officialName;
    return QCoreApplication::translate("Akademiplan::ProgrammePlan", "%1 Municipality").arg(municipality.name);
}

QString MunicipalityNames::owner(const Project &project)
{
    const auto municipality = MunicipalityRegistry::byCode(project.info.municipalityCode);
    return official(municipality.value_or(Municipality{0, project.info.municipalityName, {}, {}}));
}

QString MunicipalityNames::ownerWithPartners(const Project &project, const Academy &academy)
{
    QList<Municipality> partners;
    for (int code : academy.partnerMunicipalities)
        if (const auto municipality = MunicipalityRegistry::byCode(code))
            partners.append(*municipality);
    if (partners.isEmpty())
        return owner(project);
    QString partnerText;
    if (partners.size() == 1) {
        partnerText = official(partners.front());
    } else {
        QStringList names;
        for (const Municipality &partner : std::as_const(partners))
            names.append(partner.name);
        // "Favrskov og Skanderborg kommuner", as Danish writes several municipalities.
        partnerText = QCoreApplication::translate("Akademiplan::ProgrammePlan", "%1 municipalities",
                                                  "several partner municipalities, their names as a list")
                          .arg(QLocale().createSeparatedList(names));
    }
    return QCoreApplication::translate("Akademiplan::ProgrammePlan", "%1 with %2").arg(owner(project), partnerText);
}

} // namespace Akademiplan
