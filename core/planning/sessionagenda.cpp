// SPDX-License-Identifier: MPL-2.0
#include "sessionagenda.h"

#include "i18n/displaytext.h"

#include <algorithm>
#include <tuple>

namespace Akademiplan {

namespace {

constexpr int usualItemSecs = 30 * 60;
constexpr int roundingSecs = 5 * 60;

} // namespace

SessionAgenda::Items SessionAgenda::of(const Project &project, qint64 sessionId)
{
    Items items;
    for (const AgendaItem &item : project.agendaItems)
        if (item.sessionId == sessionId)
            items.push_back(&item);
    sort(items);
    return items;
}

QHash<qint64, SessionAgenda::Items> SessionAgenda::bySession(const Project &project)
{
    QHash<qint64, Items> agendas;
    for (const AgendaItem &item : project.agendaItems)
        agendas[item.sessionId].push_back(&item);
    for (Items &items : agendas)
        sort(items);
    return agendas;
}

void SessionAgenda::sort(Items &items)
{
    // An item without a time (a file another program wrote) goes first, where it is seen.
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem *a, const AgendaItem *b) {
        return std::tuple(a->startTime.isValid(), a->startTime, a->id)
               < std::tuple(b->startTime.isValid(), b->startTime, b->id);
    });
}

QTime SessionAgenda::endOf(const Items &items, std::size_t index, const Session &session)
{
    const QTime start = items.at(index)->startTime;
    const QTime end = index + 1 < items.size() ? items.at(index + 1)->startTime : session.endTime;
    return start.isValid() && end.isValid() && end > start ? end : QTime();
}

QString SessionAgenda::timeText(const Items &items, std::size_t index, const Session &session)
{
    return timeText(items.at(index)->startTime, endOf(items, index, session));
}

QString SessionAgenda::timeText(const QTime &start, const QTime &end)
{
    if (!start.isValid())
        return {};
    return end.isValid() ? DisplayText::timeRange(start, end) : DisplayText::time(start);
}

AgendaItem SessionAgenda::nextItem(const Project &project, qint64 sessionId)
{
    AgendaItem item;
    item.id = -1;
    item.sessionId = sessionId;
    const Session *session = project.sessions.find(sessionId);
    const QTime sessionStart = session && session->startTime.isValid() ? session->startTime : QTime(9, 0);
    const QTime sessionEnd = session ? session->endTime : QTime();
    const Items items = of(project, sessionId);
    const QTime last = items.empty() ? QTime() : items.back()->startTime;
    if (!last.isValid()) {
        item.startTime = sessionStart;
        return item;
    }
    // Half an hour on, unless that is past the session's end: then halfway to it, on the five
    // minutes, so that the new item is still inside the session. Never past midnight.
    const int room = sessionEnd.isValid() && sessionEnd > last ? last.secsTo(sessionEnd)
                                                                : last.secsTo(QTime(23, 59));
    const int step = room > usualItemSecs ? usualItemSecs : room / 2 / roundingSecs * roundingSecs;
    item.startTime = last.addSecs(step);
    return item;
}

} // namespace Akademiplan
