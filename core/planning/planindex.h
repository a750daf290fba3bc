// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QHash>
#include <QString>

#include <vector>

namespace Akademiplan {

// What the planning rules need to know about the project, worked out once per check in one pass
// per table: each session with its activity, track and academy, its start and end as minutes on
// one scale, and where it is held. The rules then look things up instead of scanning.
class PlanIndex
{
public:
    struct SessionFacts
    {
        const Session *session = nullptr;
        const Activity *activity = nullptr; // null for a session whose activity is missing
        const Track *track = nullptr;
        const Academy *academy = nullptr;
        qint64 start = 0; // minutes since the start of the Julian day count; 0 without date and time
        qint64 end = 0;
        QString location; // the session's own, else its activity's, as written
        bool hasTime() const { return start != 0 && end > start; }
    };

    // With `replacement`, the session of the same id is taken to be as it says (the timeline asks
    // what a session would meet on another day before it is moved there).
    explicit PlanIndex(const Project &project, const Session *replacement = nullptr);

    const Project &project() const { return m_project; }
    // In the order of project.sessions, so that a session's facts are at its position there.
    const std::vector<SessionFacts> &sessions() const { return m_sessions; }
    const SessionFacts *factsOf(qint64 sessionId) const;
    // Positions in sessions() of an activity's sessions.
    const std::vector<qsizetype> &sessionsOfActivity(qint64 activityId) const;
    // The project's municipality's region, which decides its winter holiday week.
    const QString &region() const { return m_region; }

    // A track for the city council: the politicians' kind, or politicians among its target roles.
    static bool isForPoliticians(const Track &track);
    // "“Modul 1” on Tuesday 3 March 2027": how a warning names a session.
    static QString describe(const SessionFacts &facts);

private:
    const Project &m_project;
    std::vector<SessionFacts> m_sessions;
    QHash<qint64, std::vector<qsizetype>> m_sessionsOfActivity;
    QString m_region;
};

} // namespace Akademiplan
