// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "anyentity.h"

#include <QString>

#include <optional>

namespace Akademiplan {

// Stable English keys for the enumerations, as written in the project file and in JSON output.
// They never change meaning, whatever the UI language, so that files and scripts stay readable.
class DomainKeys
{
public:
    static QString key(AcademyStatus value);
    static QString key(CouncilName value);
    static QString key(TrackKind value);
    static QString key(ActivityKind value);
    static QString key(ParticipantRole value);
    static QString key(OrganisationKind value);
    static QString key(EnrolmentStatus value);
    static QString key(AttendanceStatus value);
    static QString key(PartnerContribution value);
    static QString key(AgreementStatus value);
    static QString key(CostKind value);
    static QString key(CostBasis value);
    static QString key(VatTreatment value);
    static QString key(FundingKind value);
    static QString key(LearningGoalKind value);
    static QString key(KirkpatrickLevel value);
    static QString key(PublicValue value);
    static QString key(MeasurementMethod value);
    static QString key(MeasurementTiming value);

    // Returns nothing for a key this version does not know.
    template <typename Enum>
    static std::optional<Enum> parse(const QString &key);
};

} // namespace Akademiplan
