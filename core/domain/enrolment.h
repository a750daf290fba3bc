// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QDateTime>
#include <QUuid>

namespace Akademiplan {

enum class EnrolmentStatus { Invited, Enrolled, Waitlisted, Cancelled };

// A participant's place in either a track or an activity (exactly one of the two ids is set).
struct Enrolment : EntityHeader
{
    qint64 participantId = 0;
    qint64 trackId = 0;
    qint64 activityId = 0;
    EnrolmentStatus status = EnrolmentStatus::Enrolled;

    // Whether the person is expected at the activity's sessions: attendance rates count these
    // people, and anyone else recorded as present is flagged. Only an enrolment in the activity
    // itself counts (enrolling in a track enrols in its activities too, see docs/file-format.md).
    bool expectsAttendance() const { return activityId != 0 && status == EnrolmentStatus::Enrolled; }

    bool operator==(const Enrolment &) const = default;
};

} // namespace Akademiplan
