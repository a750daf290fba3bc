// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QString>

namespace Akademiplan {

// The three kinds of learning outcome the Danish qualifications framework (and the diploma
// modules' "mål for læringsudbytte") states goals in.
enum class LearningGoalKind { Knowledge, Skills, Competences };

// One learning goal of a track: what its participants will know, be able to do, or be able to
// take responsibility for afterwards.
struct LearningGoal : EntityHeader
{
    qint64 trackId = 0;
    LearningGoalKind kind = LearningGoalKind::Knowledge;
    QString text;
    int position = 0; // the order within the track
    bool operator==(const LearningGoal &) const = default;
};

} // namespace Akademiplan
