// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QString>
#include <QTime>

namespace Akademiplan {

// One point of a session's timed agenda ("drejebog"), in the columns Danish process designers
// use: when, what, why, how, who, and plan B if it goes otherwise. An item runs until the next one
// starts, the last until the session ends, so only its start is kept.
struct AgendaItem : EntityHeader
{
    qint64 sessionId = 0;
    QTime startTime;
    QString what;
    QString why;
    QString how;
    QString who;
    QString planB;

    bool operator==(const AgendaItem &) const = default;
};

} // namespace Akademiplan
