// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QHash>

#include <optional>

namespace Akademiplan {

// Attendance at some sessions, counted one way everywhere (the grid, --info, docs/attendance.md):
// - a session counts once any attendance is recorded for it; sessions without records are not
//   yet held, or not yet recorded, and count for nothing;
// - `expected` is, per recorded session, the people with a place in its activity (an enrolment
//   in the activity with the status Enrolled, Enrolment::expectsAttendance()), as they are now;
// - `present`, `absent` and `excused` count the records of those people; a place-holder without
//   a record at a recorded session counts as not present;
// - the rate is present ÷ expected, from 0 to 1;
// - a person recorded as present without a place is counted apart (`presentWithoutPlace`) and
//   flagged, and counts in neither side of the rate, which therefore never exceeds 1.
struct AttendanceTally
{
    int recordedSessions = 0;
    int expected = 0;
    int present = 0;
    int absent = 0;
    int excused = 0;
    int presentWithoutPlace = 0;

    // A record of a place-holder (`hasPlace`) or of someone else.
    void count(AttendanceStatus status, bool hasPlace, int times = 1);
    // One more recorded session at which `places` people are expected.
    void addSession(int places);
    void add(const AttendanceTally &other);
    bool isRecorded() const { return recordedSessions > 0; }
    // Nothing when no one was expected.
    std::optional<double> rate() const;
};

// The attendance rates of a project per session, activity, track and academy, and per role
// within each academy, worked out in one pass over the enrolments and one over the attendance
// (a quarter of a million enrolments at the large size: no loop within a loop).
class AttendanceRates
{
public:
    explicit AttendanceRates(const Project &project);

    // Each tally is empty (not recorded) for what has no records.
    AttendanceTally ofSession(qint64 sessionId) const { return m_sessions.value(sessionId); }
    AttendanceTally ofActivity(qint64 activityId) const { return m_activities.value(activityId); }
    AttendanceTally ofTrack(qint64 trackId) const { return m_tracks.value(trackId); }
    AttendanceTally ofAcademy(qint64 academyId) const { return m_academies.value(academyId); }
    AttendanceTally ofRole(qint64 academyId, ParticipantRole role) const
    {
        return m_roles.value({academyId, int(role)});
    }

private:
    QHash<qint64, AttendanceTally> m_sessions;
    QHash<qint64, AttendanceTally> m_activities;
    QHash<qint64, AttendanceTally> m_tracks;
    QHash<qint64, AttendanceTally> m_academies;
    QHash<std::pair<qint64, int>, AttendanceTally> m_roles; // (academy, role)
};

} // namespace Akademiplan
