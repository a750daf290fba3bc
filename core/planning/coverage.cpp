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

} // namespace

QList<Coverage::Line> Coverage::ofTrack(const Project &project, qint64 trackId)
{
    const Track *track = project.tracks.find(trackId);
    if (!track)
        return {};
    QSet<qint64> activities;
    for (const Activity &activity : project.activities)
        if (activity.trackId == trackId)
            activities.insert(activity.id);
    QSet<qint64> people;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.status == EnrolmentStatus::Enrolled
            && (enrolment.trackId == trackId || activities.contains(enrolment.activityId)))
            people.insert(enrolment.participantId);
    return linesFor(project, track->targetRoles, people);
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
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.activityId != activityId)
            continue;
        if (enrolment.status == EnrolmentStatus::Enrolled)
            ++places.enrolled;
        else if (enrolment.status == EnrolmentStatus::Waitlisted)
            ++places.waiting;
    }
    return places;
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
