// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

namespace Akademiplan {

// One academy with two tracks: a leadership track with a course of two sessions (9.00-15.30 and
// 9.00-12.00 in 2027) and a seminar (13.00-16.15 in December 2027 and 13.00-14.00 in January 2028),
// and a network track with one meeting (8.30-10.00). Two managers of the social department, one
// manager with no organisation, two employees of the social department and a politician.
struct BudgetPlan
{
    Project project;
    enum : qint64 { Academy = 1, Leadership = 10, Network = 11, Course = 20, Seminar = 21, Meeting = 22, Social = 30 };

    BudgetPlan();

    void addActivity(qint64 id, qint64 track);
    void addSession(qint64 id, qint64 activity, QDate date, QTime start, QTime end);
    void addPerson(qint64 id, ParticipantRole role, qint64 organisation);
    void enrol(qint64 id, qint64 person, qint64 activity, EnrolmentStatus status = EnrolmentStatus::Enrolled);
    void attend(qint64 id, qint64 session, qint64 person, AttendanceStatus status);
};

} // namespace Akademiplan
