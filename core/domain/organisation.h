// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Akademiplan {

enum class OrganisationKind { MunicipalDepartment, VolunteerOrganisation, LocalBusiness, EducationInstitution, Other };

// What an external partner brings to the academy.
enum class PartnerContribution { CoHost, Speaker, Venue, Funding, Participants, Other };

// Where the consultant stands with a partner: the steps of making an agreement.
enum class AgreementStatus { NotContacted, InDialogue, Agreed, Declined };

// A municipal department or an external partner organisation that participants belong to. An
// organisation that is not a municipal department is a partner: the contact, contributions and
// agreement are what the consultant keeps about the partnership.
struct Organisation : EntityHeader
{
    QString name;
    OrganisationKind kind = OrganisationKind::MunicipalDepartment;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QList<PartnerContribution> contributions;
    AgreementStatus agreement = AgreementStatus::NotContacted;
    std::optional<QDate> agreementDate; // when the agreement was made, declined or last moved on
    QString notes;

    bool isPartner() const { return kind != OrganisationKind::MunicipalDepartment; }

    bool operator==(const Organisation &) const = default;
};

} // namespace Akademiplan
