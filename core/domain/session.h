// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "activity.h"
#include "entityheader.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QUuid>

namespace Akademiplan {

// One dated occurrence of an activity. An empty location means the activity's own location.
struct Session : EntityHeader
{
    qint64 activityId = 0;
    QDate date;
    QTime startTime;
    QTime endTime;
    QString location;

    bool operator==(const Session &) const = default;
};

// Where a session is held: its own place, or, when it names none, its activity's. Every output,
// the calendar and the planning checks go by this one rule.
inline QString sessionPlace(const Session &session, const Activity &activity)
{
    const QString own = session.location.trimmed();
    return own.isEmpty() ? activity.location.trimmed() : own;
}

} // namespace Akademiplan
