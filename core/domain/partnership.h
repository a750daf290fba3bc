// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Akademiplan {

// A partner organisation's part in a track or an activity (exactly one of the two ids is set),
// with a short note of what it does there ("hosts the second session", "opening talk").
struct Partnership : EntityHeader
{
    qint64 organisationId = 0;
    qint64 trackId = 0;
    qint64 activityId = 0;
    QString note;

    bool operator==(const Partnership &) const = default;
};

} // namespace Akademiplan
