// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QHash>
#include <QString>
#include <QTime>

#include <vector>

namespace Akademiplan {

// A session's timed agenda in time order, and when each item ends: it runs until the next one
// starts, the last until the session ends. The run sheet and the agenda table read it here, so
// that both show the same times.
class SessionAgenda
{
public:
    using Items = std::vector<const AgendaItem *>;

    // The agenda of one session, in time order.
    static Items of(const Project &project, qint64 sessionId);
    // The agendas of all sessions that have one, in one pass over the items, each in time order:
    // for the run sheets of many sessions.
    static QHash<qint64, Items> bySession(const Project &project);
    // In time order; items at the same time in the order they were added.
    static void sort(Items &items);

    // When `items[index]` ends; invalid when it has no length to show (the next item starts at
    // the same time, or the session's end is not after it).
    static QTime endOf(const Items &items, std::size_t index, const Session &session);
    // "9.00–9.30" in the UI's language, or the start alone when the item has no length to show.
    static QString timeText(const Items &items, std::size_t index, const Session &session);
    // The same for an item's start and the end endOf() found for it.
    static QString timeText(const QTime &start, const QTime &end);

    // What a new item of the session starts as, for the editor's insertAll() (its id is a
    // placeholder): at the session's start when the agenda is empty, else half an hour after the
    // last item, kept inside the session.
    static AgendaItem nextItem(const Project &project, qint64 sessionId);
};

} // namespace Akademiplan
