// SPDX-License-Identifier: MPL-2.0
#include "evaluationdrafts.h"

#include <algorithm>

namespace Akademiplan {

namespace {

constexpr qint64 placeholder = -1;

} // namespace

ProgrammeTheory EvaluationDrafts::programmeTheory(qint64 academyId)
{
    ProgrammeTheory theory;
    theory.id = placeholder;
    theory.academyId = academyId;
    return theory;
}

LearningGoal EvaluationDrafts::learningGoal(const Project &project, qint64 trackId)
{
    LearningGoal goal;
    goal.id = placeholder;
    goal.trackId = trackId;
    // A goal needs its text (the rules refuse an empty one); this one is there to be typed over.
    goal.text = tr("New learning goal");
    goal.position = endOfTrack(project, trackId);
    return goal;
}

int EvaluationDrafts::endOfTrack(const Project &project, qint64 trackId)
{
    int end = 0;
    for (const LearningGoal &goal : project.learningGoals)
        if (goal.trackId == trackId)
            end = std::max(end, goal.position + 1);
    return end;
}

Indicator EvaluationDrafts::indicator(qint64 academyId, qint64 trackId)
{
    Indicator indicator;
    indicator.id = placeholder;
    indicator.academyId = academyId;
    indicator.trackId = trackId;
    indicator.name = tr("New indicator");
    return indicator;
}

Measurement EvaluationDrafts::nextMeasurement(const Project &project, qint64 indicatorId)
{
    Measurement measurement;
    measurement.id = placeholder;
    measurement.indicatorId = indicatorId;
    measurement.timing = MeasurementTiming::After;
    // An effect is looked for some months after the programme and again after a year; later ones
    // a year apart.
    int lastAfter = -1;
    for (const Measurement &other : project.measurements)
        if (other.indicatorId == indicatorId && other.timing == MeasurementTiming::After)
            lastAfter = std::max(lastAfter, other.monthsAfter);
    measurement.monthsAfter = lastAfter < 3 ? 3 : lastAfter < 12 ? 12 : lastAfter + 12;
    const Indicator *indicator = project.indicators.find(indicatorId);
    const Academy *academy = indicator ? project.academies.find(indicator->academyId) : nullptr;
    if (academy && academy->endDate.isValid())
        measurement.plannedDate = academy->endDate.addMonths(measurement.monthsAfter);
    return measurement;
}

const ProgrammeTheory *EvaluationDrafts::programmeTheoryOf(const Project &project, qint64 academyId)
{
    const auto found = std::find_if(project.programmeTheories.begin(), project.programmeTheories.end(),
                                    [academyId](const ProgrammeTheory &theory) {
                                        return theory.academyId == academyId;
                                    });
    return found != project.programmeTheories.end() ? &*found : nullptr;
}

} // namespace Akademiplan
