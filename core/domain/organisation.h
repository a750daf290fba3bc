// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Akademiplan {

enum class OrganisationKind { MunicipalDepartment, VolunteerOrganisation, LocalBusiness, EducationInstitution, Other };

// A municipal department or an external partner organisation that participants belong to.
struct Organisation : EntityHeader
{
    QString name;
    OrganisationKind kind = OrganisationKind::MunicipalDepartment;

    bool operator==(const Organisation &) const = default;
};

} // namespace Akademiplan
