// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/participant.h"

#include <QtGlobal>

#include <QHash>

#include <map>
#include <tuple>

namespace Akademiplan {

class Project;

// The part of the plan a budget line is about: a whole academy, one track or one activity; the
// most specific id that is set decides.
struct BudgetScope
{
    qint64 academyId = 0;
    qint64 trackId = 0;
    qint64 activityId = 0;
};

// Whose time: the people of one role in one organisation (0: none registered) in one calendar
// year, since the hourly cost depends on the role or the organisation and budgets are per year.
struct TimeGroup
{
    ParticipantRole role = ParticipantRole::Employee;
    qint64 organisationId = 0;
    int year = 0;
    auto operator<=>(const TimeGroup &) const = default;
};

// Working time in minutes, so that a session of 2 h 45 min is counted exactly.
struct TimeSpent
{
    qint64 plannedMinutes = 0;  // enrolled people × the length of their activity's sessions
    qint64 attendedMinutes = 0; // people recorded present × the length of that session
    bool operator==(const TimeSpent &) const = default;
};

// The participants' working time that the plan asks for, the municipality's own cost beside the
// cash budget: every person enrolled in an activity (enrolled, not invited, waitlisted or
// cancelled) spends each of its sessions there; and, once the academy runs, the time of the people
// recorded present. One pass over the sessions, the enrolments and the attendance of the project,
// whatever the scope, so that a budget view can ask again after every edit.
using TimeByGroup = std::map<TimeGroup, TimeSpent>;

class ParticipantTime
{
public:
    static TimeByGroup of(const Project &project, const BudgetScope &scope);
    // The same, kept apart per activity of the scope, so that a budget can show each activity's
    // time and add them up for its track and academy without asking again per row.
    static QHash<qint64, TimeByGroup> byActivity(const Project &project, const BudgetScope &scope);
    // The length of a session in minutes; 0 while it has no time or ends before it starts.
    static qint64 minutesOf(const class Session &session);
    // Minutes as hours in hundredths, rounded once to the nearest (165 minutes is 275, 2.75 hours),
    // for the hours a budget shows beside what they cost.
    static qint64 hundredthsOfHours(qint64 minutes);
};

} // namespace Akademiplan
