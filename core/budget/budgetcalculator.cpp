// SPDX-License-Identifier: MPL-2.0
#include "budgetcalculator.h"

#include "competencefund.h"
#include "hourlycost.h"

#include "domain/project.h"

#include <QHash>

namespace Akademiplan {

namespace {

// Each eligible person's costs without VAT by year, for the competence fund's cap, which holds
// per person per twelve months.
using CostPerPersonYear = QHash<std::pair<qint64, int>, Money>;

Money priced(const CostLine &line, qint64 units)
{
    const Money rate = Money::fromOre(line.rateOre);
    // Hours are counted in minutes so that a session of 2 h 45 min is priced exactly.
    return line.basis == CostBasis::PerSessionHour ? rate.times(units, 60) : rate.times(units);
}

class Calculation
{
public:
    Calculation(const Project &project, qint64 academyId) : m_project(project), m_academyId(academyId), m_plan(project, academyId)
    {
        for (const Funding &funding : project.fundings)
            m_hasFund = m_hasFund || (funding.academyId == academyId && funding.kind == FundingKind::CompetenceFund);
    }

    AcademyBudget run()
    {
        for (const CostLine &line : m_project.costLines)
            if (line.academyId == m_academyId)
                addLine(line);
        addStaffTime();
        addFunding();
        return std::move(m_budget);
    }

private:
    void addLine(const CostLine &line)
    {
        const BudgetScope scope{m_academyId, line.trackId, line.activityId};
        CostLineTotal total;
        total.costLineId = line.id;
        for (const auto &[year, counted] : m_plan.count(line.basis, scope)) {
            const qint64 units = counted * line.quantity;
            const CashAmount amount = CashAmount::of(priced(line, units), line.vat);
            total.units += units;
            total.byYear[year] += amount;
            total.planned += amount;
            m_budget.cashByYear[year] += amount;
        }
        if (line.actualOre) {
            total.actual = CashAmount::of(Money::fromOre(*line.actualOre), line.vat);
            m_budget.actualCash += *total.actual;
            m_budget.plannedCashOfLinesWithActual += total.planned;
        } else {
            ++m_budget.linesWithoutActual;
        }

        m_budget.cash += total.planned;
        m_budget.cashByKind[line.kind] += total.planned;
        if (line.activityId != 0)
            m_budget.cashByActivity[line.activityId] += total.planned;
        if (line.trackId != 0)
            m_budget.cashByTrack[line.trackId] += total.planned;
        else
            m_budget.cashOfAcademy += total.planned;
        if (m_hasFund)
            addCostPerPerson(line, scope, total);
        m_budget.lineIndex.insert(line.id, m_budget.lines.size());
        m_budget.lines.push_back(std::move(total));
    }

    // A line that counts people is each person's own cost; any other is shared evenly by the
    // people of its scope, as a course day is shared by those on the course.
    void addCostPerPerson(const CostLine &line, const BudgetScope &scope, const CostLineTotal &total)
    {
        if (PlanQuantities::countsPeople(line.basis)) {
            for (const auto &[person, years] : m_plan.countPerPerson(line.basis, scope))
                for (const auto &[year, counted] : years)
                    addPersonCost(person, year, CashAmount::of(priced(line, counted * line.quantity), line.vat).withoutVat);
            return;
        }
        const std::vector<qint64> people = m_plan.peopleIn(scope);
        if (people.empty())
            return;
        for (const auto &[year, amount] : total.byYear) {
            const Money share = amount.withoutVat.times(1, int(people.size()));
            for (qint64 person : people)
                addPersonCost(person, year, share);
        }
    }

    void addPersonCost(qint64 personId, int year, Money cost)
    {
        // Asked once per person and line: whether the fund covers them is looked up once per person.
        auto covered = m_fundCovers.constFind(personId);
        if (covered == m_fundCovers.cend()) {
            const Participant *person = m_project.participants.find(personId);
            covered = m_fundCovers.insert(personId, person && BudgetCalculator::fundCovers(person->role));
        }
        if (*covered)
            m_costPerPersonYear[{personId, year}] += cost;
    }

    const StaffRate *rateFor(const TimeGroup &group) const
    {
        const StaffRate *forRole = nullptr;
        for (const StaffRate &rate : m_project.staffRates) {
            if (rate.academyId != m_academyId || rate.role != group.role)
                continue;
            if (rate.organisationId != 0 && rate.organisationId == group.organisationId)
                return &rate;
            if (rate.organisationId == 0)
                forRole = &rate;
        }
        return forRole;
    }

