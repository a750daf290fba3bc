// SPDX-License-Identifier: MPL-2.0
#include "timelinedrag.h"

#include "i18n/displaytext.h"
#include "planning/plancheck.h"
#include "planning/sessionmove.h"
#include "timelinetooltip.h"

#include <cmath>

namespace Akademiplan {

void TimelineDrag::press(const Session &session, const QPointF &at)
{
    clear();
    m_session = session;
    m_target = session;
    m_pressed = at;
    m_at = at;
}

bool TimelineDrag::activateIfMoved(const QPointF &at, int distance)
{
    if (!m_active && m_session.id != 0 && (at - m_pressed).manhattanLength() >= distance)
        m_active = true;
    return m_active;
}

void TimelineDrag::follow(const Project &project, const QPoint &position, const QPointF &at, qreal pixelsPerDay,
                          bool inTime)
{
    m_position = position;
    m_at = at;
    const Session *session = project.sessions.find(m_session.id);
    if (!session || pixelsPerDay <= 0)
        return;
    // From the session as it is now, should it have changed since the press.
    m_session = *session;
    const qreal days = (at.x() - m_pressed.x()) / pixelsPerDay;
    const Session target = inTime ? SessionMove::byMinutes(*session, qint64(std::llround(days * 24 * 60)))
                                  : SessionMove::byDays(*session, int(std::lround(days)));
    if (m_checked && target == m_target)
        return;
    m_checked = true;
    m_target = target;
    m_notes.clear();
    for (const PlanWarning &warning : PlanCheck::ofMovedSession(project, target))
        m_notes << TimelineToolTip::note(warning);
}

QString TimelineDrag::toolTip() const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>")
                 .arg(tr("%1 · %2").arg(DisplayText::date(m_target.date), DisplayText::week(m_target.date)).toHtmlEscaped());
    const QString time = DisplayText::timeRange(m_target.startTime, m_target.endTime);
    if (!time.isEmpty())
        lines << time.toHtmlEscaped();
    QStringList notes = m_notes;
    notes << QStringLiteral("<i>%1</i>").arg(tr("Hold Shift to change the time as well. Esc cancels.").toHtmlEscaped());
    return TimelineToolTip::html(lines, notes);
}

} // namespace Akademiplan
