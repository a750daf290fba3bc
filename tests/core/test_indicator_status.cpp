// SPDX-License-Identifier: MPL-2.0
// Where an indicator stands, as the evaluation plan shows it: nothing measured yet, on target or
// short of it in the direction that is better, no target to hold a value against, and a planned
// measurement whose day has passed without a value.
#include "catch.h"
#include "evaluation/indicatorstatus.h"

using namespace Akademiplan;

namespace {

Measurement measurement(qint64 id, MeasurementTiming timing, int monthsAfter, std::optional<qint64> value,
                        std::optional<QDate> planned = std::nullopt, std::optional<QDate> measured = std::nullopt)
{
    Measurement row;
    row.id = id;
    row.indicatorId = 1;
    row.timing = timing;
    row.monthsAfter = monthsAfter;
    row.value = value;
    row.plannedDate = planned;
    row.measuredDate = measured;
    return row;
}

Indicator indicator(std::optional<qint64> target, bool higherIsBetter)
{
    Indicator row;
    row.id = 1;
    row.name = QStringLiteral("Indicator");
    row.target = target;
    row.higherIsBetter = higherIsBetter;
    return row;
}

} // namespace

TEST_CASE("an indicator reads its latest value against its target in the direction that is better",
          "[evaluation]")
{
    // Satisfaction on a scale of 1 to 5: 4.2 wanted; measured 3.8 before and 4.35 at the end.
    const Measurement before = measurement(1, MeasurementTiming::Before, 0, 3'80);
    const Measurement atEnd = measurement(2, MeasurementTiming::After, 0, 4'35);
    const Measurement later = measurement(3, MeasurementTiming::After, 12, std::nullopt, QDate(2028, 6, 1));
    const Indicator satisfaction = indicator(4'20, true);
    // Listed in any order, read in the plan's: the end's value is the latest one measured.
    const IndicatorStatus status(satisfaction, {&later, &atEnd, &before});
    CHECK(status.latest() == &atEnd);
    CHECK(status.latestValue() == 4'35);
    CHECK(status.state() == IndicatorStatus::State::OnTarget);
    // Exactly on the target is on target.
    const Measurement exactly = measurement(2, MeasurementTiming::After, 0, 4'20);
    CHECK(IndicatorStatus(satisfaction, {&before, &exactly}).state() == IndicatorStatus::State::OnTarget);
    CHECK(IndicatorStatus(satisfaction, {&before}).state() == IndicatorStatus::State::ShortOfTarget);

    // Sick leave in per cent: 6.25 before, 5 wanted, lower is better.
    const Indicator sickLeave = indicator(5'00, false);
    const Measurement sickBefore = measurement(1, MeasurementTiming::Before, 0, 6'25);
    const Measurement sickAfter3 = measurement(2, MeasurementTiming::After, 3, 5'40);
    const Measurement sickAfter12 = measurement(3, MeasurementTiming::After, 12, 4'90);
    CHECK(IndicatorStatus(sickLeave, {&sickBefore, &sickAfter3}).state() == IndicatorStatus::State::ShortOfTarget);
    CHECK(IndicatorStatus(sickLeave, {&sickAfter12, &sickBefore, &sickAfter3}).state()
          == IndicatorStatus::State::OnTarget);
    CHECK(IndicatorStatus(sickLeave, {&sickAfter12, &sickBefore, &sickAfter3}).latestValue() == 4'90);
    // The same values with higher as better would fall short.
    CHECK(IndicatorStatus(indicator(5'00, true), {&sickAfter12}).state() == IndicatorStatus::State::ShortOfTarget);
}

TEST_CASE("an indicator without a measured value is not measured yet and one without a target has none to reach",
          "[evaluation]")
{
    const Measurement planned = measurement(1, MeasurementTiming::After, 3, std::nullopt, QDate(2027, 9, 1));
    CHECK(IndicatorStatus(indicator(50'00, true), {&planned}).state() == IndicatorStatus::State::NotMeasured);
    CHECK(IndicatorStatus(indicator(50'00, true), {}).state() == IndicatorStatus::State::NotMeasured);
    CHECK_FALSE(IndicatorStatus(indicator(50'00, true), {&planned}).latestValue().has_value());
    // A measured 0 is a value, not a missing one.
    const Measurement zero = measurement(2, MeasurementTiming::During, 0, 0);
    CHECK(IndicatorStatus(indicator(std::nullopt, true), {&zero}).state() == IndicatorStatus::State::NoTarget);
    CHECK(IndicatorStatus(indicator(0, false), {&zero}).state() == IndicatorStatus::State::OnTarget);
    CHECK(IndicatorStatus(indicator(std::nullopt, true), {&zero}).latestValue() == 0);
}

TEST_CASE("two values measured in the same slot are read by the date they were measured", "[evaluation]")
{
    const Measurement first =
        measurement(7, MeasurementTiming::After, 3, 40'00, QDate(2027, 9, 1), QDate(2027, 9, 20));
    const Measurement second = measurement(3, MeasurementTiming::After, 3, 55'00, QDate(2027, 9, 1), QDate(2027, 9, 2));
    const IndicatorStatus status(indicator(50'00, true), {&first, &second});
    CHECK(status.latestValue() == 40'00);
    CHECK(status.state() == IndicatorStatus::State::ShortOfTarget);
}

TEST_CASE("a planned measurement is overdue once its day has passed without a value", "[evaluation]")
{
    const Measurement due = measurement(1, MeasurementTiming::After, 3, std::nullopt, QDate(2027, 9, 1));
    const Measurement done = measurement(2, MeasurementTiming::After, 0, 61'00, QDate(2027, 6, 1), QDate(2027, 6, 3));
    const Measurement undated = measurement(3, MeasurementTiming::After, 12, std::nullopt);
    CHECK_FALSE(IndicatorStatus::isOverdue(due, QDate(2027, 9, 1)));
    CHECK(IndicatorStatus::isOverdue(due, QDate(2027, 9, 2)));
    CHECK_FALSE(IndicatorStatus::isOverdue(done, QDate(2028, 1, 1)));
    CHECK_FALSE(IndicatorStatus::isOverdue(undated, QDate(2030, 1, 1)));
    const IndicatorStatus status(indicator(60'00, true), {&undated, &due, &done});
    CHECK(status.overdue(QDate(2027, 8, 31)).empty());
    CHECK(status.overdue(QDate(2027, 10, 1)) == std::vector<const Measurement *>{&due});
    CHECK(status.state() == IndicatorStatus::State::OnTarget);
}

TEST_CASE("an indicator's status reads its own measurements from the project", "[evaluation]")
{
    Project project;
    Indicator own = indicator(3'00, true);
    project.indicators.insert(own);
    Indicator other = indicator(3'00, true);
    other.id = 2;
    project.indicators.insert(other);
    Measurement mine = measurement(1, MeasurementTiming::After, 0, 2'00);
    project.measurements.insert(mine);
    Measurement theirs = measurement(2, MeasurementTiming::After, 12, 4'00);
    theirs.indicatorId = 2;
    project.measurements.insert(theirs);
    CHECK(IndicatorStatus(project, project.indicators.at(0)).latestValue() == 2'00);
    CHECK(IndicatorStatus(project, project.indicators.at(0)).state() == IndicatorStatus::State::ShortOfTarget);
    CHECK(IndicatorStatus(project, project.indicators.at(1)).state() == IndicatorStatus::State::OnTarget);
}
