// SPDX-License-Identifier: MPL-2.0
#include "evaluationsummary.h"

#include "budget/moneyformat.h"
#include "domain/domainkeys.h"
#include "domain/project.h"
#include "evaluation/indicatorstatus.h"

#include <QHash>
#include <QJsonArray>

namespace Akademiplan {

namespace {

QJsonValue number(const std::optional<qint64> &hundredths)
{
    return hundredths ? QJsonValue(MoneyFormat::plain(Money::fromOre(*hundredths))) : QJsonValue();
}

QJsonValue date(const std::optional<QDate> &day)
{
    return day && day->isValid() ? QJsonValue(day->toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString EvaluationSummary::stateKey(int state)
{
    switch (IndicatorStatus::State(state)) {
    case IndicatorStatus::State::NotMeasured: return QStringLiteral("not_measured");
    case IndicatorStatus::State::NoTarget: return QStringLiteral("no_target");
    case IndicatorStatus::State::OnTarget: return QStringLiteral("on_target");
    case IndicatorStatus::State::ShortOfTarget: return QStringLiteral("short_of_target");
    }
    return {};
}

QJsonObject EvaluationSummary::toJson(const Project &project, qint64 academyId, const QDate &today)
{
    // One pass per table, then lookups.
    QHash<qint64, std::vector<const Measurement *>> measurementsOf;
    for (const Measurement &measurement : project.measurements)
        measurementsOf[measurement.indicatorId].push_back(&measurement);
    QJsonObject goals{{DomainKeys::key(LearningGoalKind::Knowledge), 0},
                      {DomainKeys::key(LearningGoalKind::Skills), 0},
                      {DomainKeys::key(LearningGoalKind::Competences), 0}};
    for (const LearningGoal &goal : project.learningGoals) {
        const Track *track = project.tracks.find(goal.trackId);
        if (track && track->academyId == academyId) {
            const QString kind = DomainKeys::key(goal.kind);
            goals.insert(kind, goals.value(kind).toInt() + 1);
        }
    }
    bool hasTheory = false;
    for (const ProgrammeTheory &theory : project.programmeTheories)
        hasTheory = hasTheory || theory.academyId == academyId;

    QJsonArray indicators;
    QJsonObject states{{stateKey(int(IndicatorStatus::State::NotMeasured)), 0},
                       {stateKey(int(IndicatorStatus::State::NoTarget)), 0},
                       {stateKey(int(IndicatorStatus::State::OnTarget)), 0},
                       {stateKey(int(IndicatorStatus::State::ShortOfTarget)), 0}};
    for (const Indicator &indicator : project.indicators) {
        if (indicator.academyId != academyId)
            continue;
        const std::vector<const Measurement *> own = measurementsOf.value(indicator.id);
        const IndicatorStatus status(indicator, own);
        const QString state = stateKey(int(status.state()));
        states.insert(state, states.value(state).toInt() + 1);
        std::optional<QDate> next;
        for (const Measurement *measurement : own)
            if (!measurement->value && measurement->plannedDate && *measurement->plannedDate >= today
                && (!next || *measurement->plannedDate < *next))
                next = measurement->plannedDate;
        const Track *track = project.tracks.find(indicator.trackId);
        indicators.append(QJsonObject{
            {QStringLiteral("name"), indicator.name},
            {QStringLiteral("track"), track ? QJsonValue(track->name) : QJsonValue()},
            {QStringLiteral("level"), DomainKeys::key(indicator.level)},
            {QStringLiteral("value_kind"), DomainKeys::key(indicator.valueKind)},
            {QStringLiteral("method"), DomainKeys::key(indicator.method)},
            {QStringLiteral("unit"), indicator.unit},
            {QStringLiteral("baseline"), number(indicator.baseline)},
            {QStringLiteral("target"), number(indicator.target)},
            {QStringLiteral("higher_is_better"), indicator.higherIsBetter},
            {QStringLiteral("status"), state},
            {QStringLiteral("latest_value"), number(status.latestValue())},
            {QStringLiteral("measurements"), int(own.size())},
            {QStringLiteral("next_planned"), date(next)},
            {QStringLiteral("overdue"), int(status.overdue(today).size())},
        });
    }
    return QJsonObject{{QStringLiteral("programme_theory"), hasTheory},
                       {QStringLiteral("learning_goals"), goals},
                       {QStringLiteral("indicators"), indicators},
                       {QStringLiteral("indicator_status"), states}};
}

} // namespace Akademiplan
