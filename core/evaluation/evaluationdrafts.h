// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QCoreApplication>

namespace Akademiplan {

// What a new row of an academy's evaluation plan starts as, for the editor's insertAll() (its id is
// a placeholder): decided here so that the window only asks. A learning goal goes last in its
// track; an indicator is of the track asked for or the whole academy; a measurement comes after
// the indicator's last one, 3 months after the programme and then 12, on the day that many months
// after the academy ends.
class EvaluationDrafts
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::EvaluationDrafts)

public:
    static ProgrammeTheory programmeTheory(qint64 academyId);
    static LearningGoal learningGoal(const Project &project, qint64 trackId);
    // The position after the track's last learning goal: where a goal added or moved to it goes.
    static int endOfTrack(const Project &project, qint64 trackId);
    static Indicator indicator(qint64 academyId, qint64 trackId);
    static Measurement nextMeasurement(const Project &project, qint64 indicatorId);

    // The academy's programme theory, or null while none has been written.
    static const ProgrammeTheory *programmeTheoryOf(const Project &project, qint64 academyId);
};

} // namespace Akademiplan
