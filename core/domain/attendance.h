// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QDateTime>
#include <QUuid>

namespace Akademiplan {

enum class AttendanceStatus { Present, Absent, Excused };

// Whether a participant came to one session, recorded once an academy runs.
struct Attendance : EntityHeader
{
    qint64 sessionId = 0;
    qint64 participantId = 0;
    AttendanceStatus status = AttendanceStatus::Present;

    bool operator==(const Attendance &) const = default;
};

} // namespace Akademiplan
