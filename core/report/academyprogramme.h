// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDate>
#include <QHash>
#include <QString>

#include <vector>

namespace Akademiplan {

class Project;
struct Activity;
struct Session;
struct Track;

// One academy's programme in the order the outputs for its readers show it, indexed in one pass
// over the project's sessions so that asking for one activity's sessions costs no scan: the
// tracks in the consultant's order, each track's activities in the order they begin, and the
// sessions of each activity and of the whole academy by date and time. Holds pointers into the
// project, which must outlive it and stay unchanged meanwhile.
class AcademyProgramme
{
public:
    AcademyProgramme(const Project &project, qint64 academyId);

    const std::vector<const Track *> &tracks() const { return m_tracks; }
    // Those with sessions by their first one; those without last, by title.
    std::vector<const Activity *> activitiesOf(qint64 trackId) const;
    // By date and time.
    const std::vector<const Session *> &sessionsOf(qint64 activityId) const;
    // Every session of the academy, by date and time.
    const std::vector<const Session *> &sessions() const { return m_sessions; }
    const Track *trackOf(const Session &session) const;
    const Activity *activityOf(const Session &session) const;

    // The academy an output names (`academyId`), or the first one when it names none; 0 when the
    // project has no such academy.
    static qint64 academyFor(const Project &project, qint64 academyId);

private:
    const Project &m_project;
    std::vector<const Track *> m_tracks;
    std::vector<const Session *> m_sessions;
    QHash<qint64, std::vector<const Session *>> m_sessionsByActivity;
};

} // namespace Akademiplan
