// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "anyentity.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Akademiplan {

// The names a consultant reads for the enumerations, in the UI language.
class DomainLabels
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::DomainLabels)

public:
    static QString label(AcademyStatus value);
    static QString label(TrackKind value);
    // The council as named in a sentence: "byrådet", "Borgerrepræsentationen".
    static QString label(CouncilName value);
    // The same at the start of a sentence or a heading: "Byrådet".
    static QString capitalised(CouncilName value);
    static QString label(ActivityKind value);
    static QString label(ParticipantRole value);
    // The role as a group: "Managers", "Politicians".
    static QString plural(ParticipantRole value);
    static QString label(OrganisationKind value);
    static QString label(EnrolmentStatus value);
    static QString label(AttendanceStatus value);
    static QString label(PartnerContribution value);
    // What a partner contributes, in one line: "Co-host, Speaker".
    static QString label(const QList<PartnerContribution> &values);
    static QString label(AgreementStatus value);
    static QString label(CostKind value);
    static QString label(CostBasis value);
    static QString label(VatTreatment value);
    static QString label(FundingKind value);
    static QString label(LearningGoalKind value);
    static QString label(KirkpatrickLevel value);
    static QString label(PublicValue value);
    static QString label(MeasurementMethod value);
    static QString label(MeasurementTiming value);
    // When a measurement is made, as a heading: "Before", "At the end", "3 months after".
    static QString timing(MeasurementTiming value, int monthsAfter);
    static QString label(EntityType value);
    // A field by its stable name, as a lower-case noun for a sentence: "title", "start date".
    static QString fieldLabel(EntityType type, const QString &field);
    // Whether a field has a label of its own; one without is shown by its name in the file.
    static bool hasFieldLabel(const QString &field);
    // A number of rows of a type: "3 sessions", "1 activity".
    static QString count(EntityType value, int number);

private:
    // The label of each field by its name, untranslated: the same name means the same in every type.
    static const QHash<QString, const char *> &fieldLabels();
};

} // namespace Akademiplan
