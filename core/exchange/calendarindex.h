// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"
#include "storage/tombstone.h"

#include <QHash>

#include <optional>
#include <vector>

namespace Akademiplan {

// What the calendars and schedules of many people look up, found once in one pass per table:
// each person's enrolments, each track's activities, each activity's sessions in date order and
// the number of parallel groups it is one of, and the removed sessions by the activity they
// belonged to. A person's calendar then costs what it holds instead of a pass over every
// enrolment and session of the project, which at 2,500 people is the difference between
// milliseconds and seconds.
//
// It points into the project, which must stay unchanged while the index is used. Once built it
// is only read, so several threads may use it at once.
class CalendarIndex
{
public:
    // A session that was removed, as its tombstone keeps it, with the activity it belonged to.
    struct RemovedSession
    {
        Session session; // with the tombstone's UUID, change counter and time of removal
        const Activity *activity = nullptr;
    };

    // The enrolments of everyone, or with `onlyParticipant` only that person's (0: no one's), as
    // one calendar needs no more. A removed session is kept only while its activity is there.
    explicit CalendarIndex(const Project &project, const std::vector<Tombstone> &removedSessions = {},
                           std::optional<qint64> onlyParticipant = std::nullopt);

    const Project &project() const { return m_project; }
    // In the order of the project's rows; none for an unknown person.
    const std::vector<const Enrolment *> &enrolmentsOf(qint64 participantId) const;
    // In the order of the project's rows (by id), not the consultant's order.
    const std::vector<const Activity *> &activitiesOf(qint64 trackId) const;
    // Dated or not, in date and time order.
    const std::vector<const Session *> &sessionsOf(qint64 activityId) const;
    // How many parallel groups the activity's course has, itself included; 1 when it is not one
    // of several (Project::parallelGroupsOf says the same for one activity).
    int parallelGroupCount(qint64 activityId) const;
    const std::vector<RemovedSession> &removedSessionsOf(qint64 activityId) const;
    bool hasRemovedSessions() const { return !m_removedSessionsOf.isEmpty(); }

private:
    const Project &m_project;
    QHash<qint64, std::vector<const Enrolment *>> m_enrolmentsOf;
    QHash<qint64, std::vector<const Activity *>> m_activitiesOf;
    QHash<qint64, std::vector<const Session *>> m_sessionsOf;
    QHash<qint64, int> m_parallelGroupCount; // only activities in a group of two or more
    QHash<qint64, std::vector<RemovedSession>> m_removedSessionsOf;
};

} // namespace Akademiplan
