// SPDX-License-Identifier: MPL-2.0
#include "participanttime.h"

#include "money.h"

#include "domain/project.h"

#include <QHash>
#include <QSet>

namespace Akademiplan {

namespace {

// The activities the scope covers, found from the ids alone: no walk of the whole tree per row.
QSet<qint64> activitiesIn(const Project &project, const BudgetScope &scope)
{
    QSet<qint64> activities;
    if (scope.activityId != 0) {
        if (project.activities.find(scope.activityId))
            activities.insert(scope.activityId);
        return activities;
    }
    QSet<qint64> tracks;
    if (scope.trackId != 0)
        tracks.insert(scope.trackId);
    else
        for (const Track &track : project.tracks)
            if (track.academyId == scope.academyId)
                tracks.insert(track.id);
    for (const Activity &activity : project.activities)
        if (tracks.contains(activity.trackId))
            activities.insert(activity.id);
    return activities;
}

} // namespace

qint64 ParticipantTime::hundredthsOfHours(qint64 minutes)
{
    // Money rounds half away from zero in one place; the same rounding serves hours.
    return Money::fromOre(minutes * 100).times(1, 60).ore();
}

qint64 ParticipantTime::minutesOf(const Session &session)
{
    if (!session.startTime.isValid() || !session.endTime.isValid())
        return 0;
    const qint64 minutes = session.startTime.secsTo(session.endTime) / 60;
    return minutes > 0 ? minutes : 0;
}

QHash<qint64, TimeByGroup> ParticipantTime::byActivity(const Project &project, const BudgetScope &scope)
{
    const QSet<qint64> activities = activitiesIn(project, scope);

    // The minutes each activity's sessions take in each year.
    QHash<qint64, std::map<int, qint64>> minutesByActivity;
    QHash<qint64, const Session *> sessionsInScope;
    for (const Session &session : project.sessions) {
        if (!activities.contains(session.activityId) || !session.date.isValid())
            continue;
        sessionsInScope.insert(session.id, &session);
        minutesByActivity[session.activityId][session.date.year()] += minutesOf(session);
    }

    QHash<qint64, TimeByGroup> time;
    for (const Enrolment &enrolment : project.enrolments) {
        if (!enrolment.expectsAttendance() || !activities.contains(enrolment.activityId))
            continue;
        const Participant *person = project.participants.find(enrolment.participantId);
        const auto years = minutesByActivity.constFind(enrolment.activityId);
        if (!person || years == minutesByActivity.constEnd())
            continue;
        TimeByGroup &groups = time[enrolment.activityId];
        for (const auto &[year, minutes] : *years)
            groups[{person->role, person->organisationId, year}].plannedMinutes += minutes;
    }
    for (const Attendance &attendance : project.attendances) {
        if (attendance.status != AttendanceStatus::Present)
            continue;
        const Session *session = sessionsInScope.value(attendance.sessionId);
        const Participant *person = session ? project.participants.find(attendance.participantId) : nullptr;
        if (person)
            time[session->activityId][{person->role, person->organisationId, session->date.year()}].attendedMinutes +=
                minutesOf(*session);
    }
    return time;
}

TimeByGroup ParticipantTime::of(const Project &project, const BudgetScope &scope)
{
    TimeByGroup total;
    for (const TimeByGroup &groups : byActivity(project, scope))
        for (const auto &[group, spent] : groups) {
            TimeSpent &sum = total[group];
            sum.plannedMinutes += spent.plannedMinutes;
            sum.attendedMinutes += spent.attendedMinutes;
        }
    return total;
}

} // namespace Akademiplan
