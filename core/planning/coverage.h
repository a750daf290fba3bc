// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Akademiplan {

// How much of a target group takes part: "Managers: 54 of 60 enrolled". A person counts for a
// track when enrolled in the track itself or in any of its activities.
class Coverage
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::Coverage)

public:
    struct Line
    {
        ParticipantRole role;
        int enrolled = 0;
        int total = 0; // everyone in the project with that role
    };

    // One line per target role of the track.
    static QList<Line> ofTrack(const Project &project, qint64 trackId);
    // The lines of every track that has target roles, by track id, in one pass over the enrolments.
    static QHash<qint64, QList<Line>> ofTracks(const Project &project);
    // One line per role that has anyone enrolled in the activity, or the track's target roles.
    static QList<Line> ofActivity(const Project &project, qint64 activityId);

    // Places taken and waiting for an activity.
    struct Places
    {
        int enrolled = 0;
        int waiting = 0;
        int capacity = 0; // 0: no limit
    };
    static Places placesOf(const Project &project, qint64 activityId);
    // The places of every activity, by activity id, in one pass over the enrolments.
    static QHash<qint64, Places> placesOfActivities(const Project &project);

    static QString describe(const Line &line);
    static QString describe(const Places &places);
};

} // namespace Akademiplan
