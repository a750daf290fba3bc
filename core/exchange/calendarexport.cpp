// SPDX-License-Identifier: MPL-2.0
#include "calendarexport.h"

#include "domain/domainlabels.h"
#include "domain/project.h"
#include "calendarindex.h"
#include "exportfile.h"
#include "icalendarwriter.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace Akademiplan {

namespace {

// Whether a person enrolled in an activity's track takes part in the activity through that
// enrolment: the one rule for a person's calendar and an activity's people. Not where they are
// enrolled in the activity itself (that enrolment says, whatever its status), nor where it is one
// of several parallel groups (they take part in one group, named by an enrolment of its own).
bool takesPartThroughTrack(bool enrolledInActivityItself, bool oneOfSeveralGroups)
{
    return !enrolledInActivityItself && !oneOfSeveralGroups;
}

// The activities a person's calendar holds. With `anyStatus`, also those they were enrolled in
// and are no longer: a session removed from them is still theirs to cancel.
QSet<qint64> activitiesOfPerson(const CalendarIndex &index, qint64 participantId, bool anyStatus)
{
    QHash<qint64, EnrolmentStatus> ownStatus; // of an enrolment in the activity itself
    QSet<qint64> tracks;
    for (const Enrolment *enrolment : index.enrolmentsOf(participantId)) {
        if (enrolment->activityId != 0)
            ownStatus.insert(enrolment->activityId, enrolment->status);
        else if (anyStatus || enrolment->status == EnrolmentStatus::Enrolled)
            tracks.insert(enrolment->trackId);
    }
    QSet<qint64> activities;
    for (auto it = ownStatus.cbegin(); it != ownStatus.cend(); ++it)
        if (anyStatus || it.value() == EnrolmentStatus::Enrolled)
            activities.insert(it.key());
    for (qint64 trackId : std::as_const(tracks)) {
        for (const Activity *activity : index.activitiesOf(trackId)) {
            if (!takesPartThroughTrack(ownStatus.contains(activity->id), index.parallelGroupCount(activity->id) > 1))
                continue;
            activities.insert(activity->id);
        }
    }
    return activities;
}

// The activities of an academy, track or activity (all 0: of the whole file).
QSet<qint64> activitiesInProgramme(const Project &project, const CalendarScope &scope)
{
    QSet<qint64> activities;
    if (scope.activityId != 0) {
        if (project.activities.contains(scope.activityId))
            activities.insert(scope.activityId);
        return activities;
    }
    for (const Activity &activity : project.activities) {
        if (scope.trackId != 0 && activity.trackId != scope.trackId)
            continue;
        if (scope.trackId == 0 && scope.academyId != 0) {
            const Track *track = project.tracks.find(activity.trackId);
            if (!track || track->academyId != scope.academyId)
                continue;
        }
        activities.insert(activity.id);
    }
    return activities;
}

// A person's activities held where the scope's academy, track or activity says; one look-up per
// activity, so that the schedules of a track's people cost no pass over the programme each.
QSet<qint64> narrowed(const Project &project, QSet<qint64> activities, const CalendarScope &scope)
{
    activities.removeIf([&](qint64 activityId) { return !CalendarExport::holds(project, scope, activityId); });
    return activities;
}

// One event, live or removed, with what it shows.
struct Event
{
    Session session;
    const Activity *activity = nullptr;
    const Track *track = nullptr;
    const Academy *academy = nullptr;
    bool cancelled = false;
};

void writeEvent(ICalendarWriter &writer, const Event &event, const QDateTime &now)
{
    const Session &session = event.session;
    const Activity &activity = *event.activity;
    writer.begin("VEVENT");
    writer.raw("UID", session.uuid.toString(QUuid::WithoutBraces) + QStringLiteral("@akademiplan"));
    writer.utcTime("DTSTAMP", now);
    // Each row the event shows is counted, and every counter only goes up: a calendar takes a
    // later file's event for the newer one.
    qint64 sequence = 0;
    QDateTime modified;
    const EntityHeader *shown[] = {&session, &activity, event.track, event.academy};
    for (const EntityHeader *row : shown) {
        if (!row)
            continue;
        sequence += row->changeCounter;
        if (row->modified.isValid() && (!modified.isValid() || row->modified > modified))
            modified = row->modified;
    }
    writer.raw("SEQUENCE", QString::number(sequence));
    if (modified.isValid())
        writer.utcTime("LAST-MODIFIED", modified);
    if (session.startTime.isValid()) {
        writer.localTime("DTSTART", session.date, session.startTime);
        if (session.endTime.isValid() && session.endTime > session.startTime)
            writer.localTime("DTEND", session.date, session.endTime);
    } else {
        // No time yet: the day itself.
        writer.date("DTSTART", session.date);
        writer.date("DTEND", session.date.addDays(1));
    }
    writer.text("SUMMARY", activity.title.isEmpty() ? DomainLabels::label(activity.kind) : activity.title);
    const QString location = sessionPlace(session, activity);
    if (!location.isEmpty())
        writer.text("LOCATION", location);
    QStringList description;
    if (event.track && event.academy)
        description.append(CalendarExport::tr("%1 in the track %2 of %3")
                               .arg(DomainLabels::label(activity.kind), event.track->name, event.academy->name));
    if (!activity.facilitator.isEmpty())
        description.append(CalendarExport::tr("Facilitator: %1").arg(activity.facilitator));
    if (!description.isEmpty())
        writer.text("DESCRIPTION", description.join(QLatin1Char('\n')));
    writer.text("CATEGORIES", DomainLabels::label(activity.kind));
    // A draft academy's dates may still move.
    writer.raw("STATUS", event.cancelled ? QStringLiteral("CANCELLED")
                         : event.academy && event.academy->status == AcademyStatus::Draft
                             ? QStringLiteral("TENTATIVE")
                             : QStringLiteral("CONFIRMED"));
    writer.end("VEVENT");
}

} // namespace

