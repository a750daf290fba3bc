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
    switch (value) {
    case EntityType::Academy: return tr("%n academy(s)", nullptr, number);
    case EntityType::Track: return tr("%n track(s)", nullptr, number);
    case EntityType::Activity: return tr("%n activity(s)", nullptr, number);
    case EntityType::Session: return tr("%n session(s)", nullptr, number);
    case EntityType::Organisation: return tr("%n organisation(s)", nullptr, number);
    case EntityType::Participant: return tr("%n participant(s)", nullptr, number);
    case EntityType::Enrolment: return tr("%n enrolment(s)", nullptr, number);
    case EntityType::Attendance: return tr("%n attendance record(s)", nullptr, number);
    }
    return {};
}

} // namespace Akademiplan
