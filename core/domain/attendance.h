// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QDateTime>
#include <QUuid>

#include <optional>

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

// What the consultant records in one cell of the attendance grid: a status, or none to take the
// record away again ("not recorded").
struct AttendanceMark
{
    qint64 sessionId = 0;
    qint64 participantId = 0;
    std::optional<AttendanceStatus> status;
};

} // namespace Akademiplan
