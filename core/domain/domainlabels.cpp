// SPDX-License-Identifier: MPL-2.0
#include "domainlabels.h"

#include <QHash>

namespace Akademiplan {

QString DomainLabels::label(AcademyStatus value)
{
    switch (value) {
    case AcademyStatus::Draft: return tr("Draft");
    case AcademyStatus::Agreed: return tr("Agreed");
    case AcademyStatus::Running: return tr("Running");
    case AcademyStatus::Completed: return tr("Completed");
    }
    return {};
}

QString DomainLabels::label(CouncilName value)
{
    switch (value) {
    case CouncilName::CityCouncil: return tr("the city council");
    case CouncilName::MunicipalCouncil: return tr("the municipal council");
    case CouncilName::Representatives: return tr("Borgerrepræsentationen");
    }
    return {};
}

QString DomainLabels::capitalised(CouncilName value)
{
    switch (value) {
    case CouncilName::CityCouncil: return tr("The city council", "at the start of a sentence");
    case CouncilName::MunicipalCouncil: return tr("The municipal council", "at the start of a sentence");
    case CouncilName::Representatives: return tr("Borgerrepræsentationen", "at the start of a sentence");
    }
    return {};
}

QString DomainLabels::label(TrackKind value)
{
    switch (value) {
    case TrackKind::InnovationNetwork: return tr("Innovation network");
    case TrackKind::LeadershipInnovators: return tr("Leadership innovators");
    case TrackKind::PoliticalInnovators: return tr("Political innovators");
    case TrackKind::OrganisationalInnovation: return tr("Organisational innovation");
    case TrackKind::Custom: return tr("Custom track");
    }
    return {};
}

QString DomainLabels::label(ActivityKind value)
{
    switch (value) {
    case ActivityKind::Workshop: return tr("Workshop");
    case ActivityKind::Seminar: return tr("Seminar");
    case ActivityKind::Course: return tr("Course");
    case ActivityKind::Masterclass: return tr("Masterclass");
    case ActivityKind::BrownBagMeeting: return tr("Brown-bag meeting");
    case ActivityKind::NetworkMeeting: return tr("Network meeting");
    case ActivityKind::Other: return tr("Other activity");
    case ActivityKind::FollowUpMeeting: return tr("Follow-up meeting");
    }
    return {};
}

QString DomainLabels::label(ParticipantRole value)
{
    switch (value) {
    case ParticipantRole::Employee: return tr("Employee");
    case ParticipantRole::Manager: return tr("Manager");
    case ParticipantRole::Politician: return tr("Politician");
    case ParticipantRole::KeyPerson: return tr("Key person");
    case ParticipantRole::ExternalPartner: return tr("External partner");
    }
    return {};
}

QString DomainLabels::plural(ParticipantRole value)
{
    switch (value) {
    case ParticipantRole::Employee: return tr("Employees");
    case ParticipantRole::Manager: return tr("Managers");
    case ParticipantRole::Politician: return tr("Politicians");
    case ParticipantRole::KeyPerson: return tr("Key persons");
    case ParticipantRole::ExternalPartner: return tr("External partners");
    }
    return {};
}

QString DomainLabels::label(OrganisationKind value)
{
    switch (value) {
    case OrganisationKind::MunicipalDepartment: return tr("Municipal department");
    case OrganisationKind::VolunteerOrganisation: return tr("Volunteer organisation");
    case OrganisationKind::LocalBusiness: return tr("Local business");
    case OrganisationKind::EducationInstitution: return tr("Education institution");
    case OrganisationKind::Other: return tr("Other organisation");
    }
    return {};
}

QString DomainLabels::label(EnrolmentStatus value)
{
    switch (value) {
    case EnrolmentStatus::Invited: return tr("Invited");
    case EnrolmentStatus::Enrolled: return tr("Enrolled");
    case EnrolmentStatus::Waitlisted: return tr("On the waiting list");
    case EnrolmentStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString DomainLabels::label(AttendanceStatus value)
{
    switch (value) {
    case AttendanceStatus::Present: return tr("Present");
    case AttendanceStatus::Absent: return tr("Absent");
    case AttendanceStatus::Excused: return tr("Excused");
    }
    return {};
}

QString DomainLabels::label(PartnerContribution value)
{
    switch (value) {
    case PartnerContribution::CoHost: return tr("Co-host");
    case PartnerContribution::Speaker: return tr("Speaker");
    case PartnerContribution::Venue: return tr("Venue");
    case PartnerContribution::Funding: return tr("Funding");
    case PartnerContribution::Participants: return tr("Participants", "what a partner contributes");
    case PartnerContribution::Other: return tr("Other contribution");
    }
    return {};
}

QString DomainLabels::label(const QList<PartnerContribution> &values)
{
    QStringList items;
    for (PartnerContribution value : values)
        items.append(label(value));
    return items.join(QLatin1String(", "));
}

QString DomainLabels::label(AgreementStatus value)
{
    switch (value) {
    case AgreementStatus::NotContacted: return tr("Not contacted");
    case AgreementStatus::InDialogue: return tr("In dialogue");
    case AgreementStatus::Agreed: return tr("Agreed", "an agreement with a partner");
    case AgreementStatus::Declined: return tr("Declined");
    }
    return {};
}

QString DomainLabels::label(CostKind value)
{
    switch (value) {
    case CostKind::Facilitation: return tr("Facilitation");
    case CostKind::CourseFee: return tr("Course fees");
    case CostKind::VenueCatering: return tr("Venue and catering");
    case CostKind::Materials: return tr("Materials");
    case CostKind::Travel: return tr("Travel");
    case CostKind::Other: return tr("Other costs");
    }
    return {};
}

QString DomainLabels::label(CostBasis value)
{
    switch (value) {
    case CostBasis::Fixed: return tr("Fixed amount");
    case CostBasis::Entered: return tr("Per unit");
    case CostBasis::PerSession: return tr("Per session");
    case CostBasis::PerSessionHour: return tr("Per hour of the sessions");
    case CostBasis::PerParticipant: return tr("Per participant");
    case CostBasis::PerParticipantDay: return tr("Per participant per day");
    case CostBasis::PerParticipantNight: return tr("Per participant per night");
    }
    return {};
}

QString DomainLabels::label(VatTreatment value)
{
    switch (value) {
    case VatTreatment::ExcludingVat: return tr("Excluding VAT");
    case VatTreatment::IncludingVat: return tr("Including VAT");
    case VatTreatment::NoVat: return tr("No VAT");
    }
    return {};
}

QString DomainLabels::label(FundingKind value)
{
    switch (value) {
    case FundingKind::CompetenceFund: return tr("Competence fund");
    case FundingKind::Municipality: return tr("The municipality");
    case FundingKind::Partner: return tr("Partner");
    case FundingKind::Foundation: return tr("Foundation");
    case FundingKind::Other: return tr("Other funding");
    }
    return {};
}

QString DomainLabels::label(LearningGoalKind value)
{
    switch (value) {
    case LearningGoalKind::Knowledge: return tr("Knowledge");
    case LearningGoalKind::Skills: return tr("Skills");
    case LearningGoalKind::Competences: return tr("Competences");
    }
    return {};
}

QString DomainLabels::label(KirkpatrickLevel value)
{
    switch (value) {
    case KirkpatrickLevel::Reaction: return tr("Reaction");
    case KirkpatrickLevel::Learning: return tr("Learning");
    case KirkpatrickLevel::Behaviour: return tr("Behaviour");
    case KirkpatrickLevel::Results: return tr("Results");
    }
    return {};
}

QString DomainLabels::label(PublicValue value)
{
    switch (value) {
    case PublicValue::None: return tr("No particular value");
    case PublicValue::Quality: return tr("Quality");
    case PublicValue::Efficiency: return tr("Efficiency");
    case PublicValue::CitizenInvolvement: return tr("Citizen involvement");
    case PublicValue::EmployeeSatisfaction: return tr("Employee satisfaction");
    case PublicValue::PoliticalGoals: return tr("Political goals");
    }
    return {};
}

QString DomainLabels::label(MeasurementMethod value)
{
    switch (value) {
    case MeasurementMethod::Survey: return tr("Survey");
    case MeasurementMethod::Interview: return tr("Interview");
    case MeasurementMethod::RegisterData: return tr("Register data");
    case MeasurementMethod::Observation: return tr("Observation");
    case MeasurementMethod::Other: return tr("Other method");
    }
    return {};
}

QString DomainLabels::label(MeasurementTiming value)
{
    switch (value) {
    case MeasurementTiming::Before: return tr("Before");
    case MeasurementTiming::During: return tr("During");
    case MeasurementTiming::After: return tr("After");
    }
    return {};
}

QString DomainLabels::timing(MeasurementTiming value, int monthsAfter)
{
    if (value != MeasurementTiming::After)
        return label(value);
    if (monthsAfter == 0)
        return tr("At the end");
    return monthsAfter == 1 ? tr("1 month after") : tr("%1 months after").arg(monthsAfter);
}

QString DomainLabels::label(EntityType value)
{
    switch (value) {
    case EntityType::Academy: return tr("academy");
    case EntityType::Track: return tr("track");
    case EntityType::Activity: return tr("activity");
    case EntityType::Session: return tr("session");
    case EntityType::Organisation: return tr("organisation");
    case EntityType::Participant: return tr("participant");
    case EntityType::Enrolment: return tr("enrolment");
    case EntityType::Attendance: return tr("attendance");
    case EntityType::Partnership: return tr("partnership");
    case EntityType::Dismissal: return tr("dismissed warning");
    case EntityType::CostLine: return tr("cost line");
    case EntityType::StaffRate: return tr("staff rate");
    case EntityType::Funding: return tr("funding");
    case EntityType::ProgrammeTheory: return tr("programme theory");
    case EntityType::LearningGoal: return tr("learning goal");
    case EntityType::Indicator: return tr("indicator");
    case EntityType::Measurement: return tr("measurement");
    case EntityType::AgendaItem: return tr("agenda item");
    }
    return {};
}

QString DomainLabels::count(EntityType value, int number)
{
    // Singular and plural as separate sources: English has no translation file to choose the
    // plural form of a "%n" text.
    const bool one = number == 1;
    switch (value) {
    case EntityType::Academy: return one ? tr("1 academy") : tr("%1 academies").arg(number);
    case EntityType::Track: return one ? tr("1 track") : tr("%1 tracks").arg(number);
    case EntityType::Activity: return one ? tr("1 activity") : tr("%1 activities").arg(number);
    case EntityType::Session: return one ? tr("1 session") : tr("%1 sessions").arg(number);
    case EntityType::Organisation: return one ? tr("1 organisation") : tr("%1 organisations").arg(number);
    case EntityType::Participant: return one ? tr("1 participant") : tr("%1 participants").arg(number);
    case EntityType::Enrolment: return one ? tr("1 enrolment") : tr("%1 enrolments").arg(number);
    case EntityType::Attendance: return one ? tr("1 attendance record") : tr("%1 attendance records").arg(number);
    case EntityType::Partnership: return one ? tr("1 partnership") : tr("%1 partnerships").arg(number);
    case EntityType::Dismissal: return one ? tr("1 dismissed warning") : tr("%1 dismissed warnings").arg(number);
    case EntityType::CostLine: return one ? tr("1 cost line") : tr("%1 cost lines").arg(number);
    case EntityType::StaffRate: return one ? tr("1 staff rate") : tr("%1 staff rates").arg(number);
    case EntityType::Funding: return one ? tr("1 funding source") : tr("%1 funding sources").arg(number);
    case EntityType::ProgrammeTheory:
        return one ? tr("1 programme theory") : tr("%1 programme theories").arg(number);
    case EntityType::LearningGoal: return one ? tr("1 learning goal") : tr("%1 learning goals").arg(number);
    case EntityType::Indicator: return one ? tr("1 indicator") : tr("%1 indicators").arg(number);
    case EntityType::Measurement: return one ? tr("1 measurement") : tr("%1 measurements").arg(number);
    case EntityType::AgendaItem: return one ? tr("1 agenda item") : tr("%1 agenda items").arg(number);
    }
    return {};
}

const QHash<QString, const char *> &DomainLabels::fieldLabels()
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("partnerMunicipalities"), QT_TR_NOOP("partner municipalities")},
        {QStringLiteral("startDate"), QT_TR_NOOP("start date")},
        {QStringLiteral("endDate"), QT_TR_NOOP("end date")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("purpose"), QT_TR_NOOP("purpose")},
        {QStringLiteral("focusAreas"), QT_TR_NOOP("focus areas")},
        {QStringLiteral("consultant"), QT_TR_NOOP("consultant")},
        {QStringLiteral("council"), QT_TR_NOOP("council")},
        {QStringLiteral("parallelGroup"), QT_TR_NOOP("parallel groups")},
        {QStringLiteral("academyId"), QT_TR_NOOP("academy")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("targetGroup"), QT_TR_NOOP("target group")},
        {QStringLiteral("targetRoles"), QT_TR_NOOP("target roles")},
        {QStringLiteral("goal"), QT_TR_NOOP("goal")},
        {QStringLiteral("colour"), QT_TR_NOOP("colour")},
        {QStringLiteral("position"), QT_TR_NOOP("order")},
        {QStringLiteral("trackId"), QT_TR_NOOP("track")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("description"), QT_TR_NOOP("description")},
        {QStringLiteral("facilitator"), QT_TR_NOOP("facilitator")},
        {QStringLiteral("location"), QT_TR_NOOP("location")},
        {QStringLiteral("capacity"), QT_TR_NOOP("places")},
        {QStringLiteral("activityId"), QT_TR_NOOP("activity")},
        {QStringLiteral("date"), QT_TR_NOOP("date")},
        {QStringLiteral("startTime"), QT_TR_NOOP("start time")},
        {QStringLiteral("endTime"), QT_TR_NOOP("end time")},
        {QStringLiteral("email"), QT_TR_NOOP("e-mail")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
        {QStringLiteral("organisationId"), QT_TR_NOOP("organisation")},
        {QStringLiteral("participantId"), QT_TR_NOOP("participant")},
        {QStringLiteral("sessionId"), QT_TR_NOOP("session")},
        {QStringLiteral("contactName"), QT_TR_NOOP("contact person")},
        {QStringLiteral("contactEmail"), QT_TR_NOOP("contact's e-mail")},
        {QStringLiteral("contactPhone"), QT_TR_NOOP("contact's phone")},
        {QStringLiteral("contributions"), QT_TR_NOOP("contributions")},
        {QStringLiteral("agreement"), QT_TR_NOOP("agreement")},
        {QStringLiteral("agreementDate"), QT_TR_NOOP("agreement date")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("note"), QT_TR_NOOP("part")},
        {QStringLiteral("basis"), QT_TR_NOOP("basis")},
        {QStringLiteral("rateOre"), QT_TR_NOOP("rate")},
        {QStringLiteral("quantity"), QT_TR_NOOP("quantity")},
        {QStringLiteral("vat"), QT_TR_NOOP("VAT")},
        {QStringLiteral("priceYear"), QT_TR_NOOP("price year")},
        {QStringLiteral("actualOre"), QT_TR_NOOP("actual cost")},
        {QStringLiteral("annualSalaryOre"), QT_TR_NOOP("annual salary")},
        {QStringLiteral("annualHours"), QT_TR_NOOP("hours a year")},
        {QStringLiteral("overhead"), QT_TR_NOOP("overheads")},
        {QStringLiteral("coverHourlyOre"), QT_TR_NOOP("cover per hour")},
        {QStringLiteral("amountOre"), QT_TR_NOOP("amount")},
        {QStringLiteral("share"), QT_TR_NOOP("share")},
        {QStringLiteral("capPerPersonOre"), QT_TR_NOOP("cap per person")},
        {QStringLiteral("forWhom"), QT_TR_NOOP("for whom")},
        {QStringLiteral("activities"), QT_TR_NOOP("activities")},
        {QStringLiteral("learning"), QT_TR_NOOP("what participants learn")},
        {QStringLiteral("behaviour"), QT_TR_NOOP("what participants do differently")},
        {QStringLiteral("results"), QT_TR_NOOP("short-term results")},
        {QStringLiteral("effects"), QT_TR_NOOP("long-term effects")},
        {QStringLiteral("assumptions"), QT_TR_NOOP("assumptions")},
        {QStringLiteral("success"), QT_TR_NOOP("what counts as success")},
        {QStringLiteral("managersBefore"), QT_TR_NOOP("managers' role before")},
        {QStringLiteral("managersDuring"), QT_TR_NOOP("managers' role during")},
        {QStringLiteral("managersAfter"), QT_TR_NOOP("managers' role after")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("level"), QT_TR_NOOP("level")},
        {QStringLiteral("valueKind"), QT_TR_NOOP("kind of value")},
        {QStringLiteral("method"), QT_TR_NOOP("method")},
        {QStringLiteral("unit"), QT_TR_NOOP("unit")},
        {QStringLiteral("baseline"), QT_TR_NOOP("baseline")},
        {QStringLiteral("target"), QT_TR_NOOP("target")},
        {QStringLiteral("higherIsBetter"), QT_TR_NOOP("direction")},
        {QStringLiteral("indicatorId"), QT_TR_NOOP("indicator")},
        {QStringLiteral("timing"), QT_TR_NOOP("timing")},
        {QStringLiteral("monthsAfter"), QT_TR_NOOP("months after")},
        {QStringLiteral("plannedDate"), QT_TR_NOOP("planned date")},
        {QStringLiteral("measuredDate"), QT_TR_NOOP("date measured")},
        {QStringLiteral("value"), QT_TR_NOOP("value")},
        {QStringLiteral("councilMeetings"), QT_TR_NOOP("council meetings")},
        {QStringLiteral("materials"), QT_TR_NOOP("materials")},
        {QStringLiteral("invitation"), QT_TR_NOOP("invitation")},
        {QStringLiteral("subjectUuid"), QT_TR_NOOP("what it concerns")},
        {QStringLiteral("detail"), QT_TR_NOOP("detail")},
        {QStringLiteral("reason"), QT_TR_NOOP("reason")},
        {QStringLiteral("dismissedBy"), QT_TR_NOOP("dismissed by")},
        {QStringLiteral("what"), QT_TR_NOOP("what")},
        {QStringLiteral("why"), QT_TR_NOOP("why")},
        {QStringLiteral("how"), QT_TR_NOOP("how")},
        {QStringLiteral("who"), QT_TR_NOOP("who")},
        {QStringLiteral("planB"), QT_TR_NOOP("plan B")},
    };
    return labels;
}

bool DomainLabels::hasFieldLabel(const QString &field)
{
    return fieldLabels().contains(field);
}

QString DomainLabels::fieldLabel(EntityType type, const QString &field)
{
    // A partnership's note says what the partner's part is; elsewhere a note is a note.
    if (field == QLatin1String("note") && type != EntityType::Partnership)
        return tr("note");
    const char *label = fieldLabels().value(field);
    return label ? tr(label) : field;
}

} // namespace Akademiplan
