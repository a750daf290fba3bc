// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDateTime>
#include <QUuid>

namespace Akademiplan {

enum class AttendanceStatus { Present, Absent, Excused };

// Whether a participant came to one session, recorded once an academy runs.
struct Attendance
{
    qint64 id = 0;
    QUuid uuid;
    QDateTime modified;
    qint64 sessionId = 0;
    qint64 participantId = 0;
    AttendanceStatus status = AttendanceStatus::Present;

    bool operator==(const Attendance &) const = default;
};

} // namespace Akademiplan
