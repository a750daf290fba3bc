// SPDX-License-Identifier: MPL-2.0
#include "budgetexport.h"

#include "budget/budgetcalculator.h"
#include "budget/moneyformat.h"
#include "csvwriter.h"
#include "domain/domainlabels.h"
#include "domain/project.h"
#include "exportfile.h"

#include <algorithm>
#include <tuple>

namespace Akademiplan {

namespace {

QString number(Money amount) { return MoneyFormat::spreadsheet(amount); }
// Hours with two decimals, in the same notation as the amounts.
QString hours(qint64 minutes) { return number(Money::fromOre(ParticipantTime::hundredthsOfHours(minutes))); }

// The lines in the plan's order: by track and activity as the programme lists them, the
// academy's shared lines last.
std::vector<const CostLineTotal *> inPlanOrder(const Project &project, const AcademyBudget &budget)
{
    auto orderOf = [&project](const CostLine &line) {
        const Track *track = project.tracks.find(line.trackId);
        const Activity *activity = project.activities.find(line.activityId);
        return std::make_tuple(track ? track->position : std::numeric_limits<int>::max(),
                               activity ? activity->position : -1, line.id);
    };
    std::vector<const CostLineTotal *> lines;
    for (const CostLineTotal &line : budget.lines)
        lines.push_back(&line);
    std::stable_sort(lines.begin(), lines.end(), [&](const CostLineTotal *a, const CostLineTotal *b) {
        return orderOf(*project.costLines.find(a->costLineId)) < orderOf(*project.costLines.find(b->costLineId));
    });
    return lines;
}

} // namespace

QList<QStringList> BudgetExport::rows(const Project &project, qint64 academyId)
{
    const AcademyBudget budget = BudgetCalculator::of(project, academyId);
    QList<QStringList> rows;
    rows.append({tr("Section"), tr("Track"), tr("Activity"), tr("Kind"), tr("Description"), tr("Basis"), tr("Rate"),
                 tr("Units"), tr("Price year"), tr("Without VAT"), tr("VAT"), tr("With VAT"), tr("Actual without VAT")});

    for (const CostLineTotal *total : inPlanOrder(project, budget)) {
        const CostLine &line = *project.costLines.find(total->costLineId);
        const Track *track = project.tracks.find(line.trackId);
        const Activity *activity = project.activities.find(line.activityId);
        rows.append({tr("Cost"), track ? track->name : QString(), activity ? activity->title : QString(),
                     DomainLabels::label(line.kind), line.description, DomainLabels::label(line.basis),
                     number(Money::fromOre(line.rateOre)),
                     line.basis == CostBasis::PerSessionHour ? hours(total->units) : QString::number(total->units),
                     line.priceYear ? QString::number(line.priceYear) : QString(), number(total->planned.withoutVat),
                     number(total->planned.vat), number(total->planned.withVat()),
                     total->actual ? number(total->actual->withoutVat) : QString()});
    }

    for (const StaffTimeTotal &time : budget.staffTime) {
        const Organisation *organisation = project.organisations.find(time.group.organisationId);
        const QString who = (organisation ? organisation->name + QStringLiteral(", ") : QString())
                            + (time.group.year ? QString::number(time.group.year) : QString());
        const QString role = DomainLabels::plural(time.group.role);
        rows.append({tr("Working time"), QString(), QString(), role, who, tr("per hour"),
                     time.staffRateId ? number(time.hourly) : QString(), hours(time.minutes.plannedMinutes), QString(),
                     time.staffRateId ? number(time.plannedCost) : QString(), QString(), QString(),
                     time.staffRateId ? number(time.attendedCost) : QString()});
        if (!time.plannedCover.isZero() || !time.attendedCover.isZero())
            rows.append({tr("Cover"), QString(), QString(), role, who, tr("per hour"),
                         number(Money::fromOre(project.staffRates.find(time.staffRateId)->coverHourlyOre)),
                         hours(time.minutes.plannedMinutes), QString(), number(time.plannedCover), QString(), QString(),
                         number(time.attendedCover)});
    }

    for (const FundingTotal &total : budget.funding) {
        const Funding &funding = *project.fundings.find(total.fundingId);
        rows.append({tr("Funding"), QString(), QString(), DomainLabels::label(funding.kind), funding.name, QString(),
                     QString(), QString(), QString(), number(total.planned), QString(), QString(),
                     total.actual ? number(*total.actual) : QString()});
    }

    auto totalRow = [&rows](const QString &what, Money withoutVat, const QString &vat = {}, const QString &withVat = {},
                            const QString &actual = {}) {
        rows.append({tr("Total"), QString(), QString(), QString(), what, QString(), QString(), QString(), QString(),
                     number(withoutVat), vat, withVat, actual});
    };
    totalRow(tr("Cash costs"), budget.cash.withoutVat, number(budget.cash.vat), number(budget.cash.withVat()),
             number(budget.actualCash.withoutVat));
    if (budget.cashByYear.size() > 1)
        for (const auto &[year, cash] : budget.cashByYear)
            totalRow(year ? tr("Cash costs in %1").arg(year) : tr("Cash costs not dated yet"), cash.withoutVat,
                     number(cash.vat), number(cash.withVat()));
    totalRow(tr("Participants' working time"), budget.staffCost, {}, {}, number(budget.attendedStaffCost));
    totalRow(tr("Cash and working time"), budget.totalWithStaff());
    totalRow(tr("Funding from outside the municipality"), budget.externalFunding, {}, {}, number(budget.fundingReceived));
    totalRow(tr("The municipality's own share of the cash"), budget.municipalityShare);
    return rows;
}

bool BudgetExport::write(const Project &project, qint64 academyId, const QString &path, QString *error)
{
    return ExportFile::write(path, CsvWriter::write(rows(project, academyId)), error);
}

} // namespace Akademiplan
