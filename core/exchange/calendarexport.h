// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "storage/tombstone.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace Akademiplan {

class CalendarIndex;
class Project;

// Whose sessions a calendar holds: one academy, track or activity, one participant's own, or
// (all 0) every session of the file. The narrowest one set wins; a participant's own sessions
// with an academy, track or activity set too are those of their sessions held there (one
// person's schedule from a track's bulk export).
struct CalendarScope
{
    qint64 academyId = 0;
    qint64 trackId = 0;
    qint64 activityId = 0;
    qint64 participantId = 0;
};

// Sessions as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar
// import: one event per dated session, in local Danish time. An event's UID is the session's
// UUID and its SEQUENCE the sum of the change counters of the session, its activity, track and
// academy, which only go up, so that importing a newer file updates the events instead of
// adding them again. A removed session whose tombstone keeps its date comes back as a cancelled
// event, so that a calendar that imported it takes it away. See docs/calendar.md.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::CalendarExport)

public:
    // The activities whose sessions the scope holds. For a participant: the activities they are
    // enrolled in, and those of the tracks they are enrolled in except where they are enrolled
    // otherwise in the activity itself or it is one of several parallel groups (they take part
    // in one group, named by an enrolment of its own).
    static QSet<qint64> activitiesOf(const Project &project, const CalendarScope &scope);
    // The same, looked up in an index made once for many people.
    static QSet<qint64> activitiesOf(const CalendarIndex &index, const CalendarScope &scope);
    // Whether the academy, track or activity the scope names holds the activity; true when it
    // names none of them.
    static bool holds(const Project &project, const CalendarScope &scope, qint64 activityId);
    // The people who take part in each of the activities, by the same rule seen from the
    // activity: those enrolled in it, and those enrolled in its track who are not enrolled
    // otherwise in the activity itself, unless it is one of several parallel groups. In one pass
    // over the enrolments however many activities are asked for; each list in id order.
    static QHash<qint64, QList<qint64>> peopleOf(const Project &project, const QSet<qint64> &activityIds);
    // What the calendar is called in the calendar program: the academy, track, activity or person.
    static QString name(const Project &project, const CalendarScope &scope);
    // The file's bytes; `now` is its DTSTAMP. `events`, when given, is set to the number of
    // events written, cancelled ones included.
    static QByteArray calendar(const Project &project, const CalendarScope &scope,
                               const std::vector<Tombstone> &removedSessions, const QDateTime &now,
                               int *events = nullptr);
    // The same from an index made once for many people, with the removed sessions it holds.
    static QByteArray calendar(const CalendarIndex &index, const CalendarScope &scope, const QDateTime &now,
                               int *events = nullptr);
    // Written whole or not at all; false with the reason when the file cannot be written.
    static bool write(const Project &project, const CalendarScope &scope, const std::vector<Tombstone> &removedSessions,
                      const QString &path, QString *error, int *events = nullptr);
};

} // namespace Akademiplan
