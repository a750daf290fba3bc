// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QCoreApplication>
#include <QPoint>
#include <QPointF>
#include <QStringList>

namespace Akademiplan {

// A session being dragged on the timeline: where it was taken, where it would land with the
// pointer where it is, and what the planning checks would say about it there. The view feeds it
// the pointer and makes the move when the button is let go.
class TimelineDrag
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::TimelineDrag)

public:
    // A press on a session's mark; `at` in the picture's coordinates. Not a drag yet.
    void press(const Session &session, const QPointF &at);
    void clear() { *this = TimelineDrag(); }

    qint64 sessionId() const { return m_session.id; } // 0 when no session was pressed
    bool isActive() const { return m_active; }
    // A press becomes a drag once the pointer has moved far enough, so that a click stays a click.
    bool activateIfMoved(const QPointF &at, int distance);

    // Follows the pointer (`position` in the view, `at` in the picture): by whole days, or with
    // `inTime` in quarter hours. The checks are asked only when the place changes.
    void follow(const Project &project, const QPoint &position, const QPointF &at, qreal pixelsPerDay, bool inTime);
    QPoint position() const { return m_position; }
    QPointF at() const { return m_at; }

    const Session &target() const { return m_target; }
    // True when letting go would change the session.
    bool moves() const { return m_active && !(m_target == m_session); }
    QString toolTip() const;

private:
    Session m_session;
    QPointF m_pressed;
    QPoint m_position;
    QPointF m_at;
    bool m_active = false;
    bool m_checked = false;
    Session m_target;
    QStringList m_notes; // what the checks would say about the session where it would land
};

} // namespace Akademiplan
