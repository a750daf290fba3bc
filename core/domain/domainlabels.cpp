// SPDX-License-Identifier: MPL-2.0
#include "domainlabels.h"

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
    }
    return {};
}

} // namespace Akademiplan
