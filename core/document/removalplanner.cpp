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

ChangeSet RemovalPlanner::removalOf(EntityType type, const QList<qint64> &ids) const
{
    ChangeSet changes;
    const QSet<qint64> chosen(ids.begin(), ids.end());
    QSet<qint64> academies, tracks, activities, sessions, participants;
    switch (type) {
    case EntityType::Academy: academies = chosen; break;
    case EntityType::Track: tracks = chosen; break;
    case EntityType::Activity: activities = chosen; break;
    case EntityType::Session: sessions = chosen; break;
    case EntityType::Participant: participants = chosen; break;
    case EntityType::Organisation:
        // People stay when their organisation goes; they just belong to none.
        for (const Participant &participant : m_project.participants) {
            if (participant.organisationId != 0 && chosen.contains(participant.organisationId)) {
                Participant changed = participant;
                changed.organisationId = 0;
                changed.modified = QDateTime::currentDateTimeUtc();
                changes.update(participant, changed);
            }
        }
        removeWhere(m_project.organisations, changes, [&](const Organisation &o) { return chosen.contains(o.id); });
        return changes;
    case EntityType::Enrolment:
        removeWhere(m_project.enrolments, changes, [&](const Enrolment &e) { return chosen.contains(e.id); });
        return changes;
    case EntityType::Attendance:
        removeWhere(m_project.attendances, changes, [&](const Attendance &a) { return chosen.contains(a.id); });
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
