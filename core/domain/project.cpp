// SPDX-License-Identifier: MPL-2.0
#include "project.h"

#include <algorithm>
#include <tuple>

namespace Akademiplan {

void Project::insert(const AnyEntity &entity)
{
    std::visit([this](const auto &e) { list<std::decay_t<decltype(e)>>().insert(e); }, entity);
}

std::vector<const Track *> Project::tracksOf(qint64 academyId) const
{
    std::vector<const Track *> result;
    for (const Track &track : tracks)
        if (track.academyId == academyId)
            result.push_back(&track);
    std::stable_sort(result.begin(), result.end(),
                     [](const Track *a, const Track *b) { return a->position < b->position; });
    return result;
}

std::vector<const Activity *> Project::activitiesOf(qint64 trackId) const
{
    std::vector<const Activity *> result;
    for (const Activity &activity : activities)
        if (activity.trackId == trackId)
            result.push_back(&activity);
    std::stable_sort(result.begin(), result.end(), [](const Activity *a, const Activity *b) {
        return std::tie(a->position, a->id) < std::tie(b->position, b->id);
    });
    return result;
}

std::vector<const Activity *> Project::parallelGroupsOf(qint64 activityId) const
{
    std::vector<const Activity *> result;
    const Activity *activity = activities.find(activityId);
    if (!activity || activity->parallelGroup.isEmpty())
        return result;
    for (const Activity *sibling : activitiesOf(activity->trackId))
        if (sibling->parallelGroup == activity->parallelGroup)
            result.push_back(sibling);
    return result;
}

std::vector<const Session *> Project::sessionsOf(qint64 activityId) const
{
    std::vector<const Session *> result;
    for (const Session &session : sessions)
        if (session.activityId == activityId)
            result.push_back(&session);
    std::stable_sort(result.begin(), result.end(), [](const Session *a, const Session *b) {
        return std::tie(a->date, a->startTime) < std::tie(b->date, b->startTime);
    });
    return result;
}

const Academy *Project::academyOfActivity(qint64 activityId) const
{
    const Activity *activity = activities.find(activityId);
    const Track *track = activity ? tracks.find(activity->trackId) : nullptr;
    return track ? academies.find(track->academyId) : nullptr;
}

std::vector<const Partnership *> Project::partnershipsOfTrack(qint64 trackId) const
{
    std::vector<const Partnership *> result;
    for (const Partnership &partnership : partnerships)
        if (partnership.trackId == trackId && trackId != 0)
            result.push_back(&partnership);
    return result;
}

std::vector<const Partnership *> Project::partnershipsOfActivity(qint64 activityId) const
{
    std::vector<const Partnership *> result;
    for (const Partnership &partnership : partnerships)
        if (partnership.activityId == activityId && activityId != 0)
            result.push_back(&partnership);
    return result;
}

std::vector<const Partnership *> Project::partnershipsOf(qint64 organisationId) const
{
    std::vector<const Partnership *> result;
    for (const Partnership &partnership : partnerships)
        if (partnership.organisationId == organisationId)
            result.push_back(&partnership);
    return result;
}

bool Project::operator==(const Project &other) const
{
    return info == other.info && academies.items() == other.academies.items()
           && tracks.items() == other.tracks.items() && activities.items() == other.activities.items()
           && sessions.items() == other.sessions.items() && organisations.items() == other.organisations.items()
           && participants.items() == other.participants.items() && enrolments.items() == other.enrolments.items()
           && attendances.items() == other.attendances.items() && partnerships.items() == other.partnerships.items()
           && dismissals.items() == other.dismissals.items() && costLines.items() == other.costLines.items()
           && staffRates.items() == other.staffRates.items() && fundings.items() == other.fundings.items()
           && programmeTheories.items() == other.programmeTheories.items()
           && learningGoals.items() == other.learningGoals.items() && indicators.items() == other.indicators.items()
           && measurements.items() == other.measurements.items()
           && agendaItems.items() == other.agendaItems.items();
}

} // namespace Akademiplan
