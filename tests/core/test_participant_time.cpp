// SPDX-License-Identifier: MPL-2.0
// The participants' working time a plan asks for, the staff-time half of an academy's budget:
// every figure below is worked out by hand from the sessions' lengths and the enrolments, and an
// edit to the plan (a session added, a person enrolled, attendance recorded) changes exactly the
// groups it should.
#include "budget/participanttime.h"
#include "catch.h"
#include "domain/project.h"

using namespace Akademiplan;

namespace {

// One academy with two tracks: a leadership track with a course of two sessions (9.00-15.30 and
// 9.00-12.00 in 2027) and a seminar (13.00-16.15 in December 2027 and 13.00-14.00 in January 2028),
// and a network track with one meeting (8.30-10.00). Two managers of the social department, one
// manager with no organisation, two employees of the social department and a politician.
struct BudgetPlan
{
    Project project;
    enum : qint64 { Academy = 1, Leadership = 10, Network = 11, Course = 20, Seminar = 21, Meeting = 22, Social = 30 };

    BudgetPlan()
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

    void addActivity(qint64 id, qint64 track)
    {
        Activity activity;
        activity.id = id;
        activity.trackId = track;
        project.insert(activity);
    }
    void addSession(qint64 id, qint64 activity, QDate date, QTime start, QTime end)
    {
        Session session;
        session.id = id;
        session.activityId = activity;
        session.date = date;
        session.startTime = start;
        session.endTime = end;
        project.insert(session);
    }
    void addPerson(qint64 id, ParticipantRole role, qint64 organisation)
    {
        Participant person;
        person.id = id;
        person.role = role;
        person.organisationId = organisation;
        project.insert(person);
    }
    void enrol(qint64 id, qint64 person, qint64 activity, EnrolmentStatus status = EnrolmentStatus::Enrolled)
    {
        Enrolment enrolment;
        enrolment.id = id;
        enrolment.participantId = person;
        enrolment.activityId = activity;
        enrolment.status = status;
        project.insert(enrolment);
    }
    void attend(qint64 id, qint64 session, qint64 person, AttendanceStatus status)
    {
        Attendance attendance;
        attendance.id = id;
        attendance.sessionId = session;
        attendance.participantId = person;
        attendance.status = status;
        project.insert(attendance);
    }
};

TimeSpent planned(qint64 minutes) { return {minutes, 0}; }

} // namespace

TEST_CASE("the working time of an academy is the enrolled people times the length of their sessions per role organisation and year",
          "[budget]")
{
    BudgetPlan plan;
    const auto time = ParticipantTime::of(plan.project, {BudgetPlan::Academy, 0, 0});
    // Managers of the social department, 2027: two people × (390 + 180 + 195) minutes = 1530.
    // 2028: two people × 60 = 120. The manager with no organisation: the course only, 390 + 180 =
    // 570, since he was only invited to the seminar. Employees: two × 90 = 180. The waitlisted
    // politician spends no time.
    const std::map<TimeGroup, TimeSpent> expected = {
        {{ParticipantRole::Employee, BudgetPlan::Social, 2027}, planned(180)},
        {{ParticipantRole::Manager, 0, 2027}, planned(570)},
        {{ParticipantRole::Manager, BudgetPlan::Social, 2027}, planned(1530)},
        {{ParticipantRole::Manager, BudgetPlan::Social, 2028}, planned(120)},
    };
    CHECK(time == expected);
}

