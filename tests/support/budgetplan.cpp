// SPDX-License-Identifier: MPL-2.0
#include "budgetplan.h"

namespace Akademiplan {

BudgetPlan::BudgetPlan()
{
    Akademiplan::Academy academy;
    academy.id = Academy;
    project.insert(academy);
    for (qint64 id : {qint64(Leadership), qint64(Network)}) {
        Track track;
        track.id = id;
        track.academyId = Academy;
        project.insert(track);
    }
    addActivity(Course, Leadership);
    addActivity(Seminar, Leadership);
    addActivity(Meeting, Network);
    addSession(100, Course, QDate(2027, 3, 4), QTime(9, 0), QTime(15, 30));  // 390 minutes
    addSession(101, Course, QDate(2027, 4, 8), QTime(9, 0), QTime(12, 0));   // 180
    addSession(102, Seminar, QDate(2027, 12, 2), QTime(13, 0), QTime(16, 15)); // 195
    addSession(103, Seminar, QDate(2028, 1, 13), QTime(13, 0), QTime(14, 0));  // 60
    addSession(104, Meeting, QDate(2027, 5, 6), QTime(8, 30), QTime(10, 0));   // 90
    Organisation social;
    social.id = Social;
    project.insert(social);
    addPerson(200, ParticipantRole::Manager, Social);
    addPerson(201, ParticipantRole::Manager, Social);
    addPerson(202, ParticipantRole::Manager, 0);
    addPerson(203, ParticipantRole::Employee, Social);
    addPerson(204, ParticipantRole::Employee, Social);
    addPerson(205, ParticipantRole::Politician, 0);
    // The managers take the course and the seminar; 202 was only invited to the seminar.
    enrol(300, 200, Course);
    enrol(301, 201, Course);
    enrol(302, 202, Course);
    enrol(303, 200, Seminar);
    enrol(304, 201, Seminar);
    enrol(305, 202, Seminar, EnrolmentStatus::Invited);
    // The employees meet in the network; the politician is on the waiting list.
    enrol(306, 203, Meeting);
    enrol(307, 204, Meeting);
    enrol(308, 205, Meeting, EnrolmentStatus::Waitlisted);
    // A track enrolment says who belongs to the track; its time is counted in the activities.
    Enrolment inTrack;
    inTrack.id = 309;
    inTrack.participantId = 200;
    inTrack.trackId = Leadership;
    project.insert(inTrack);
}

void BudgetPlan::addActivity(qint64 id, qint64 track)
{
    Activity activity;
    activity.id = id;
    activity.trackId = track;
    project.insert(activity);
}
void BudgetPlan::addSession(qint64 id, qint64 activity, QDate date, QTime start, QTime end)
{
    Session session;
    session.id = id;
    session.activityId = activity;
    session.date = date;
    session.startTime = start;
    session.endTime = end;
    project.insert(session);
}
void BudgetPlan::addPerson(qint64 id, ParticipantRole role, qint64 organisation)
{
    Participant person;
    person.id = id;
    person.role = role;
    person.organisationId = organisation;
    project.insert(person);
}
void BudgetPlan::enrol(qint64 id, qint64 person, qint64 activity, EnrolmentStatus status)
{
    Enrolment enrolment;
    enrolment.id = id;
    enrolment.participantId = person;
    enrolment.activityId = activity;
    enrolment.status = status;
    project.insert(enrolment);
}
void BudgetPlan::attend(qint64 id, qint64 session, qint64 person, AttendanceStatus status)
{
    Attendance attendance;
    attendance.id = id;
    attendance.sessionId = session;
    attendance.participantId = person;
    attendance.status = status;
    project.insert(attendance);
}


} // namespace Akademiplan
