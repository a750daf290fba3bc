// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Akademiplan {

// A follow-up meeting is part of an academy's anchoring plan: after the programme, managers and
// participants meet on how what was learnt is used, on the timeline like any other activity.
enum class ActivityKind {
    Workshop,
    Seminar,
    Course,
    Masterclass,
    BrownBagMeeting,
    NetworkMeeting,
    Other,
    FollowUpMeeting
};

// Something a track offers, such as a seminar or a course, held in one or more sessions.
struct Activity : EntityHeader
{
    qint64 trackId = 0;
    ActivityKind kind = ActivityKind::Workshop;
    QString title;
    QString description;
    QString facilitator;
    QString location;
    int capacity = 0; // 0 means no limit
    // The course this activity is one group ("hold") of: activities of the same track with the
    // same non-empty name are parallel groups, and a person takes part in one of them.
    QString parallelGroup;
    int position = 0; // the order within the track
    // What the facilitator brings or has ready (flip-overs, name tags, the reading), for the run sheet.
    QString materials;
    // The invitation letter as the consultant edited it, with its placeholders; empty means the
    // standard letter in the language it is written in.
    QString invitation;

    bool operator==(const Activity &) const = default;
};

} // namespace Akademiplan
