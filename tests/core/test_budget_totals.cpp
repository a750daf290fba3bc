// SPDX-License-Identifier: MPL-2.0
// An academy's budget worked out from its cost lines, staff rates, funding and the plan. Every
// figure is worked out by hand in the comments, from the plan in budgetplan.h plus a residential
// course of two days in a row: rates × what the plan counts, VAT both ways, the participants'
// working time at the rate of their role or organisation, the competence fund's 80 % up to
// 25,000 kr. per person and year, and budget against actual. An edit to the plan changes exactly
// the totals it should.
#include "budget/budgetcalculator.h"
#include "exchange/budgetexport.h"
#include "budgetplan.h"
#include "catch.h"

using namespace Akademiplan;

namespace {

Money kr(qint64 kroner, qint64 ore = 0) { return Money::fromOre(kroner * 100 + ore); }

// The plan of budgetplan.h with a residential course in the leadership track: 9 and 10 September
// 2027, 9.00-16.00 each (420 minutes), for the two managers of the social department.
struct PricedPlan : BudgetPlan
{
    enum : qint64 { Residential = 23, Facilitation = 400, SeminarFee, Nights, Days, NetworkMaterials, Travel, Consultancy };
    enum : qint64 { ManagerRate = 500, SocialManagerRate, EmployeeRate, Fund = 600, Foundation, Municipality };

