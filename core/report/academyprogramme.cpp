// SPDX-License-Identifier: MPL-2.0
#include "academyprogramme.h"

#include "domain/project.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace Akademiplan {

namespace {

bool byDateAndTime(const Session *a, const Session *b)
{
    return std::tie(a->date, a->startTime) < std::tie(b->date, b->startTime);
}

} // namespace

AcademyProgramme::AcademyProgramme(const Project &project, qint64 academyId)
    : m_project(project)
    , m_tracks(project.tracksOf(academyId))
{
    QSet<qint64> trackIds;
    for (const Track *track : m_tracks)
        trackIds.insert(track->id);
    for (const Session &session : project.sessions) {
        const Activity *activity = project.activities.find(session.activityId);
        if (!activity || !trackIds.contains(activity->trackId))
            continue;
        m_sessions.push_back(&session);
        m_sessionsByActivity[activity->id].push_back(&session);
    }
    std::stable_sort(m_sessions.begin(), m_sessions.end(), byDateAndTime);
    for (auto &sessions : m_sessionsByActivity)
        std::stable_sort(sessions.begin(), sessions.end(), byDateAndTime);
}

std::vector<const Activity *> AcademyProgramme::activitiesOf(qint64 trackId) const
{
    std::vector<const Activity *> activities = m_project.activitiesOf(trackId);
    const auto firstDate = [this](const Activity *activity) {
        const std::vector<const Session *> &sessions = sessionsOf(activity->id);
        return sessions.empty() ? QDate() : sessions.front()->date;
    };
    std::stable_sort(activities.begin(), activities.end(), [&](const Activity *a, const Activity *b) {
        const QDate da = firstDate(a);
        const QDate db = firstDate(b);
        if (da.isValid() != db.isValid())
            return da.isValid();
        return da != db ? da < db : a->title < b->title;
    });
    return activities;
}

const std::vector<const Session *> &AcademyProgramme::sessionsOf(qint64 activityId) const
{
    static const std::vector<const Session *> none;
    const auto it = m_sessionsByActivity.constFind(activityId);
    return it == m_sessionsByActivity.cend() ? none : *it;
}

const Activity *AcademyProgramme::activityOf(const Session &session) const
{
    return m_project.activities.find(session.activityId);
}

const Track *AcademyProgramme::trackOf(const Session &session) const
{
    const Activity *activity = activityOf(session);
    return activity ? m_project.tracks.find(activity->trackId) : nullptr;
}

qint64 AcademyProgramme::academyFor(const Project &project, qint64 academyId)
{
    if (academyId != 0)
        return project.academies.contains(academyId) ? academyId : 0;
    return project.academies.isEmpty() ? 0 : project.academies.items().front().id;
}

} // namespace Akademiplan