QSet<qint64> CalendarExport::activitiesOf(const Project &project, const CalendarScope &scope)
{
    if (scope.participantId == 0)
        return activitiesInProgramme(project, scope);
    return activitiesOf(CalendarIndex(project, {}, scope.participantId), scope);
}

QSet<qint64> CalendarExport::activitiesOf(const CalendarIndex &index, const CalendarScope &scope)
{
    if (scope.participantId == 0)
        return activitiesInProgramme(index.project(), scope);
    return narrowed(index.project(), activitiesOfPerson(index, scope.participantId, false), scope);
}

bool CalendarExport::holds(const Project &project, const CalendarScope &scope, qint64 activityId)
{
    if (scope.activityId != 0)
        return activityId == scope.activityId;
    if (scope.trackId == 0 && scope.academyId == 0)
        return true;
    const Activity *activity = project.activities.find(activityId);
    if (!activity)
        return false;
    if (scope.trackId != 0)
        return activity->trackId == scope.trackId;
    const Track *track = project.tracks.find(activity->trackId);
    return track && track->academyId == scope.academyId;
}

QHash<qint64, QList<qint64>> CalendarExport::peopleOf(const Project &project, const QSet<qint64> &activityIds)
{
    // One pass over the enrolments, whatever the number of activities asked for: a track's run
    // sheets need the people of all of them.
    QSet<qint64> tracks;
    for (qint64 activityId : activityIds)
        if (const Activity *activity = project.activities.find(activityId))
            tracks.insert(activity->trackId);
    QHash<qint64, QHash<qint64, EnrolmentStatus>> ownStatus; // by activity, then person
    QHash<qint64, QList<qint64>> enrolledInTrack;
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.activityId != 0) {
            if (activityIds.contains(enrolment.activityId))
                ownStatus[enrolment.activityId].insert(enrolment.participantId, enrolment.status);
        } else if (enrolment.status == EnrolmentStatus::Enrolled && tracks.contains(enrolment.trackId)) {
            enrolledInTrack[enrolment.trackId].append(enrolment.participantId);
        }
    }
    QHash<qint64, QList<qint64>> people;
    for (qint64 activityId : activityIds) {
        const Activity *activity = project.activities.find(activityId);
        if (!activity)
            continue;
        const QHash<qint64, EnrolmentStatus> own = ownStatus.value(activityId);
        QSet<qint64> found;
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            if (it.value() == EnrolmentStatus::Enrolled)
                found.insert(it.key());
        // Asked only of an activity that has people through its track.
        const QList<qint64> throughTrack = enrolledInTrack.value(activity->trackId);
        const bool oneOfSeveralGroups = !throughTrack.isEmpty() && project.parallelGroupsOf(activityId).size() > 1;
        for (qint64 person : throughTrack)
            if (takesPartThroughTrack(own.contains(person), oneOfSeveralGroups))
                found.insert(person);
        QList<qint64> &list = people[activityId];
        list = QList<qint64>(found.cbegin(), found.cend());
        std::sort(list.begin(), list.end());
    }
    return people;
}

