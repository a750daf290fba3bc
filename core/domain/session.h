// SPDX-License-Identifier: MPL-2.0
#pragma once

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

} // namespace Akademiplan
