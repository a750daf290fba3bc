// SPDX-License-Identifier: MPL-2.0
#include "budgetsection.h"

#include "budget/budgetcalculator.h"
#include "budget/moneyformat.h"
#include "domain/domainlabels.h"
#include "domain/project.h"

namespace Akademiplan {

namespace {

QString amount(Money money) { return MoneyFormat::number(money); }
QString hours(qint64 minutes) { return MoneyFormat::number(Money::fromOre(ParticipantTime::hundredthsOfHours(minutes))); }

PlanBlock paragraph(const QString &text)
{
    PlanBlock block{PlanBlock::Kind::Paragraph};
    block.text = text;
    return block;
}

PlanBlock subheading(const QString &text)
{
    PlanBlock block{PlanBlock::Kind::Subheading};
    block.text = text;
    return block;
}

// "4 sessions × 7.500,00": how a line came to its amount, in the words of its basis.
QString pricing(const CostLine &line, const CostLineTotal &total)
{
    const QString rate = amount(Money::fromOre(line.rateOre));
    switch (line.basis) {
    case CostBasis::Fixed:
        return line.quantity == 1 ? BudgetSection::tr("fixed amount")
                                  : BudgetSection::tr("%1 × %2").arg(QLocale().toString(line.quantity), rate);
    case CostBasis::Entered: return BudgetSection::tr("%1 × %2").arg(QLocale().toString(total.units), rate);
    case CostBasis::PerSession: return BudgetSection::tr("%n session(s) × %1", nullptr, int(total.units)).arg(rate);
    case CostBasis::PerSessionHour: return BudgetSection::tr("%1 hours × %2").arg(hours(total.units), rate);
    case CostBasis::PerParticipant:
        return BudgetSection::tr("%n participant(s) × %1", nullptr, int(total.units)).arg(rate);
    case CostBasis::PerParticipantDay:
        return BudgetSection::tr("%n participant day(s) × %1", nullptr, int(total.units)).arg(rate);
    case CostBasis::PerParticipantNight:
        return BudgetSection::tr("%n night(s) × %1", nullptr, int(total.units)).arg(rate);
    }
    return rate;
}

} // namespace

bool BudgetSection::hasBudget(const Project &project, qint64 academyId)
{
    for (const CostLine &line : project.costLines)
        if (line.academyId == academyId)
            return true;
    for (const Funding &funding : project.fundings)
        if (funding.academyId == academyId)
            return true;
    return false;
}

void BudgetSection::add(const Project &project, qint64 academyId, bool withStaffTime, std::vector<PlanBlock> &blocks)
{
    if (!hasBudget(project, academyId))
        return;
    const AcademyBudget budget = BudgetCalculator::of(project, academyId);

    PlanBlock heading{PlanBlock::Kind::Heading};
    heading.text = tr("Budget");
    blocks.push_back(heading);
    blocks.push_back(paragraph(
        tr("Amounts in kroner, worked out from the plan as it is on the date of the plan. The municipality has its VAT "
           "refunded, so its own cost is the amount without VAT.")));

    PlanBlock totals{PlanBlock::Kind::Facts};
    totals.facts = {{tr("Cost without VAT"), MoneyFormat::text(budget.cash.withoutVat)},
                    {tr("VAT"), MoneyFormat::text(budget.cash.vat)},
                    {tr("Cost with VAT"), MoneyFormat::text(budget.cash.withVat())}};
    if (withStaffTime) {
        totals.facts.append({tr("The participants' working time"), MoneyFormat::text(budget.staffCost)});
        totals.facts.append({tr("Cost without VAT and working time"), MoneyFormat::text(budget.totalWithStaff())});
    }
    blocks.push_back(totals);

    blocks.push_back(subheading(tr("Cost by track")));
    PlanBlock byTrack{PlanBlock::Kind::Table};
    byTrack.header = {tr("Track"), tr("Without VAT"), tr("VAT"), tr("With VAT")};
    byTrack.keepWhole = {false, true, true, true};
    byTrack.alignRight = {false, true, true, true};
    byTrack.totalRow = true;
    auto cashRow = [](const QString &what, const CashAmount &cash) {
        return QStringList{what, amount(cash.withoutVat), amount(cash.vat), amount(cash.withVat())};
    };
    for (const Track *track : project.tracksOf(academyId))
        byTrack.rows.append(cashRow(track->name, budget.cashByTrack.value(track->id)));
    if (!budget.cashOfAcademy.isZero())
        byTrack.rows.append(cashRow(tr("Shared by the whole academy"), budget.cashOfAcademy));
    byTrack.rows.append(cashRow(tr("Total"), budget.cash));
    blocks.push_back(byTrack);

    if (budget.cashByYear.size() > 1) {
        blocks.push_back(subheading(tr("Cost by year")));
        PlanBlock byYear{PlanBlock::Kind::Table};
        byYear.header = {tr("Year"), tr("Without VAT"), tr("With VAT")};
        byYear.keepWhole = {true, true, true};
        byYear.alignRight = {false, true, true};
        for (const auto &[year, cash] : budget.cashByYear)
            byYear.rows.append({year ? QString::number(year) : tr("Not dated yet"), amount(cash.withoutVat),
                                amount(cash.withVat())});
        blocks.push_back(byYear);
    }

    blocks.push_back(subheading(tr("Cost lines")));
    PlanBlock lines{PlanBlock::Kind::Table};
    lines.header = {tr("For"), tr("Cost"), tr("Priced as"), tr("Without VAT"), tr("With VAT")};
    lines.keepWhole = {false, false, false, true, true};
    lines.alignRight = {false, false, false, true, true};
    lines.compact = true;
    for (const CostLineTotal &total : budget.lines) {
        const CostLine &line = *project.costLines.find(total.costLineId);
        const Activity *activity = project.activities.find(line.activityId);
        const Track *track = project.tracks.find(line.trackId);
        const QString scope = activity ? activity->title : track ? track->name : tr("The whole academy");
        // The description says what the line is; the kind stands in while there is none.
        const QString what = line.description.isEmpty() ? DomainLabels::label(line.kind) : line.description;
        lines.rows.append({scope, what, pricing(line, total), amount(total.planned.withoutVat),
                           amount(total.planned.withVat())});
    }
    blocks.push_back(lines);

    if (withStaffTime && !budget.staffTime.empty()) {
        blocks.push_back(subheading(tr("The participants' working time")));
        blocks.push_back(paragraph(tr("The hours the sessions take for the people enrolled, at the hourly cost of "
                                      "their role (salary with pension over the hours of a year), with cover for "
                                      "absent staff where it is needed. The municipality's own cost, not cash.")));
        PlanBlock time{PlanBlock::Kind::Table};
        time.header = {tr("Who"), tr("Hours"), tr("An hour"), tr("Cost with cover")};
        time.keepWhole = {false, true, true, true};
        time.alignRight = {false, true, true, true};
        time.totalRow = true;
        // One row per staff rate, as the consultant set them: the groups of a role add up.
        std::map<std::pair<int, QString>, std::tuple<qint64, Money, Money>> byRate;
        for (const StaffTimeTotal &group : budget.staffTime) {
            const StaffRate *rate = project.staffRates.find(group.staffRateId);
            const Organisation *organisation = rate ? project.organisations.find(rate->organisationId) : nullptr;
            const QString who = organisation ? tr("%1, %2").arg(DomainLabels::plural(group.group.role), organisation->name)
                                             : DomainLabels::plural(group.group.role);
            auto &[minutes, hourly, cost] = byRate[{int(group.group.role), who}];
            minutes += group.minutes.plannedMinutes;
            hourly = group.hourly;
            cost += group.plannedCost + group.plannedCover;
        }
        qint64 allMinutes = 0;
        for (const auto &[key, figures] : byRate) {
            const auto &[minutes, hourly, cost] = figures;
            allMinutes += minutes;
            time.rows.append({key.second, hours(minutes), amount(hourly), amount(cost)});
        }
        time.rows.append({tr("Total"), hours(allMinutes), QString(), amount(budget.staffCost)});
        blocks.push_back(time);
        if (budget.minutesWithoutRate > 0)
            blocks.push_back(paragraph(tr("%1 of the hours are of people whose role has no hourly cost set and are "
                                          "not priced.")
                                           .arg(hours(budget.minutesWithoutRate))));
    }

    blocks.push_back(subheading(tr("Funding")));
    PlanBlock funding{PlanBlock::Kind::Table};
    funding.header = {tr("Source"), tr("Pays")};
    funding.keepWhole = {false, true};
    funding.alignRight = {false, true};
    funding.totalRow = true;
    for (const FundingTotal &total : budget.funding) {
        const Funding &source = *project.fundings.find(total.fundingId);
        if (source.kind == FundingKind::Municipality)
            continue; // the municipality's own share is worked out below, not pledged
        QString name = source.name.isEmpty() ? DomainLabels::label(source.kind) : source.name;
        if (source.kind == FundingKind::CompetenceFund)
            name = tr("%1 (%2 % of each employee's costs, at most %3 a person)")
                       .arg(name, MoneyFormat::number(Money::fromOre(source.shareHundredthsOfPercent), MoneyFormat::Ore::OmitWhenZero),
                            MoneyFormat::text(Money::fromOre(source.capPerPersonOre), MoneyFormat::Ore::OmitWhenZero));
        funding.rows.append({name, amount(total.planned)});
    }
    funding.rows.append({tr("The municipality's own share of the cost without VAT"), amount(budget.municipalityShare)});
    blocks.push_back(funding);
}

} // namespace Akademiplan
