// SPDX-License-Identifier: MPL-2.0
// The participants' working time a plan asks for, the staff-time half of an academy's budget:
// every figure below is worked out by hand from the sessions' lengths and the enrolments, and an
// edit to the plan (a session added, a person enrolled, attendance recorded) changes exactly the
// groups it should.
#include "budget/participanttime.h"
#include "catch.h"
#include "domain/project.h"
#include "budgetplan.h"

using namespace Akademiplan;

namespace {

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