QString CalendarExport::name(const Project &project, const CalendarScope &scope)
{
    if (scope.participantId != 0) {
        const Participant *person = project.participants.find(scope.participantId);
        return person ? (person->name.isEmpty() ? person->email : person->name) : QString();
    }
    if (scope.activityId != 0) {
        const Activity *activity = project.activities.find(scope.activityId);
        return activity ? activity->title : QString();
    }
    if (scope.trackId != 0) {
        const Track *track = project.tracks.find(scope.trackId);
        const Academy *academy = track ? project.academies.find(track->academyId) : nullptr;
        if (!track)
            return {};
        return academy ? tr("%1: %2", "academy: track").arg(academy->name, track->name) : track->name;
    }
    if (scope.academyId != 0) {
        const Academy *academy = project.academies.find(scope.academyId);
        return academy ? academy->name : QString();
    }
    return tr("Academies of %1").arg(project.info.municipalityName);
}

QByteArray CalendarExport::calendar(const Project &project, const CalendarScope &scope,
                                    const std::vector<Tombstone> &removedSessions, const QDateTime &now, int *events)
{
    return calendar(CalendarIndex(project, removedSessions, scope.participantId), scope, now, events);
}

QByteArray CalendarExport::calendar(const CalendarIndex &index, const CalendarScope &scope, const QDateTime &now,
                                    int *events)
{
    const Project &project = index.project();
    const QSet<qint64> activities = activitiesOf(index, scope);
    std::vector<Event> list;
    auto place = [&project](Event &event) {
        event.track = project.tracks.find(event.activity->trackId);
        event.academy = event.track ? project.academies.find(event.track->academyId) : nullptr;
    };
    for (qint64 activityId : activities) {
        // A file another program wrote may hold an enrolment in an activity that is not there.
        const Activity *activity = project.activities.find(activityId);
        if (!activity)
            continue;
        for (const Session *session : index.sessionsOf(activityId)) {
            if (!session->date.isValid())
                continue;
            Event event{*session, activity};
            place(event);
            list.push_back(event);
        }
    }

    // A removed session is cancelled where its activity still is; for a person, in any activity
    // they were enrolled in, so that a session taken away after they left goes from their calendar.
    const bool forPerson = scope.participantId != 0 && index.hasRemovedSessions();
    const QSet<qint64> removedScope =
        forPerson ? narrowed(project, activitiesOfPerson(index, scope.participantId, true), scope) : activities;
    for (qint64 activityId : std::as_const(removedScope)) {
        for (const CalendarIndex::RemovedSession &removed : index.removedSessionsOf(activityId)) {
            if (!removed.session.date.isValid())
                continue;
            Event event{removed.session, removed.activity, nullptr, nullptr, true};
            place(event);
            list.push_back(event);
        }
    }
    std::sort(list.begin(), list.end(), [](const Event &a, const Event &b) {
        return std::tie(a.session.date, a.session.startTime, a.session.uuid)
               < std::tie(b.session.date, b.session.startTime, b.session.uuid);
    });

    ICalendarWriter writer;
    writer.begin("VCALENDAR");
    writer.raw("PRODID",
               QStringLiteral("-//Akademiplan//Akademiplan %1//EN").arg(QCoreApplication::applicationVersion()));
    writer.raw("VERSION", QStringLiteral("2.0"));
    writer.raw("CALSCALE", QStringLiteral("GREGORIAN"));
    writer.raw("METHOD", QStringLiteral("PUBLISH"));
    writer.text("X-WR-CALNAME", name(project, scope));
    writer.raw("X-WR-TIMEZONE", ICalendarWriter::timeZone);
    writer.timeZoneDefinition();
    for (const Event &event : list)
        writeEvent(writer, event, now);
    writer.end("VCALENDAR");
    if (events)
        *events = int(list.size());
    return writer.data();
}

bool CalendarExport::write(const Project &project, const CalendarScope &scope,
                           const std::vector<Tombstone> &removedSessions, const QString &path, QString *error,
                           int *events)
{
    return ExportFile::write(path, calendar(project, scope, removedSessions, QDateTime::currentDateTimeUtc(), events),
                             error);
}

} // namespace Akademiplan