TEST_CASE("the working time of a track or an activity counts only its own sessions", "[budget]")
{
    BudgetPlan plan;
    const auto network = ParticipantTime::of(plan.project, {BudgetPlan::Academy, BudgetPlan::Network, 0});
    CHECK(network == std::map<TimeGroup, TimeSpent>{{{ParticipantRole::Employee, BudgetPlan::Social, 2027}, planned(180)}});
    const auto seminar = ParticipantTime::of(plan.project, {BudgetPlan::Academy, BudgetPlan::Leadership, BudgetPlan::Seminar});
    CHECK(seminar == std::map<TimeGroup, TimeSpent>{{{ParticipantRole::Manager, BudgetPlan::Social, 2027}, planned(390)},
                                                     {{ParticipantRole::Manager, BudgetPlan::Social, 2028}, planned(120)}});
    CHECK(ParticipantTime::of(plan.project, {BudgetPlan::Academy, 0, 999}).empty());
}

TEST_CASE("a session added or a person enrolled changes exactly the time of the groups concerned", "[budget]")
{
    BudgetPlan plan;
    const auto before = ParticipantTime::of(plan.project, {BudgetPlan::Academy, 0, 0});

    // A third course day of 2 h 45 min in 2027: three enrolled managers, two groups.
    plan.addSession(105, BudgetPlan::Course, QDate(2027, 9, 9), QTime(10, 15), QTime(13, 0));
    auto after = ParticipantTime::of(plan.project, {BudgetPlan::Academy, 0, 0});
    CHECK(after.at({ParticipantRole::Manager, BudgetPlan::Social, 2027}).plannedMinutes == 1530 + 2 * 165);
    CHECK(after.at({ParticipantRole::Manager, 0, 2027}).plannedMinutes == 570 + 165);
    CHECK(after.at({ParticipantRole::Employee, BudgetPlan::Social, 2027}) == before.at({ParticipantRole::Employee, BudgetPlan::Social, 2027}));
    CHECK(after.at({ParticipantRole::Manager, BudgetPlan::Social, 2028}) == before.at({ParticipantRole::Manager, BudgetPlan::Social, 2028}));

    // The politician is enrolled in the network meeting: one new group, nothing else moves.
    const auto beforeEnrolment = after;
    plan.enrol(310, 205, BudgetPlan::Meeting);
    after = ParticipantTime::of(plan.project, {BudgetPlan::Academy, 0, 0});
    CHECK(after.size() == beforeEnrolment.size() + 1);
    CHECK(after.at({ParticipantRole::Politician, 0, 2027}) == planned(90));
    for (const auto &[group, spent] : beforeEnrolment)
        CHECK(after.at(group) == spent);
}

TEST_CASE("the time spent once the academy runs is the time of the people recorded present", "[budget]")
{
    BudgetPlan plan;
    plan.attend(400, 100, 200, AttendanceStatus::Present); // 390
    plan.attend(401, 100, 201, AttendanceStatus::Absent);
    plan.attend(402, 100, 202, AttendanceStatus::Present); // 390, no organisation
    plan.attend(403, 101, 200, AttendanceStatus::Present); // 180
    plan.attend(404, 104, 203, AttendanceStatus::Excused);
    plan.attend(405, 103, 201, AttendanceStatus::Present); // 60, in 2028
    const auto time = ParticipantTime::of(plan.project, {BudgetPlan::Academy, 0, 0});
    CHECK(time.at({ParticipantRole::Manager, BudgetPlan::Social, 2027}) == TimeSpent{1530, 570});
    CHECK(time.at({ParticipantRole::Manager, 0, 2027}) == TimeSpent{570, 390});
    CHECK(time.at({ParticipantRole::Manager, BudgetPlan::Social, 2028}) == TimeSpent{120, 60});
    CHECK(time.at({ParticipantRole::Employee, BudgetPlan::Social, 2027}) == TimeSpent{180, 0});
}

TEST_CASE("a session without a time or ending before it starts takes no working time", "[budget]")
{
    Session session;
    CHECK(ParticipantTime::minutesOf(session) == 0);
    session.startTime = QTime(10, 0);
    session.endTime = QTime(9, 0);
    CHECK(ParticipantTime::minutesOf(session) == 0);
    session.endTime = QTime(11, 45);
    CHECK(ParticipantTime::minutesOf(session) == 105);
}
