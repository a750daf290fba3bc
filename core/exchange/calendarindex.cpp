// SPDX-License-Identifier: MPL-2.0
#include "calendarindex.h"

#include "domain/entitydescription.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace Akademiplan {

namespace {

template <typename T>
const std::vector<T> &valueOrNone(const QHash<qint64, std::vector<T>> &hash, qint64 key)
{
    static const std::vector<T> none;
    const auto it = hash.constFind(key);
    return it == hash.cend() ? none : it.value();
}

} // namespace

CalendarIndex::CalendarIndex(const Project &project, const std::vector<Tombstone> &removedSessions,
                             std::optional<qint64> onlyParticipant)
    : m_project(project)
{
    for (const Enrolment &enrolment : project.enrolments)
        if (!onlyParticipant || enrolment.participantId == *onlyParticipant)
            m_enrolmentsOf[enrolment.participantId].push_back(&enrolment);

    // Parallel groups are activities of one track with the same non-empty group name.
    QHash<std::pair<qint64, QString>, std::vector<qint64>> groups;
    for (const Activity &activity : project.activities) {
        m_activitiesOf[activity.trackId].push_back(&activity);
        if (!activity.parallelGroup.isEmpty())
            groups[{activity.trackId, activity.parallelGroup}].push_back(activity.id);
    }
    for (const std::vector<qint64> &group : std::as_const(groups))
        if (group.size() > 1)
            for (qint64 activityId : group)
                m_parallelGroupCount.insert(activityId, int(group.size()));

    for (const Session &session : project.sessions)
        m_sessionsOf[session.activityId].push_back(&session);
    for (std::vector<const Session *> &sessions : m_sessionsOf)
        std::stable_sort(sessions.begin(), sessions.end(), [](const Session *a, const Session *b) {
            return std::tie(a->date, a->startTime) < std::tie(b->date, b->startTime);
        });

    if (removedSessions.empty())
        return;
    QHash<QUuid, const Activity *> activityByUuid;
    for (const Activity &activity : project.activities)
        activityByUuid.insert(activity.uuid, &activity);
    QSet<QUuid> live;
    for (const Session &session : project.sessions)
        live.insert(session.uuid);
    for (const Tombstone &tombstone : removedSessions) {
        if (tombstone.row.type != EntityType::Session || live.contains(tombstone.row.uuid))
            continue;
        RemovedSession removed;
        QList<QUuid> references;
        if (!loadStoredFields(removed.session, references,
                              QJsonDocument::fromJson(tombstone.row.fields.toUtf8()).object()))
            continue;
        removed.activity = activityByUuid.value(references.value(0));
        if (!removed.activity)
            continue;
        removed.session.id = 0;
        removed.session.uuid = tombstone.row.uuid;
        removed.session.activityId = removed.activity->id;
        removed.session.changeCounter = tombstone.row.changeCounter;
        removed.session.modified = tombstone.deleted;
        m_removedSessionsOf[removed.activity->id].push_back(removed);
    }
}

const std::vector<const Enrolment *> &CalendarIndex::enrolmentsOf(qint64 participantId) const
{
    return valueOrNone(m_enrolmentsOf, participantId);
}

const std::vector<const Activity *> &CalendarIndex::activitiesOf(qint64 trackId) const
{
    return valueOrNone(m_activitiesOf, trackId);
}

const std::vector<const Session *> &CalendarIndex::sessionsOf(qint64 activityId) const
{
    return valueOrNone(m_sessionsOf, activityId);
}

int CalendarIndex::parallelGroupCount(qint64 activityId) const
{
    return m_parallelGroupCount.value(activityId, 1);
}

const std::vector<CalendarIndex::RemovedSession> &CalendarIndex::removedSessionsOf(qint64 activityId) const
{
    return valueOrNone(m_removedSessionsOf, activityId);
}

} // namespace Akademiplan
