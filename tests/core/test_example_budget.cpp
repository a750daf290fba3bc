// SPDX-License-Identifier: MPL-2.0
// The example academy's budget, worked out by hand from the example's plan (tests/support and
// core/template/exampleproject.cpp): 20 key persons, 54 of 60 managers in three groups of 18, 31
// council members, 40 employees and 10 partners' people, and the rates of examplebudget.cpp.
#include "budget/budgetcalculator.h"
#include "catch.h"
#include "editor/projecteditor.h"
#include "exchange/budgetsummary.h"
#include "testfiles.h"

#include <QJsonArray>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

Money kr(qint64 kroner, qint64 ore = 0) { return Money::fromOre(kroner * 100 + ore); }

struct ExampleFile
{
    TempFolder folder;
    QString path = makeProjectFile(folder, QStringLiteral("example.akademi"), true);
    std::unique_ptr<Document> document = openDocument(path);
    qint64 academyId = document->project().academies.at(0).id;

    AcademyBudget budget() const { return BudgetCalculator::of(document->project(), academyId); }
    qint64 trackAt(int position) const { return document->project().tracksOf(academyId).at(std::size_t(position))->id; }
};

} // namespace

TEST_CASE("the example's cash budget matches the hand-worked figures", "[budget]")
{
    const ExampleFile example;
    const AcademyBudget budget = example.budget();
    // Network: a course day 15,000; four half days 4 × 7,500; 20 key persons × 5 days × 95 kr.
    // with VAT = 9,500 = 7,600 + 1,900 VAT. 52,600 kr. + 13,150 VAT.
    CHECK(budget.cashByTrack.value(example.trackAt(0)) == CashAmount{kr(52'600), kr(13'150)});
    // Leadership: three groups × four days × 24,000 = 288,000; three × 18 people × 4 days × 675 =
    // 145,800 with VAT = 116,640 + 29,160; 54 managers × 350 = 18,900; the seminar's 7,500.
    CHECK(budget.cashByTrack.value(example.trackAt(1)) == CashAmount{kr(431'040), kr(107'760)});
    // Council: 22,500 + 31 people × one night × 1,675 with VAT (41,540 + 10,385) + 15,000 + 15,000.
    CHECK(budget.cashByTrack.value(example.trackAt(2)) == CashAmount{kr(94'040), kr(23'510)});
    // Organisation: 6 brown-bag meetings × 2 h × 1,900 = 22,800; 15,000; 60 people × 150 with VAT.
    CHECK(budget.cashByTrack.value(example.trackAt(3)) == CashAmount{kr(45'000), kr(11'250)});
    // The academy's own: 2,000 km × 3,79 = 7,580 without VAT; printing 4,000; evaluation 25,000.
    CHECK(budget.cashOfAcademy == CashAmount{kr(36'580), kr(7'250)});
    CHECK(budget.cash == CashAmount{kr(659'260), kr(162'920)});
    CHECK(budget.cash.withVat() == kr(822'180));
}

TEST_CASE("the example's staff time matches the hand-worked figures", "[budget]")
{
    const AcademyBudget budget = ExampleFile().budget();
    // Managers (680,400 kr. / 1,924 h = 353.64 kr.): 54 × (4 × 6.5 h + 3 h) = 1,566 h = 553,800.24.
    // Key persons (294.39 kr.): 20 × 6.5 + 20 × 14 + 10 × 6.5 = 475 h = 139,835.25, and 0.03 kr.
    // from rounding per activity and department (four departments of 3 × 6.5 h, two of 1 × 6.5).
    // Employees (241.37 kr.): 30 × 12 h + 40 × 6.5 h = 620 h = 149,649.40, and 0.02 kr. rounding;
    // cover at 265 kr. for the two care departments: 2 × (60 + 45.5) h = 211 h = 55,915.
    // Council members and partners' people: 745 h at 0 kr.
    CHECK(budget.staffCost == kr(899'199, 94));
    CHECK(budget.minutesWithoutRate == 0);
    CHECK(budget.totalWithStaff() == kr(1'558'459, 94));
}

TEST_CASE("the example's funding matches the hand-worked figures", "[budget]")
{
    const AcademyBudget budget = ExampleFile().budget();
    // Each eligible person's share without VAT, 80 % of it from the fund (all below the cap):
    // a manager 96,000 / 18 + 4 × 540 + 350 + 7,500 / 54 + 36,580 / 155 = 8,218.22 → 6,574.58;
    // × 54 = 355,027.32. Key persons 750 + 1,500 + 380 + 236 = 2,866 → 2,292.80 × 10, and with the
    // innovation day (+ 250 + 120) 2,588.80 × 10. Employees at the brown-bag meetings 570 + 370 +
    // 236 → 940.80 × 30, the others 606 → 484.80 × 10. In all 436,915.32 kr.
    // With the partner's 60,000, the municipality pays 659,260 - 496,915.32 = 162,344.68 itself.
    CHECK(budget.externalFunding == kr(496'915, 32));
    CHECK(budget.municipalityShare == kr(162'344, 68));
}

TEST_CASE("the summary's budget totals are the calculator's as exact decimal strings", "[budget]")
{
    const ExampleFile example;
    const QJsonObject json = BudgetSummary::toJson(example.document->project(), example.academyId);
    CHECK(json.value(QStringLiteral("cash_without_vat")).toString() == QStringLiteral("659260.00"));
    CHECK(json.value(QStringLiteral("cash_with_vat")).toString() == QStringLiteral("822180.00"));
    CHECK(json.value(QStringLiteral("staff_time")).toString() == QStringLiteral("899199.94"));
    CHECK(json.value(QStringLiteral("staff_time_hours")).toString() == QStringLiteral("3405.50"));
    CHECK(json.value(QStringLiteral("competence_fund")).toString() == QStringLiteral("436915.32"));
    CHECK(json.value(QStringLiteral("municipality_share")).toString() == QStringLiteral("162344.68"));
    const QJsonArray years = json.value(QStringLiteral("by_year")).toArray();
    REQUIRE(years.size() == 1);
    CHECK(years.at(0).toObject().value(QStringLiteral("year")).toInt() == 2027);
}
