// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QString>

#include <optional>

namespace Akademiplan {

// Kirkpatrick's four levels, which an evaluation plans backwards from results.
enum class KirkpatrickLevel { Reaction, Learning, Behaviour, Results };

// The kinds of public value an indicator shows (the public-innovation centre's five), or none.
enum class PublicValue { None, Quality, Efficiency, CitizenInvolvement, EmployeeSatisfaction, PoliticalGoals };

enum class MeasurementMethod { Survey, Interview, RegisterData, Observation, Other };

// Something the evaluation measures to show an academy's (or one track's) effect: at which level,
// which value it shows, how it is measured, and where it starts and should end. Numbers are
// hundredths (4250 is 42.5) so that a target compares exactly; a baseline or target not set is
// not the same as 0. When it is measured are its measurements.
struct Indicator : EntityHeader
{
    qint64 academyId = 0;
    qint64 trackId = 0; // 0: the whole academy
    QString name;
    KirkpatrickLevel level = KirkpatrickLevel::Reaction;
    PublicValue valueKind = PublicValue::None;
    MeasurementMethod method = MeasurementMethod::Survey;
    QString unit; // e.g. "%", "score 1-5"
    std::optional<qint64> baseline;
    std::optional<qint64> target;
    bool higherIsBetter = true;
    QString note;
    bool operator==(const Indicator &) const = default;
};

} // namespace Akademiplan