    void addStaffTime()
    {
        // Priced per activity and group, so that the activities' figures add up to the tracks'
        // and the academy's to the øre.
        std::map<TimeGroup, StaffTimeTotal> groups;
        std::map<TimeGroup, const StaffRate *> rates;
        const QHash<qint64, TimeByGroup> byActivity = ParticipantTime::byActivity(m_project, {m_academyId, 0, 0});
        for (auto activity = byActivity.begin(); activity != byActivity.end(); ++activity) {
            const Activity *row = m_project.activities.find(activity.key());
            for (const auto &[group, spent] : activity.value()) {
                const auto [entry, isNew] = groups.try_emplace(group);
                StaffTimeTotal &total = entry->second;
                const StaffRate *rate = isNew ? (rates[group] = rateFor(group)) : rates[group];
                if (isNew) {
                    total.group = group;
                    if (rate) {
                        total.staffRateId = rate->id;
                        total.hourly = HourlyCost::of(Money::fromOre(rate->annualSalaryOre), rate->annualHours,
                                                      rate->overheadHundredthsOfPercent);
                    }
                }
                total.minutes.plannedMinutes += spent.plannedMinutes;
                total.minutes.attendedMinutes += spent.attendedMinutes;
                if (!rate) {
                    m_budget.minutesWithoutRate += spent.plannedMinutes;
                    continue;
                }
                const Money cover = Money::fromOre(rate->coverHourlyOre);
                const Money planned = HourlyCost::ofMinutes(total.hourly, spent.plannedMinutes);
                const Money plannedCover = HourlyCost::ofMinutes(cover, spent.plannedMinutes);
                total.plannedCost += planned;
                total.plannedCover += plannedCover;
                total.attendedCost += HourlyCost::ofMinutes(total.hourly, spent.attendedMinutes);
                total.attendedCover += HourlyCost::ofMinutes(cover, spent.attendedMinutes);
                m_budget.staffCostByActivity[activity.key()] += planned + plannedCover;
                if (row)
                    m_budget.staffCostByTrack[row->trackId] += planned + plannedCover;
            }
        }
        for (auto &[group, total] : groups) {
            m_budget.staffCost += total.plannedCost + total.plannedCover;
            m_budget.staffCostByYear[group.year] += total.plannedCost + total.plannedCover;
            m_budget.attendedStaffCost += total.attendedCost + total.attendedCover;
            if (total.staffRateId != 0) {
                auto &[minutes, cost] = m_budget.staffByRate[total.staffRateId];
                minutes += total.minutes.plannedMinutes;
                cost += total.plannedCost + total.plannedCover;
            }
            m_budget.staffTime.push_back(total);
        }
    }

    void addFunding()
    {
        for (const Funding &funding : m_project.fundings) {
            if (funding.academyId != m_academyId)
                continue;
            FundingTotal total;
            total.fundingId = funding.id;
            if (funding.kind == FundingKind::CompetenceFund) {
                const CompetenceFund fund{funding.shareHundredthsOfPercent, Money::fromOre(funding.capPerPersonOre)};
                for (const Money cost : std::as_const(m_costPerPersonYear))
                    total.planned += fund.paysFor(cost);
            } else {
                total.planned = Money::fromOre(funding.amountOre);
            }
            if (funding.actualOre) {
                total.actual = Money::fromOre(*funding.actualOre);
                m_budget.fundingReceived += *total.actual;
            }
            if (funding.kind != FundingKind::Municipality)
                m_budget.externalFunding += total.planned;
            m_budget.funding.push_back(total);
        }
        m_budget.municipalityShare = m_budget.cash.withoutVat - m_budget.externalFunding;
    }

    const Project &m_project;
    const qint64 m_academyId;
    PlanQuantities m_plan;
    bool m_hasFund = false;
    CostPerPersonYear m_costPerPersonYear;
    QHash<qint64, bool> m_fundCovers;
    AcademyBudget m_budget;
};

} // namespace

bool BudgetCalculator::fundCovers(ParticipantRole role)
{
    return role == ParticipantRole::Employee || role == ParticipantRole::Manager || role == ParticipantRole::KeyPerson;
}

AcademyBudget BudgetCalculator::of(const Project &project, qint64 academyId)
{
    return Calculation(project, academyId).run();
}

} // namespace Akademiplan
