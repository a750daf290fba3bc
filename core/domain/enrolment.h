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

    bool operator==(const Enrolment &) const = default;
};

} // namespace Akademiplan
