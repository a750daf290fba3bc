// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Akademiplan {

enum class MeasurementTiming { Before, During, After };

// One time an indicator is measured: planned for before, during or some months after the
// programme, and once measured, its value (in hundredths, like the indicator's target). Without a
// value it is a planned measurement, which is how an indicator says when it is measured.
struct Measurement : EntityHeader
{
    qint64 indicatorId = 0;
    MeasurementTiming timing = MeasurementTiming::After;
    int monthsAfter = 0; // after the programme ends, for a measurement after it: 0, 3, 12
    std::optional<QDate> plannedDate;
    std::optional<QDate> measuredDate;
    std::optional<qint64> value;
    QString note;
    bool operator==(const Measurement &) const = default;
};

} // namespace Akademiplan
