// SPDX-License-Identifier: MPL-2.0
#include "municipalityregistry.h"

#include "domainkeys.h"

#include <QFile>

namespace Akademiplan {

namespace {

QList<Municipality> loadMunicipalities()
{
    QList<Municipality> result;
    QFile file(QStringLiteral(":/data/kommuner.csv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return result;
    file.readLine(); // header: code,name,region,official_name,council
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (fields.size() != 5)
            continue;
        bool ok = false;
        const int code = fields.at(0).toInt(&ok);
        if (ok)
            result.append({code, fields.at(1), fields.at(2), fields.at(3),
                           DomainKeys::parse<CouncilName>(fields.at(4)).value_or(CouncilName::CityCouncil)});
    }
    return result;
}

} // namespace

const QList<Municipality> &MunicipalityRegistry::all()
{
    static const QList<Municipality> municipalities = loadMunicipalities();
    return municipalities;
}

std::optional<Municipality> MunicipalityRegistry::byCode(int code)
{
    for (const Municipality &municipality : all())
        if (municipality.code == code)
            return municipality;
    return std::nullopt;
}

} // namespace Akademiplan
