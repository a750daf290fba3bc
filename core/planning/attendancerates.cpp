// SPDX-License-Identifier: MPL-2.0
#include "attendancerates.h"

#include <QSet>

namespace Akademiplan {

void AttendanceTally::count(AttendanceStatus status, bool hasPlace, int times)
{
    if (!hasPlace) {
        if (status == AttendanceStatus::Present)
            presentWithoutPlace += times;
        return;
    }
    switch (status) {
    case AttendanceStatus::Present: present += times; break;
    case AttendanceStatus::Absent: absent += times; break;
    case AttendanceStatus::Excused: excused += times; break;
    }
}

void AttendanceTally::addSession(int places)
{
    ++recordedSessions;
    expected += places;
}

void AttendanceTally::add(const AttendanceTally &other)
{
    recordedSessions += other.recordedSessions;
    expected += other.expected;
    present += other.present;
    absent += other.absent;
    excused += other.excused;
    presentWithoutPlace += other.presentWithoutPlace;
}

std::optional<double> AttendanceTally::rate() const
{
    if (expected <= 0)
        return std::nullopt;
    return double(present) / double(expected);
}

AttendanceRates::AttendanceRates(const Project &project)
{
    constexpr int roleCount = int(ParticipantRole::ExternalPartner) + 1;
    QHash<qint64, qint64> academyOfTrack;
    for (const Track &track : project.tracks)
        academyOfTrack.insert(track.id, track.academyId);
    QHash<qint64, qint64> trackOfActivity;
    for (const Activity &activity : project.activities)
        trackOfActivity.insert(activity.id, activity.trackId);
    QHash<qint64, qint64> activityOfSession;
    for (const Session &session : project.sessions)
        activityOfSession.insert(session.id, session.activityId);

    // Who holds a place where, and how many per activity and role.
    QSet<std::pair<qint64, qint64>> places; // (participant, activity)
    QHash<qint64, int> placesIn;
    QHash<std::pair<qint64, int>, int> placesByRole; // (activity, role)
    for (const Enrolment &enrolment : project.enrolments) {
        if (!enrolment.expectsAttendance())
            continue;
        places.insert({enrolment.participantId, enrolment.activityId});
        ++placesIn[enrolment.activityId];
        if (const Participant *participant = project.participants.find(enrolment.participantId))
            ++placesByRole[{enrolment.activityId, int(participant->role)}];
    }

    for (const Attendance &attendance : project.attendances) {
        const qint64 activityId = activityOfSession.value(attendance.sessionId);
        if (activityId == 0)
            continue;
        const bool hasPlace = places.contains({attendance.participantId, activityId});
        m_sessions[attendance.sessionId].count(attendance.status, hasPlace);
        m_activities[activityId].count(attendance.status, hasPlace);
        if (const Participant *participant = project.participants.find(attendance.participantId)) {
            const qint64 academyId = academyOfTrack.value(trackOfActivity.value(activityId));
            m_roles[{academyId, int(participant->role)}].count(attendance.status, hasPlace);
        }
    }

    // The places expected at each recorded session.
    for (auto session = m_sessions.begin(); session != m_sessions.end(); ++session) {
        const qint64 activityId = activityOfSession.value(session.key());
        const int expected = placesIn.value(activityId);
        session->addSession(expected);
        m_activities[activityId].addSession(expected);
        const qint64 academyId = academyOfTrack.value(trackOfActivity.value(activityId));
        for (int role = 0; role < roleCount; ++role)
            if (const int rolePlaces = placesByRole.value({activityId, role}); rolePlaces > 0)
                m_roles[{academyId, role}].addSession(rolePlaces);
    }
    for (auto activity = m_activities.cbegin(); activity != m_activities.cend(); ++activity)
        m_tracks[trackOfActivity.value(activity.key())].add(*activity);
    for (auto track = m_tracks.cbegin(); track != m_tracks.cend(); ++track)
        m_academies[academyOfTrack.value(track.key())].add(*track);
}

} // namespace Akademiplan
