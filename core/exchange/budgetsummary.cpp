// SPDX-License-Identifier: MPL-2.0
#include "budgetsummary.h"

#include "budget/budgetcalculator.h"
#include "budget/moneyformat.h"
#include "domain/project.h"

#include <QJsonArray>

namespace Akademiplan {

namespace {

QJsonValue amount(Money money) { return MoneyFormat::plain(money); }

// Hours with two decimals, as the amounts: minutes are exact, hours of them need not be whole.
QJsonValue hours(qint64 minutes) { return MoneyFormat::plain(Money::fromOre(ParticipantTime::hundredthsOfHours(minutes))); }

} // namespace

QJsonObject BudgetSummary::toJson(const Project &project, qint64 academyId)
{
    const AcademyBudget budget = BudgetCalculator::of(project, academyId);

    QJsonArray years;
    std::map<int, std::pair<CashAmount, Money>> byYear;
    for (const auto &[year, cash] : budget.cashByYear)
        byYear[year].first = cash;
    for (const auto &[year, cost] : budget.staffCostByYear)
        byYear[year].second = cost;
    for (const auto &[year, figures] : byYear)
        years.append(QJsonObject{{QStringLiteral("year"), year == 0 ? QJsonValue() : QJsonValue(year)},
                                 {QStringLiteral("cash_without_vat"), amount(figures.first.withoutVat)},
                                 {QStringLiteral("cash_with_vat"), amount(figures.first.withVat())},
                                 {QStringLiteral("staff_time"), amount(figures.second)}});

    qint64 plannedMinutes = 0;
    for (const StaffTimeTotal &time : budget.staffTime)
        plannedMinutes += time.minutes.plannedMinutes;
    Money fund;
    for (const FundingTotal &funding : budget.funding)
        if (const Funding *row = project.fundings.find(funding.fundingId); row && row->kind == FundingKind::CompetenceFund)
            fund += funding.planned;

    return QJsonObject{
        {QStringLiteral("cost_lines"), int(budget.lines.size())},
        {QStringLiteral("cash_without_vat"), amount(budget.cash.withoutVat)},
        {QStringLiteral("vat"), amount(budget.cash.vat)},
        {QStringLiteral("cash_with_vat"), amount(budget.cash.withVat())},
        {QStringLiteral("staff_time_hours"), hours(plannedMinutes)},
        {QStringLiteral("staff_time_hours_without_rate"), hours(budget.minutesWithoutRate)},
        {QStringLiteral("staff_time"), amount(budget.staffCost)},
        {QStringLiteral("total_with_staff_time"), amount(budget.totalWithStaff())},
        {QStringLiteral("by_year"), years},
        {QStringLiteral("competence_fund"), amount(fund)},
        {QStringLiteral("external_funding"), amount(budget.externalFunding)},
        {QStringLiteral("municipality_share"), amount(budget.municipalityShare)},
        {QStringLiteral("actual"),
         QJsonObject{{QStringLiteral("cash_without_vat"), amount(budget.actualCash.withoutVat)},
                     {QStringLiteral("budgeted_for_the_same_lines"), amount(budget.plannedCashOfLinesWithActual.withoutVat)},
                     {QStringLiteral("lines_without_actual"), budget.linesWithoutActual},
                     {QStringLiteral("staff_time_attended"), amount(budget.attendedStaffCost)},
                     {QStringLiteral("funding_received"), amount(budget.fundingReceived)}}},
    };
}

} // namespace Akademiplan
