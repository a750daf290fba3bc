// SPDX-License-Identifier: MPL-2.0
#include "coverage.h"

#include "domain/domainlabels.h"
#include "i18n/displaytext.h"

#include <QHash>
#include <QSet>

namespace Akademiplan {

namespace {

QList<Coverage::Line> linesFor(const Project &project, const QList<ParticipantRole> &roles,
                               const QSet<qint64> &enrolledPeople)
{
    QHash<int, Coverage::Line> lines;
    for (ParticipantRole role : roles)
        lines.insert(int(role), {role, 0, 0});
    for (const Participant &participant : project.participants) {
        auto it = lines.find(int(participant.role));
        if (it == lines.end())
            continue;
        ++it->total;
        if (enrolledPeople.contains(participant.id))
            ++it->enrolled;
    }
    QList<Coverage::Line> result;
    for (ParticipantRole role : roles)
        result.append(lines.value(int(role)));
    return result;
}

// The people enrolled in each track (or only in `onlyTrackId`, when not 0), in one pass.
QHash<qint64, QSet<qint64>> peopleOfTracks(const Project &project, qint64 onlyTrackId)
{
    QHash<qint64, qint64> trackOfActivity;
    for (const Activity &activity : project.activities)
        if (onlyTrackId == 0 || activity.trackId == onlyTrackId)
            trackOfActivity.insert(activity.id, activity.trackId);
    QHash<qint64, QSet<qint64>> people;
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.status != EnrolmentStatus::Enrolled)
            continue;
        const qint64 trackId = enrolment.trackId ? enrolment.trackId : trackOfActivity.value(enrolment.activityId);
        if (trackId != 0 && (onlyTrackId == 0 || trackId == onlyTrackId))
            people[trackId].insert(enrolment.participantId);
    }
    return people;
}

void count(Coverage::Places &places, const Enrolment &enrolment)
{
    if (enrolment.status == EnrolmentStatus::Enrolled)
        ++places.enrolled;
    else if (enrolment.status == EnrolmentStatus::Waitlisted)
        ++places.waiting;
}

} // namespace

QList<Coverage::Line> Coverage::ofTrack(const Project &project, qint64 trackId)
{
    const Track *track = project.tracks.find(trackId);
    if (!track)
        return {};
    return linesFor(project, track->targetRoles, peopleOfTracks(project, trackId).value(trackId));
}

QHash<qint64, QList<Coverage::Line>> Coverage::ofTracks(const Project &project)
{
    const QHash<qint64, QSet<qint64>> people = peopleOfTracks(project, 0);
    QHash<qint64, QList<Line>> result;
    for (const Track &track : project.tracks)
        if (!track.targetRoles.isEmpty())
            result.insert(track.id, linesFor(project, track.targetRoles, people.value(track.id)));
    return result;
}

QList<Coverage::Line> Coverage::ofActivity(const Project &project, qint64 activityId)
{
    const Activity *activity = project.activities.find(activityId);
    if (!activity)
        return {};
    QSet<qint64> people;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId == activityId && enrolment.status == EnrolmentStatus::Enrolled)
            people.insert(enrolment.participantId);
    const Track *track = project.tracks.find(activity->trackId);
    return linesFor(project, track ? track->targetRoles : QList<ParticipantRole>{}, people);
}

Coverage::Places Coverage::placesOf(const Project &project, qint64 activityId)
{
    Places places;
    if (const Activity *activity = project.activities.find(activityId))
        places.capacity = activity->capacity;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId == activityId)
            count(places, enrolment);
    return places;
}

QHash<qint64, Coverage::Places> Coverage::placesOfActivities(const Project &project)
{
    QHash<qint64, Places> result;
    for (const Activity &activity : project.activities)
        result[activity.id].capacity = activity.capacity;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId != 0)
            count(result[enrolment.activityId], enrolment);
    return result;
}

QString Coverage::describe(const Line &line)
{
    return tr("%1: %2 of %3 enrolled")
        .arg(DomainLabels::plural(line.role), DisplayText::number(line.enrolled), DisplayText::number(line.total));
}

QString Coverage::describe(const Places &places)
{
    QString text = places.capacity > 0
                       ? tr("%1 of %2 places taken").arg(DisplayText::number(places.enrolled),
                                                          DisplayText::number(places.capacity))
                       : tr("%1 enrolled, no limit").arg(DisplayText::number(places.enrolled));
    if (places.waiting > 0)
        text += QStringLiteral(", ") + tr("%n on the waiting list", nullptr, places.waiting);
    return text;
}

} // namespace Akademiplan