    PricedPlan()
    {
        addActivity(Residential, Leadership);
        addSession(105, Residential, QDate(2027, 9, 9), QTime(9, 0), QTime(16, 0));
        addSession(106, Residential, QDate(2027, 9, 10), QTime(9, 0), QTime(16, 0));
        enrol(310, 200, Residential);
        enrol(311, 201, Residential);

        // The course's two days with an external facilitator: 2 × 15,000 = 30,000 kr. + 7,500 VAT.
        line(Facilitation, Leadership, Course, CostKind::Facilitation, CostBasis::PerSession, kr(15'000), 1,
             VatTreatment::ExcludingVat);
        // The seminar's fee for its two enrolled managers (the third was only invited): 13,500 kr.
        line(SeminarFee, Leadership, Seminar, CostKind::CourseFee, CostBasis::PerParticipant, kr(6'750), 1,
             VatTreatment::NoVat);
        // Full board: two people × one night × 1,675 kr. with VAT = 3,350, which is 2,680 + 670 VAT.
        line(Nights, Leadership, Residential, CostKind::VenueCatering, CostBasis::PerParticipantNight, kr(1'675), 1,
             VatTreatment::IncludingVat);
        // Day packages: two people × two days × 675 kr. with VAT = 2,700, which is 2,160 + 540 VAT.
        line(Days, Leadership, Residential, CostKind::VenueCatering, CostBasis::PerParticipantDay, kr(675), 1,
             VatTreatment::IncludingVat);
        // Materials shared by the network track: 1,000 kr. + 250 VAT, in the year of its meeting.
        line(NetworkMaterials, Network, 0, CostKind::Materials, CostBasis::Fixed, kr(1'000), 1,
             VatTreatment::ExcludingVat);
        // Travel for the whole academy: 120 km at 2,50 kr. = 300 kr., no VAT.
        line(Travel, 0, 0, CostKind::Travel, CostBasis::Entered, kr(2, 50), 120, VatTreatment::NoVat);
        // A consultant by the hour for every session of the leadership track at 1,900 kr.:
        // 2027: 390 + 180 + 195 + 420 + 420 = 1,605 minutes = 26.75 h = 50,825 kr.;
        // 2028: 60 minutes = 1,900 kr. In all 52,725 kr. + 13,181.25 VAT.
        line(Consultancy, Leadership, 0, CostKind::Facilitation, CostBasis::PerSessionHour, kr(1'900), 1,
             VatTreatment::ExcludingVat);

        // Managers: 600,000 kr. over the state's 1,924 hours = 311.85 kr. an hour. The social
        // department's managers: 540,000 kr. over 1,635 productive hours = 330.28 kr. Employees:
        // 12 × 38,700 = 464,400 kr. over 1,924 hours = 241.37 kr., with cover at 250 kr. an hour.
        rate(ManagerRate, ParticipantRole::Manager, 0, kr(600'000), 1924, Money());
        rate(SocialManagerRate, ParticipantRole::Manager, Social, kr(540'000), 1635, Money());
        rate(EmployeeRate, ParticipantRole::Employee, 0, kr(464'400), 1924, kr(250));

        fund(Fund, FundingKind::CompetenceFund, {});
        fund(Foundation, FundingKind::Foundation, kr(20'000));
        fund(Municipality, FundingKind::Municipality, kr(10'000));
    }

    void line(qint64 id, qint64 track, qint64 activity, CostKind kind, CostBasis basis, Money rate, qint64 quantity,
              VatTreatment vat)
    {
        CostLine row;
        row.id = id;
        row.academyId = Academy;
        row.trackId = track;
        row.activityId = activity;
        row.kind = kind;
        row.basis = basis;
        row.rateOre = rate.ore();
        row.quantity = quantity;
        row.vat = vat;
        project.insert(row);
    }
    void rate(qint64 id, ParticipantRole role, qint64 organisation, Money salary, int hours, Money cover)
    {
        StaffRate row;
        row.id = id;
        row.academyId = Academy;
        row.role = role;
        row.organisationId = organisation;
        row.annualSalaryOre = salary.ore();
        row.annualHours = hours;
        row.coverHourlyOre = cover.ore();
        project.insert(row);
    }
    void fund(qint64 id, FundingKind kind, Money amount)
    {
        Funding row;
        row.id = id;
        row.academyId = Academy;
        row.kind = kind;
        row.amountOre = amount.ore();
        project.insert(row);
    }
    template <typename T>
    T &row(qint64 id)
    {
        return const_cast<T &>(*project.list<T>().find(id));
    }
    AcademyBudget budget() const { return BudgetCalculator::of(project, Academy); }
};

const CostLineTotal &lineOf(const AcademyBudget &budget, qint64 id)
{
    for (const CostLineTotal &line : budget.lines)
        if (line.costLineId == id)
            return line;
    FAIL("no such line");
    return budget.lines.front();
}

Money fundOf(const AcademyBudget &budget)
{
    for (const FundingTotal &funding : budget.funding)
        if (funding.fundingId == PricedPlan::Fund)
            return funding.planned;
    FAIL("no fund");
    return {};
}

} // namespace

TEST_CASE("each cost line is its rate times what the plan counts with VAT added or taken out", "[budget]")
{
    const PricedPlan plan;
    const AcademyBudget budget = plan.budget();
    REQUIRE(budget.lines.size() == 7);

    const CostLineTotal &facilitation = lineOf(budget, PricedPlan::Facilitation);
    CHECK(facilitation.units == 2);
    CHECK(facilitation.planned == CashAmount{kr(30'000), kr(7'500)});
    CHECK(lineOf(budget, PricedPlan::SeminarFee).units == 2);
    CHECK(lineOf(budget, PricedPlan::SeminarFee).planned == CashAmount{kr(13'500), {}});
    CHECK(lineOf(budget, PricedPlan::Nights).units == 2);
    CHECK(lineOf(budget, PricedPlan::Nights).planned == CashAmount{kr(2'680), kr(670)});
    CHECK(lineOf(budget, PricedPlan::Days).units == 4);
    CHECK(lineOf(budget, PricedPlan::Days).planned == CashAmount{kr(2'160), kr(540)});
    CHECK(lineOf(budget, PricedPlan::NetworkMaterials).planned == CashAmount{kr(1'000), kr(250)});
    CHECK(lineOf(budget, PricedPlan::Travel).units == 120);
    CHECK(lineOf(budget, PricedPlan::Travel).planned == CashAmount{kr(300), {}});

    const CostLineTotal &consultancy = lineOf(budget, PricedPlan::Consultancy);
    CHECK(consultancy.units == 1'665); // minutes
    CHECK(consultancy.byYear.at(2027) == CashAmount{kr(50'825), kr(12'706, 25)});
    CHECK(consultancy.byYear.at(2028) == CashAmount{kr(1'900), kr(475)});
    CHECK(consultancy.planned == CashAmount{kr(52'725), kr(13'181, 25)});
}

TEST_CASE("the cash totals add up per year track activity and kind", "[budget]")
{
    const AcademyBudget budget = PricedPlan().budget();
    // 30,000 + 13,500 + 2,680 + 2,160 + 1,000 + 300 + 52,725 = 102,365 kr. without VAT;
    // 7,500 + 670 + 540 + 250 + 13,181.25 = 22,141.25 kr. VAT; 124,506.25 kr. with VAT.
    CHECK(budget.cash == CashAmount{kr(102'365), kr(22'141, 25)});
    CHECK(budget.cash.withVat() == kr(124'506, 25));
    CHECK(budget.cashByYear.at(2028) == CashAmount{kr(1'900), kr(475)});
    CHECK(budget.cashByYear.at(2027) == CashAmount{kr(100'465), kr(21'666, 25)});

    CHECK(budget.cashByTrack.value(PricedPlan::Leadership).withoutVat == kr(101'065));
    CHECK(budget.cashByTrack.value(PricedPlan::Network).withoutVat == kr(1'000));
    CHECK(budget.cashOfAcademy.withoutVat == kr(300));
    CHECK(budget.cashByActivity.value(PricedPlan::Residential).withoutVat == kr(4'840));
    CHECK(budget.cashByActivity.value(PricedPlan::Course).withoutVat == kr(30'000));
    CHECK_FALSE(budget.cashByActivity.contains(PricedPlan::Meeting));

    CHECK(budget.cashByKind.at(CostKind::Facilitation).withoutVat == kr(82'725));
    CHECK(budget.cashByKind.at(CostKind::VenueCatering).withoutVat == kr(4'840));
    CHECK(budget.cashByKind.at(CostKind::CourseFee).withoutVat == kr(13'500));
}

TEST_CASE("the participants' working time is priced at the rate of their organisation or else their role", "[budget]")
{
    const AcademyBudget budget = PricedPlan().budget();
    // Social department's managers (330.28 kr.): course 2 × 570 min = 19 h = 6,275.32; seminar
    // 2027 2 × 195 min = 6.5 h = 2,146.82 and 2028 2 × 60 min = 660.56; residential 2 × 840 min =
    // 28 h = 9,247.84. The manager with no organisation (311.85 kr.): 570 min = 9.5 h = 2,962.575,
    // 2,962.58. Employees (241.37 kr.): 2 × 90 min = 3 h = 724.11, and cover 3 × 250 = 750.
    CHECK(budget.staffCost == kr(22'767, 23));
    CHECK(budget.staffCostByYear.at(2028) == kr(660, 56));
    CHECK(budget.staffCostByTrack.value(PricedPlan::Leadership) == kr(21'293, 12));
    CHECK(budget.staffCostByTrack.value(PricedPlan::Network) == kr(1'474, 11));
    CHECK(budget.staffCostByActivity.value(PricedPlan::Course) == kr(9'237, 90));
    CHECK(budget.minutesWithoutRate == 0);
    CHECK(budget.totalWithStaff() == kr(125'132, 23));

    bool sawEmployees = false;
    for (const StaffTimeTotal &time : budget.staffTime) {
        if (time.group.role != ParticipantRole::Employee)
            continue;
        sawEmployees = true;
        CHECK(time.staffRateId == PricedPlan::EmployeeRate);
        CHECK(time.hourly == kr(241, 37));
        CHECK(time.minutes.plannedMinutes == 180);
        CHECK(time.plannedCost == kr(724, 11));
        CHECK(time.plannedCover == kr(750));
    }
    CHECK(sawEmployees);
}

TEST_CASE("time of a role with no rate is counted and left unpriced", "[budget]")
{
    PricedPlan plan;
    plan.row<Enrolment>(308).status = EnrolmentStatus::Enrolled; // the politician joins the network meeting
    const AcademyBudget budget = plan.budget();
    CHECK(budget.minutesWithoutRate == 90);
    CHECK(budget.staffCost == kr(22'767, 23));
}

TEST_CASE("the competence fund pays 80 % of each eligible person's costs up to 25000 kr. a year", "[budget]")
{
    const AcademyBudget budget = PricedPlan().budget();
    // Each person's costs without VAT, lines shared evenly by the people of their scope.
    // Managers 200 and 201, 2027: course 30,000 / 3 = 10,000; seminar fee 6,750; a night 1,340;
    // two days 1,080; travel 300 / 5 = 60; consultancy 50,825 / 3 = 16,941.67; in all 36,171.67,
    // of which 80 % is above the cap: 25,000 each. 2028: 1,900 / 3 = 633.33, 80 % = 506.66.
    // Manager 202, 2027: 10,000 + 60 + 16,941.67 = 27,001.67, 80 % = 21,601.34; 2028: 506.66.
    // Employees 203 and 204: materials 1,000 / 2 = 500 and travel 60, 80 % = 448 each.
    CHECK(fundOf(budget) == kr(74'017, 32));
    // The foundation's 20,000 kr. too is from outside; the municipality's own pledge is not.
    CHECK(budget.externalFunding == kr(94'017, 32));
    CHECK(budget.municipalityShare == kr(8'347, 68));
}

TEST_CASE("council members and partners are not paid for by the competence fund", "[budget]")
{
    PricedPlan plan;
    plan.row<Participant>(203).role = ParticipantRole::Politician;
    plan.row<Participant>(204).role = ParticipantRole::ExternalPartner;
    // The employees' 448 kr. each is gone from the fund's share.
    CHECK(fundOf(plan.budget()) == kr(73'121, 32));
}

TEST_CASE("budget against actual once the academy runs", "[budget]")
{
    PricedPlan plan;
    plan.row<CostLine>(PricedPlan::Facilitation).actualOre = kr(28'000).ore();
    plan.row<Funding>(PricedPlan::Foundation).actualOre = kr(20'000).ore();
    plan.attend(700, 100, 200, AttendanceStatus::Present); // 390 minutes at 330.28 kr.
    plan.attend(701, 100, 201, AttendanceStatus::Absent);
    const AcademyBudget budget = plan.budget();

    CHECK(lineOf(budget, PricedPlan::Facilitation).actual == CashAmount{kr(28'000), kr(7'000)});
    CHECK_FALSE(lineOf(budget, PricedPlan::Travel).actual.has_value());
    CHECK(budget.actualCash == CashAmount{kr(28'000), kr(7'000)});
    CHECK(budget.plannedCashOfLinesWithActual == CashAmount{kr(30'000), kr(7'500)});
    CHECK(budget.linesWithoutActual == 6);
    CHECK(budget.attendedStaffCost == kr(2'146, 82));
    CHECK(budget.fundingReceived == kr(20'000));
}

TEST_CASE("an edit to the plan changes exactly the totals it should", "[budget]")
{
    PricedPlan plan;
    const AcademyBudget before = plan.budget();

    SECTION("a person enrolled in the course")
    {
        plan.enrol(312, 203, BudgetPlan::Course);
        const AcademyBudget after = plan.budget();
        // The course is priced per session, so the cash is the same; the employee's 9.5 hours
        // at 241.37 kr. (2,293.015, 2,293.02) and the cover at 250 kr. (2,375) are new.
        CHECK(after.cash == before.cash);
        CHECK(after.staffCost - before.staffCost == kr(4'668, 02));
        CHECK(after.staffCostByTrack.value(PricedPlan::Network) == before.staffCostByTrack.value(PricedPlan::Network));
        CHECK(after.fundingReceived == before.fundingReceived);
        // The course's and the consultancy's costs are now shared by four people, not three.
        CHECK(fundOf(after) != fundOf(before));
    }
    SECTION("a session added to the seminar")
    {
        plan.addSession(107, BudgetPlan::Seminar, QDate(2027, 12, 9), QTime(13, 0), QTime(16, 0));
        const AcademyBudget after = plan.budget();
        // Three more consultancy hours (5,700 kr. + 1,425 VAT); the fee per participant stays.
        CHECK(after.cash.withoutVat - before.cash.withoutVat == kr(5'700));
        CHECK(after.cash.vat - before.cash.vat == kr(1'425));
        CHECK(lineOf(after, PricedPlan::SeminarFee).planned == lineOf(before, PricedPlan::SeminarFee).planned);
        CHECK(after.cashByTrack.value(PricedPlan::Network) == before.cashByTrack.value(PricedPlan::Network));
        // Two managers of the social department for 3 hours at 330.28 kr.
        CHECK(after.staffCost - before.staffCost == kr(1'981, 68));
        CHECK(after.staffCostByYear.at(2028) == before.staffCostByYear.at(2028));
    }
    SECTION("a person who cancels")
    {
        plan.row<Enrolment>(311).status = EnrolmentStatus::Cancelled; // 201 leaves the residential course
        const AcademyBudget after = plan.budget();
        // One night (1,340 + 335 VAT) and two days (1,080 + 270 VAT) fewer; 14 hours fewer at 330.28.
        CHECK(before.cash.withoutVat - after.cash.withoutVat == kr(2'420));
        CHECK(before.cash.vat - after.cash.vat == kr(605));
        CHECK(before.staffCost - after.staffCost == kr(4'623, 92));
    }
}

TEST_CASE("another academy's rows and an empty academy cost nothing", "[budget]")
{
    PricedPlan plan;
    Academy other;
    other.id = 2;
    plan.project.insert(other);
    const AcademyBudget budget = BudgetCalculator::of(plan.project, 2);
    CHECK(budget.lines.empty());
    CHECK(budget.cash.isZero());
    CHECK(budget.staffCost.isZero());
    CHECK(budget.municipalityShare.isZero());
}

TEST_CASE("the budget's spreadsheet totals each year when the academy runs over two", "[budget]")
{
    const PricedPlan plan;
    QStringList yearRows;
    for (const QStringList &row : BudgetExport::rows(plan.project, PricedPlan::Academy))
        if (row.value(4).startsWith(QStringLiteral("Cash costs in ")))
            yearRows.append(row.value(4) + QLatin1Char('=') + row.value(9));
    // 100,465 kr. in 2027 and the consultant's 2028 hour at 1,900 kr., without VAT.
    CHECK(yearRows == QStringList{QStringLiteral("Cash costs in 2027=100465.00"), QStringLiteral("Cash costs in 2028=1900.00")});
}
