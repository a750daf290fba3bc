// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>
#include <vector>

namespace Akademiplan {

// Where an indicator stands: what its latest measurement says against its target, and whether a
// measurement planned for a day that has passed is still without a value. The evaluation view,
// the programme plan and --info say the same from here. Values are hundredths, as stored.
class IndicatorStatus
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::IndicatorStatus)

public:
    enum class State {
        NotMeasured,   // no measurement has a value yet
        NoTarget,      // measured, but there is nothing to hold the value against
        OnTarget,      // the latest value reaches the target or goes beyond it
        ShortOfTarget  // the latest value falls short, in the direction that is better
    };

    IndicatorStatus(const Indicator &indicator, std::vector<const Measurement *> measurements);
    // The indicator's measurements as the project holds them.
    IndicatorStatus(const Project &project, const Indicator &indicator);

    State state() const;
    // The measurement the state is read from: of those with a value, the latest in the plan's
    // order (before, during, at the end, months after), then by the date measured.
    const Measurement *latest() const;
    std::optional<qint64> latestValue() const;
    // When the indicator is measured next: the first measurement in the plan's order still without
    // a value, or null when every one has a value.
    const Measurement *next() const;
    // Measurements planned for a day before `today` and still without a value.
    std::vector<const Measurement *> overdue(const QDate &today) const;
    static bool isOverdue(const Measurement &measurement, const QDate &today);

    // What one value says against the indicator's target, in the direction that is better:
    // NotMeasured without a value, NoTarget without a target. A measurement's own value is shown
    // against the target this way, as the latest one gives the indicator's state.
    static State stateOf(const Indicator &indicator, std::optional<qint64> value);

    static QString label(State state);

private:
    static State compare(std::optional<qint64> target, bool higherIsBetter, std::optional<qint64> value);

    std::optional<qint64> m_target;
    bool m_higherIsBetter = true;
    std::vector<const Measurement *> m_measurements; // in the plan's order
};

} // namespace Akademiplan
