// SPDX-License-Identifier: MPL-2.0
#include "examplebudget.h"

#include "budget/money.h"

namespace Akademiplan {

namespace {

constexpr int priceYear = 2027;

class BudgetRows
{
public:
    explicit BudgetRows(qint64 academyId) : m_academyId(academyId) {}

    void cost(qint64 trackId, qint64 activityId, CostKind kind, const QString &description, CostBasis basis,
              Money rate, VatTreatment vat, qint64 quantity = 1)
    {
        CostLine line;
        line.academyId = m_academyId;
        line.trackId = trackId;
        line.activityId = activityId;
        line.kind = kind;
        line.description = description;
        line.basis = basis;
        line.rateOre = rate.ore();
        line.quantity = quantity;
        line.vat = vat;
        line.priceYear = priceYear;
        rows.emplace_back(line);
    }

    void staff(ParticipantRole role, qint64 organisationId, Money monthlySalary, Money coverHourly = {})
    {
        StaffRate rate;
        rate.academyId = m_academyId;
        rate.role = role;
        rate.organisationId = organisationId;
        rate.annualSalaryOre = monthlySalary.times(12).ore();
        rate.annualHours = 1924;
        rate.coverHourlyOre = coverHourly.ore();
        rate.priceYear = priceYear;
        rows.emplace_back(rate);
    }

    void funding(FundingKind kind, const QString &name, Money amount)
    {
        Funding source;
        source.academyId = m_academyId;
        source.kind = kind;
        source.name = name;
        source.amountOre = amount.ore();
        rows.emplace_back(source);
    }

    std::vector<AnyEntity> rows;

private:
    qint64 m_academyId;
};

Money kr(qint64 kroner, qint64 ore = 0) { return Money::fromOre(kroner * 100 + ore); }

} // namespace

std::vector<AnyEntity> ExampleBudget::build(const ExamplePlanIds &plan)
{
    BudgetRows b(plan.academy);
    const auto day = CostBasis::PerParticipantDay;
    const auto excl = VatTreatment::ExcludingVat, incl = VatTreatment::IncludingVat;

    b.cost(plan.network, plan.kickOff, CostKind::Facilitation, tr("Facilitation, one course day"), CostBasis::Fixed,
           kr(15'000), excl);
    b.cost(plan.network, plan.networkMeetings, CostKind::Facilitation, tr("Facilitation, half days"),
           CostBasis::PerSession, kr(7'500), excl);
    b.cost(plan.network, 0, CostKind::VenueCatering, tr("Lunch and coffee at the town hall"), day, kr(95), incl);

    for (qint64 group : plan.leadingInnovationGroups) {
        b.cost(plan.leadership, group, CostKind::Facilitation, tr("Trainer, full days on site"), CostBasis::PerSession,
               kr(24'000), excl);
        b.cost(plan.leadership, group, CostKind::VenueCatering, tr("Day package at the conference centre"), day,
               kr(675), incl);
    }
    b.cost(plan.leadership, 0, CostKind::Materials, tr("Book and workbook per manager"), CostBasis::PerParticipant,
           kr(350), excl);
    b.cost(plan.leadership, plan.leadershipSeminar, CostKind::Facilitation, tr("Facilitation, half day"),
           CostBasis::Fixed, kr(7'500), excl);

    b.cost(plan.political, plan.startUpSeminar, CostKind::Facilitation, tr("Facilitation, a day and a half"),
           CostBasis::Fixed, kr(22'500), excl);
    b.cost(plan.political, plan.startUpSeminar, CostKind::VenueCatering, tr("Full board with overnight stay"),
           CostBasis::PerParticipantNight, kr(1'675), incl);
    b.cost(plan.political, plan.masterclass, CostKind::Facilitation, tr("Fee for the invited expert"),
           CostBasis::Fixed, kr(15'000), excl);
    b.cost(plan.political, plan.themeDay, CostKind::Facilitation, tr("Facilitation, one course day"), CostBasis::Fixed,
           kr(15'000), excl);

    b.cost(plan.organisational, plan.brownBagMeetings, CostKind::Facilitation, tr("Consultant by the hour"),
           CostBasis::PerSessionHour, kr(1'900), excl);
    b.cost(plan.organisational, plan.innovationDay, CostKind::Facilitation, tr("Facilitation, one course day"),
           CostBasis::Fixed, kr(15'000), excl);
    b.cost(plan.organisational, plan.innovationDay, CostKind::VenueCatering, tr("Lunch and coffee at the town hall"),
           day, kr(150), incl);

    b.cost(0, 0, CostKind::Travel, tr("The consultant's mileage, km"), CostBasis::Entered, kr(3, 79),
           VatTreatment::NoVat, 2'000);
    b.cost(0, 0, CostKind::Materials, tr("Printing the programme"), CostBasis::Fixed, kr(4'000), excl);
    b.cost(0, 0, CostKind::Other, tr("Evaluation: surveys and report"), CostBasis::Fixed, kr(25'000), excl);

    // Salaries with pension: a pedagogue about 38,700 kr. a month, a teacher (the level of most key
    // persons) about 47,200, a manager about 56,700. Care and daycare staff away on a course are
    // covered by substitutes. Council members and partners cost the municipality no hours, which
    // a rate of 0 kr. says, rather than leaving their time unpriced.
    b.staff(ParticipantRole::Employee, 0, kr(38'700));
    b.staff(ParticipantRole::Employee, plan.childrenAndYoungPeople, kr(38'700), kr(265));
    b.staff(ParticipantRole::Employee, plan.healthAndCare, kr(38'700), kr(265));
    b.staff(ParticipantRole::KeyPerson, 0, kr(47'200));
    b.staff(ParticipantRole::Manager, 0, kr(56'700));
    b.staff(ParticipantRole::Politician, 0, {});
    b.staff(ParticipantRole::ExternalPartner, 0, {});

    b.funding(FundingKind::CompetenceFund, tr("The municipal competence fund"), {});
    b.funding(FundingKind::Partner, tr("Central Jutland Academy of Professional Education"), kr(60'000));
    b.funding(FundingKind::Municipality, tr("The municipality's development pool"), kr(200'000));
    return std::move(b.rows);
}

} // namespace Akademiplan
