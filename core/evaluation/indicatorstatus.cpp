// SPDX-License-Identifier: MPL-2.0
#include "indicatorstatus.h"

#include <algorithm>
#include <tuple>

namespace Akademiplan {

namespace {

// A measurement without a date measured sorts before one with a date in the same slot: its
// value was recorded without the day, most likely earlier.
auto planOrder(const Measurement *measurement)
{
    return std::make_tuple(int(measurement->timing),
                           measurement->timing == MeasurementTiming::After ? measurement->monthsAfter : 0,
                           measurement->measuredDate.value_or(QDate()).toJulianDay(), measurement->id);
}

} // namespace

IndicatorStatus::IndicatorStatus(const Indicator &indicator, std::vector<const Measurement *> measurements)
    : m_target(indicator.target)
    , m_higherIsBetter(indicator.higherIsBetter)
    , m_measurements(std::move(measurements))
{
    std::sort(m_measurements.begin(), m_measurements.end(),
              [](const Measurement *a, const Measurement *b) { return planOrder(a) < planOrder(b); });
}

IndicatorStatus::IndicatorStatus(const Project &project, const Indicator &indicator)
    : IndicatorStatus(indicator, [&] {
        std::vector<const Measurement *> own;
        for (const Measurement &measurement : project.measurements)
            if (measurement.indicatorId == indicator.id)
                own.push_back(&measurement);
        return own;
    }())
{
}

const Measurement *IndicatorStatus::latest() const
{
    const auto found = std::find_if(m_measurements.rbegin(), m_measurements.rend(),
                                    [](const Measurement *measurement) { return measurement->value.has_value(); });
    return found != m_measurements.rend() ? *found : nullptr;
}

std::optional<qint64> IndicatorStatus::latestValue() const
{
    const Measurement *measurement = latest();
    return measurement ? measurement->value : std::nullopt;
}

IndicatorStatus::State IndicatorStatus::compare(std::optional<qint64> target, bool higherIsBetter,
                                                std::optional<qint64> value)
{
    if (!value)
        return State::NotMeasured;
    if (!target)
        return State::NoTarget;
    const bool reached = higherIsBetter ? *value >= *target : *value <= *target;
    return reached ? State::OnTarget : State::ShortOfTarget;
}

IndicatorStatus::State IndicatorStatus::state() const
{
    return compare(m_target, m_higherIsBetter, latestValue());
}

IndicatorStatus::State IndicatorStatus::stateOf(const Indicator &indicator, std::optional<qint64> value)
{
    return compare(indicator.target, indicator.higherIsBetter, value);
}

const Measurement *IndicatorStatus::next() const
{
    const auto found = std::find_if(m_measurements.begin(), m_measurements.end(),
                                    [](const Measurement *measurement) { return !measurement->value.has_value(); });
    return found != m_measurements.end() ? *found : nullptr;
}

bool IndicatorStatus::isOverdue(const Measurement &measurement, const QDate &today)
{
    return !measurement.value && measurement.plannedDate && *measurement.plannedDate < today;
}

std::vector<const Measurement *> IndicatorStatus::overdue(const QDate &today) const
{
    std::vector<const Measurement *> late;
    for (const Measurement *measurement : m_measurements)
        if (isOverdue(*measurement, today))
            late.push_back(measurement);
    return late;
}

QString IndicatorStatus::label(State state)
{
    switch (state) {
    case State::NotMeasured: return tr("Not measured yet");
    case State::NoTarget: return tr("No target set");
    case State::OnTarget: return tr("On target");
    case State::ShortOfTarget: return tr("Short of target");
    }
    return {};
}

} // namespace Akademiplan
