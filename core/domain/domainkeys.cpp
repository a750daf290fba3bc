// SPDX-License-Identifier: MPL-2.0
#include "domainkeys.h"

#include <array>
#include <utility>

namespace Akademiplan {

namespace {

template <typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, const char *>, N>;

constexpr KeyTable<AcademyStatus, 4> academyStatusKeys{{
    {AcademyStatus::Draft, "draft"},
    {AcademyStatus::Agreed, "agreed"},
    {AcademyStatus::Running, "running"},
    {AcademyStatus::Completed, "completed"},
}};

constexpr KeyTable<CouncilName, 3> councilNameKeys{{
    {CouncilName::CityCouncil, "city_council"},
    {CouncilName::MunicipalCouncil, "municipal_council"},
    {CouncilName::Representatives, "representatives"},
}};

constexpr KeyTable<TrackKind, 5> trackKindKeys{{
    {TrackKind::InnovationNetwork, "innovation_network"},
    {TrackKind::LeadershipInnovators, "leadership_innovators"},
    {TrackKind::PoliticalInnovators, "political_innovators"},
    {TrackKind::OrganisationalInnovation, "organisational_innovation"},
    {TrackKind::Custom, "custom"},
}};

constexpr KeyTable<ActivityKind, 8> activityKindKeys{{
    {ActivityKind::Workshop, "workshop"},
    {ActivityKind::Seminar, "seminar"},
    {ActivityKind::Course, "course"},
    {ActivityKind::Masterclass, "masterclass"},
    {ActivityKind::BrownBagMeeting, "brown_bag_meeting"},
    {ActivityKind::NetworkMeeting, "network_meeting"},
    {ActivityKind::Other, "other"},
    {ActivityKind::FollowUpMeeting, "follow_up_meeting"},
}};

constexpr KeyTable<ParticipantRole, 5> participantRoleKeys{{
    {ParticipantRole::Employee, "employee"},
    {ParticipantRole::Manager, "manager"},
    {ParticipantRole::Politician, "politician"},
    {ParticipantRole::KeyPerson, "key_person"},
    {ParticipantRole::ExternalPartner, "external_partner"},
}};

constexpr KeyTable<OrganisationKind, 5> organisationKindKeys{{
    {OrganisationKind::MunicipalDepartment, "municipal_department"},
    {OrganisationKind::VolunteerOrganisation, "volunteer_organisation"},
    {OrganisationKind::LocalBusiness, "local_business"},
    {OrganisationKind::EducationInstitution, "education_institution"},
    {OrganisationKind::Other, "other"},
}};

constexpr KeyTable<EnrolmentStatus, 4> enrolmentStatusKeys{{
    {EnrolmentStatus::Invited, "invited"},
    {EnrolmentStatus::Enrolled, "enrolled"},
    {EnrolmentStatus::Waitlisted, "waitlisted"},
    {EnrolmentStatus::Cancelled, "cancelled"},
}};

constexpr KeyTable<AttendanceStatus, 3> attendanceStatusKeys{{
    {AttendanceStatus::Present, "present"},
    {AttendanceStatus::Absent, "absent"},
    {AttendanceStatus::Excused, "excused"},
}};

constexpr KeyTable<PartnerContribution, 6> partnerContributionKeys{{
    {PartnerContribution::CoHost, "co_host"},
    {PartnerContribution::Speaker, "speaker"},
    {PartnerContribution::Venue, "venue"},
    {PartnerContribution::Funding, "funding"},
    {PartnerContribution::Participants, "participants"},
    {PartnerContribution::Other, "other"},
}};

constexpr KeyTable<AgreementStatus, 4> agreementStatusKeys{{
    {AgreementStatus::NotContacted, "not_contacted"},
    {AgreementStatus::InDialogue, "in_dialogue"},
    {AgreementStatus::Agreed, "agreed"},
    {AgreementStatus::Declined, "declined"},
}};

constexpr KeyTable<CostKind, 6> costKindKeys{{
    {CostKind::Facilitation, "facilitation"},
    {CostKind::CourseFee, "course_fee"},
    {CostKind::VenueCatering, "venue_catering"},
    {CostKind::Materials, "materials"},
    {CostKind::Travel, "travel"},
    {CostKind::Other, "other"},
}};

constexpr KeyTable<CostBasis, 7> costBasisKeys{{
    {CostBasis::Fixed, "fixed"},
    {CostBasis::Entered, "entered"},
    {CostBasis::PerSession, "per_session"},
    {CostBasis::PerSessionHour, "per_session_hour"},
    {CostBasis::PerParticipant, "per_participant"},
    {CostBasis::PerParticipantDay, "per_participant_day"},
    {CostBasis::PerParticipantNight, "per_participant_night"},
}};

constexpr KeyTable<VatTreatment, 3> vatTreatmentKeys{{
    {VatTreatment::ExcludingVat, "excluding_vat"},
    {VatTreatment::IncludingVat, "including_vat"},
    {VatTreatment::NoVat, "no_vat"},
}};

constexpr KeyTable<FundingKind, 5> fundingKindKeys{{
    {FundingKind::CompetenceFund, "competence_fund"},
    {FundingKind::Municipality, "municipality"},
    {FundingKind::Partner, "partner"},
    {FundingKind::Foundation, "foundation"},
    {FundingKind::Other, "other"},
}};

constexpr KeyTable<LearningGoalKind, 3> learningGoalKindKeys{{
    {LearningGoalKind::Knowledge, "knowledge"},
    {LearningGoalKind::Skills, "skills"},
    {LearningGoalKind::Competences, "competences"},
}};

constexpr KeyTable<KirkpatrickLevel, 4> kirkpatrickLevelKeys{{
    {KirkpatrickLevel::Reaction, "reaction"},
    {KirkpatrickLevel::Learning, "learning"},
    {KirkpatrickLevel::Behaviour, "behaviour"},
    {KirkpatrickLevel::Results, "results"},
}};

constexpr KeyTable<PublicValue, 6> publicValueKeys{{
    {PublicValue::None, "none"},
    {PublicValue::Quality, "quality"},
    {PublicValue::Efficiency, "efficiency"},
    {PublicValue::CitizenInvolvement, "citizen_involvement"},
    {PublicValue::EmployeeSatisfaction, "employee_satisfaction"},
    {PublicValue::PoliticalGoals, "political_goals"},
}};

constexpr KeyTable<MeasurementMethod, 5> measurementMethodKeys{{
    {MeasurementMethod::Survey, "survey"},
    {MeasurementMethod::Interview, "interview"},
    {MeasurementMethod::RegisterData, "register_data"},
    {MeasurementMethod::Observation, "observation"},
    {MeasurementMethod::Other, "other"},
}};

constexpr KeyTable<MeasurementTiming, 3> measurementTimingKeys{{
    {MeasurementTiming::Before, "before"},
    {MeasurementTiming::During, "during"},
    {MeasurementTiming::After, "after"},
}};

template <typename Enum, std::size_t N>
QString lookupKey(const KeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table)
        if (candidate == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> lookupValue(const KeyTable<Enum, N> &table, const QString &key)
{
    for (const auto &[value, candidate] : table)
        if (key == QLatin1String(candidate))
            return value;
    return std::nullopt;
}

} // namespace

QString DomainKeys::key(AcademyStatus value) { return lookupKey(academyStatusKeys, value); }
QString DomainKeys::key(CouncilName value) { return lookupKey(councilNameKeys, value); }
QString DomainKeys::key(TrackKind value) { return lookupKey(trackKindKeys, value); }
QString DomainKeys::key(ActivityKind value) { return lookupKey(activityKindKeys, value); }
QString DomainKeys::key(ParticipantRole value) { return lookupKey(participantRoleKeys, value); }
QString DomainKeys::key(OrganisationKind value) { return lookupKey(organisationKindKeys, value); }
QString DomainKeys::key(EnrolmentStatus value) { return lookupKey(enrolmentStatusKeys, value); }
QString DomainKeys::key(AttendanceStatus value) { return lookupKey(attendanceStatusKeys, value); }
QString DomainKeys::key(PartnerContribution value) { return lookupKey(partnerContributionKeys, value); }
QString DomainKeys::key(AgreementStatus value) { return lookupKey(agreementStatusKeys, value); }
QString DomainKeys::key(CostKind value) { return lookupKey(costKindKeys, value); }
QString DomainKeys::key(CostBasis value) { return lookupKey(costBasisKeys, value); }
QString DomainKeys::key(VatTreatment value) { return lookupKey(vatTreatmentKeys, value); }
QString DomainKeys::key(FundingKind value) { return lookupKey(fundingKindKeys, value); }
QString DomainKeys::key(LearningGoalKind value) { return lookupKey(learningGoalKindKeys, value); }
QString DomainKeys::key(KirkpatrickLevel value) { return lookupKey(kirkpatrickLevelKeys, value); }
QString DomainKeys::key(PublicValue value) { return lookupKey(publicValueKeys, value); }
QString DomainKeys::key(MeasurementMethod value) { return lookupKey(measurementMethodKeys, value); }
QString DomainKeys::key(MeasurementTiming value) { return lookupKey(measurementTimingKeys, value); }

template <>
std::optional<AcademyStatus> DomainKeys::parse<AcademyStatus>(const QString &key)
{
    return lookupValue(academyStatusKeys, key);
}
template <>
std::optional<CouncilName> DomainKeys::parse<CouncilName>(const QString &key)
{
    return lookupValue(councilNameKeys, key);
}
template <>
std::optional<TrackKind> DomainKeys::parse<TrackKind>(const QString &key)
{
    return lookupValue(trackKindKeys, key);
}
template <>
std::optional<ActivityKind> DomainKeys::parse<ActivityKind>(const QString &key)
{
    return lookupValue(activityKindKeys, key);
}
template <>
std::optional<ParticipantRole> DomainKeys::parse<ParticipantRole>(const QString &key)
{
    return lookupValue(participantRoleKeys, key);
}
template <>
std::optional<OrganisationKind> DomainKeys::parse<OrganisationKind>(const QString &key)
{
    return lookupValue(organisationKindKeys, key);
}
template <>
std::optional<EnrolmentStatus> DomainKeys::parse<EnrolmentStatus>(const QString &key)
{
    return lookupValue(enrolmentStatusKeys, key);
}
template <>
std::optional<AttendanceStatus> DomainKeys::parse<AttendanceStatus>(const QString &key)
{
    return lookupValue(attendanceStatusKeys, key);
}
template <>
std::optional<PartnerContribution> DomainKeys::parse<PartnerContribution>(const QString &key)
{
    return lookupValue(partnerContributionKeys, key);
}
template <>
std::optional<AgreementStatus> DomainKeys::parse<AgreementStatus>(const QString &key)
{
    return lookupValue(agreementStatusKeys, key);
}

template <>
std::optional<CostKind> DomainKeys::parse<CostKind>(const QString &key)
{
    return lookupValue(costKindKeys, key);
}
template <>
std::optional<CostBasis> DomainKeys::parse<CostBasis>(const QString &key)
{
    return lookupValue(costBasisKeys, key);
}
template <>
std::optional<VatTreatment> DomainKeys::parse<VatTreatment>(const QString &key)
{
    return lookupValue(vatTreatmentKeys, key);
}
template <>
std::optional<FundingKind> DomainKeys::parse<FundingKind>(const QString &key)
{
    return lookupValue(fundingKindKeys, key);
}

template <>
std::optional<LearningGoalKind> DomainKeys::parse<LearningGoalKind>(const QString &key)
{
    return lookupValue(learningGoalKindKeys, key);
}
template <>
std::optional<KirkpatrickLevel> DomainKeys::parse<KirkpatrickLevel>(const QString &key)
{
    return lookupValue(kirkpatrickLevelKeys, key);
}
template <>
std::optional<PublicValue> DomainKeys::parse<PublicValue>(const QString &key)
{
    return lookupValue(publicValueKeys, key);
}
template <>
std::optional<MeasurementMethod> DomainKeys::parse<MeasurementMethod>(const QString &key)
{
    return lookupValue(measurementMethodKeys, key);
}
template <>
std::optional<MeasurementTiming> DomainKeys::parse<MeasurementTiming>(const QString &key)
{
    return lookupValue(measurementTimingKeys, key);
}

} // namespace Akademiplan
