// SPDX-License-Identifier: MPL-2.0
#include "removalplanner.h"

#include <QSet>

namespace Akademiplan {

namespace {

// Rows are removed children first and come back parents first (ChangeSet::inverted).
template <typename T, typename Predicate>
QSet<qint64> removeWhere(const EntityList<T> &list, ChangeSet &changes, Predicate matches)
{
    QSet<qint64> removed;
    for (const T &row : list) {
        if (matches(row)) {
            changes.remove(row);
            removed.insert(row.id);
        }
    }
    return removed;
}

} // namespace

RemovalPlanner::RemovalPlanner(const Project &project)
    : m_project(project)
{
}

ChangeSet RemovalPlanner::removalOf(EntityType type, qint64 id) const
{
    ChangeSet changes;
    QSet<qint64> academies, tracks, activities, sessions, participants;
    switch (type) {
    case EntityType::Academy: academies.insert(id); break;
    case EntityType::Track: tracks.insert(id); break;
    case EntityType::Activity: activities.insert(id); break;
    case EntityType::Session: sessions.insert(id); break;
    case EntityType::Participant: participants.insert(id); break;
    case EntityType::Organisation: {
        const Organisation *organisation = m_project.organisations.find(id);
        if (!organisation)
            return changes;
        // People stay when their organisation goes; they just belong to none.
        for (const Participant &participant : m_project.participants) {
            if (participant.organisationId == id) {
                Participant changed = participant;
                changed.organisationId = 0;
                changed.modified = QDateTime::currentDateTimeUtc();
                changes.update(participant, changed);
            }
        }
        changes.remove(*organisation);
        return changes;
    }
    case EntityType::Enrolment:
        if (const Enrolment *enrolment = m_project.enrolments.find(id))
            changes.remove(*enrolment);
        return changes;
    case EntityType::Attendance:
        if (const Attendance *attendance = m_project.attendances.find(id))
            changes.remove(*attendance);
        return changes;
    }

    // Collect the tree below, top down, without yet removing anything.
    for (const Track &track : m_project.tracks)
        if (academies.contains(track.academyId))
            tracks.insert(track.id);
    for (const Activity &activity : m_project.activities)
        if (tracks.contains(activity.trackId))
            activities.insert(activity.id);
    for (const Session &session : m_project.sessions)
        if (activities.contains(session.activityId))
            sessions.insert(session.id);

    removeWhere(m_project.attendances, changes, [&](const Attendance &a) {
        return sessions.contains(a.sessionId) || participants.contains(a.participantId);
    });
    removeWhere(m_project.enrolments, changes, [&](const Enrolment &e) {
        return tracks.contains(e.trackId) || activities.contains(e.activityId) || participants.contains(e.participantId);
    });
    removeWhere(m_project.sessions, changes, [&](const Session &s) { return sessions.contains(s.id); });
    removeWhere(m_project.activities, changes, [&](const Activity &a) { return activities.contains(a.id); });
    removeWhere(m_project.tracks, changes, [&](const Track &t) { return tracks.contains(t.id); });
    removeWhere(m_project.academies, changes, [&](const Academy &a) { return academies.contains(a.id); });
    removeWhere(m_project.participants, changes, [&](const Participant &p) { return participants.contains(p.id); });
    return changes;
}

} // namespace Akademiplan
