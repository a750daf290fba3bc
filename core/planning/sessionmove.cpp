// SPDX-License-Identifier: MPL-2.0
#include "sessionmove.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace Akademiplan {

namespace {

constexpr qint64 minutesPerDay = 24 * 60;

} // namespace

Session SessionMove::byDays(const Session &session, int days)
{
    Session moved = session;
    if (moved.date.isValid())
        moved.date = moved.date.addDays(days);
    return moved;
}

Session SessionMove::byMinutes(const Session &session, qint64 minutes)
{
    if (!session.date.isValid() || !session.startTime.isValid())
        return byDays(session, int(std::llround(double(minutes) / minutesPerDay)));

    const qint64 length = session.endTime.isValid() && session.endTime > session.startTime
                              ? session.startTime.secsTo(session.endTime) / 60
                              : 0;
    const qint64 start = session.startTime.msecsSinceStartOfDay() / 60000;
    // Snapped on the clock, not by the distance moved: a session at 9.10 lands on 9.15 or 9.00.
    qint64 target = start + minutes;
    target = qint64(std::llround(double(target) / snapMinutes)) * snapMinutes;
    qint64 days = target >= 0 ? target / minutesPerDay : -((-target + minutesPerDay - 1) / minutesPerDay);
    qint64 onDay = target - days * minutesPerDay;
    // Kept within its day: pulled back before midnight rather than running into the next day.
    const qint64 latestStart = minutesPerDay - 1 - length;
    onDay = std::min(onDay, latestStart - latestStart % snapMinutes);

    Session moved = session;
    moved.date = session.date.addDays(days);
    moved.startTime = QTime(0, 0).addSecs(int(onDay * 60));
    if (session.endTime.isValid())
        moved.endTime = length > 0 ? moved.startTime.addSecs(int(length * 60)) : session.endTime;
    return moved;
}

} // namespace Akademiplan
