// SPDX-License-Identifier: MPL-2.0
// The two rules an academy's budget rests on besides its prices: what an hour of a participant's
// working time costs, and what the municipal competence fund pays. Figures from
// economy-evaluation facts (salaries of 2023, the fund's 80 % up to 25,000 kr.), worked out by hand.
#include "budget/competencefund.h"
#include "budget/hourlycost.h"
#include "catch.h"

using namespace Akademiplan;

TEST_CASE("an hourly cost is the annual salary with pension over the chosen hours basis rounded once to the øre",
          "[budget]")
{
    // A pedagogue at 38,700 kr. a month: 464,400 kr. a year. 464,400 / 1,924 = 241.3721... kr.
    const Money pedagogue = Money::fromKroner(38'700 * 12);
    CHECK(HourlyCost::of(pedagogue, HourlyCost::stateHoursBasis) == Money::fromOre(24137));
    // 464,400 / 1,635 = 284.0366... kr.
    CHECK(HourlyCost::of(pedagogue, HourlyCost::productiveHoursBasis) == Money::fromOre(28404));
    // A manager at 600,000 kr. with 20 % pension: 720,000 kr.; with 47 % overheads on top,
    // 720,000 × 1.47 / 1,924 = 550.1039... kr.
    const Money manager = Money::fromKroner(720'000);
    CHECK(HourlyCost::of(manager, HourlyCost::stateHoursBasis) == Money::fromOre(37422)); // 374.2203...
    CHECK(HourlyCost::of(manager, HourlyCost::stateHoursBasis, 47'00) == Money::fromOre(55010));
    // A basis of no hours, or more than a year has, gives no rate rather than a wrong one.
    CHECK(HourlyCost::of(manager, 0) == Money());
    CHECK(HourlyCost::of(manager, 8785) == Money());
    CHECK(HourlyCost::of(manager, 8784) == Money::fromOre(8197)); // 81.9672... kr.
}

TEST_CASE("working time in minutes costs the hourly rate times the minutes over sixty rounded once", "[budget]")
{
    const Money hourly = Money::fromOre(24137);
    CHECK(HourlyCost::ofMinutes(hourly, 60) == hourly);
    // 6 h 30 min: 241.37 × 6.5 = 1,568.905 → 1,568.91 kr. (half away from zero).
    CHECK(HourlyCost::ofMinutes(hourly, 390) == Money::fromOre(156891));
    // 1 minute: 241.37 / 60 = 4.0228... → 4.02 kr.
    CHECK(HourlyCost::ofMinutes(hourly, 1) == Money::fromOre(402));
    // 1,530 minutes (25.5 h): 6,154.935 → 6,154.94 kr.
    CHECK(HourlyCost::ofMinutes(hourly, 1530) == Money::fromOre(615494));
    CHECK(HourlyCost::ofMinutes(hourly, 0) == Money());
}

TEST_CASE("the competence fund pays eighty per cent up to twenty-five thousand kroner per person", "[budget]")
{
    const CompetenceFund fund;
    // A diploma module of 13,500 kr.: 80 % is 10,800 kr.
    CHECK(fund.paysFor(Money::fromKroner(13'500)) == Money::fromKroner(10'800));
    // 31,250 kr. is exactly where 80 % reaches the cap; 40,000 kr. is past it.
    CHECK(fund.paysFor(Money::fromKroner(31'250)) == Money::fromKroner(25'000));
    CHECK(fund.paysFor(Money::fromKroner(40'000)) == Money::fromKroner(25'000));
    // Odd øre: 80 % of 6,750.05 kr. is 5,400.04 kr.; of 0.01 kr. is 0.008 → 0.01 kr.
    CHECK(fund.paysFor(Money::fromOre(675005)) == Money::fromOre(540004));
    CHECK(fund.paysFor(Money::fromOre(1)) == Money::fromOre(1));
    CHECK(fund.paysFor(Money()) == Money());
    CHECK(fund.paysFor(-Money::fromKroner(100)) == Money());
}

TEST_CASE("the cap of the competence fund holds per person so one expensive course does not use another's share",
          "[budget]")
{
    const CompetenceFund fund;
    // 40,000 + 10,000 kr.: 25,000 (capped) + 8,000. Pooled, 80 % of 50,000 would wrongly be 40,000.
    CHECK(fund.paysFor({Money::fromKroner(40'000), Money::fromKroner(10'000)}) == Money::fromKroner(33'000));
    // A fund with other rules: half, up to 10,000 kr.
    const CompetenceFund other{50'00, Money::fromKroner(10'000)};
    CHECK(other.paysFor({Money::fromKroner(30'000), Money::fromKroner(5'000)}) == Money::fromKroner(12'500));
}
