// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "cashamount.h"
#include "participanttime.h"
#include "planquantities.h"

#include "domain/costline.h"
#include "domain/funding.h"

#include <QHash>

#include <map>
#include <optional>
#include <vector>

namespace Akademiplan {

// One cost line priced from the plan: what its basis counted, the amount by year and in all, and
// what it actually cost once entered (in the same VAT terms as its rate).
struct CostLineTotal
{
    qint64 costLineId = 0;
    // What the basis counted times the line's quantity; minutes for PerSessionHour.
    qint64 units = 0;
    std::map<int, CashAmount> byYear;
    CashAmount planned;
    std::optional<CashAmount> actual;
};

// The working time of one group of people (a role, an organisation, a year) and what it costs at
// the staff rate that applies: the one for the organisation, else the one for the whole role.
struct StaffTimeTotal
{
    TimeGroup group;
    TimeSpent minutes;
    qint64 staffRateId = 0; // 0 when no rate applies, so the time has no price yet
    Money hourly;
    Money plannedCost;
    Money plannedCover;
    Money attendedCost;
    Money attendedCover;
};

// What one funding source pays: its pledge, or the competence fund's share of each eligible
// person's costs up to the cap; and what was received.
struct FundingTotal
{
    qint64 fundingId = 0;
    Money planned;
    std::optional<Money> actual;
};

// An academy's budget worked out from its rows and the plan, for the budget view, the programme
// plan's budget section, --info and the CSV. Cash amounts are kept with and without VAT; the
// participants' working time is kept apart, since it is the municipality's own cost, not cash.
struct AcademyBudget
{
    std::vector<CostLineTotal> lines; // in the order of the project's cost lines
    QHash<qint64, std::size_t> lineIndex; // a cost line's id to its place in `lines`
    const CostLineTotal *lineTotal(qint64 costLineId) const
    {
        const auto found = lineIndex.constFind(costLineId);
        return found == lineIndex.cend() ? nullptr : &lines[*found];
    }

    CashAmount cash;
    std::map<int, CashAmount> cashByYear;
    QHash<qint64, CashAmount> cashByTrack;    // lines of a track and of its activities
    QHash<qint64, CashAmount> cashByActivity; // lines of the activity itself
    CashAmount cashOfAcademy;                 // lines shared by the whole academy
    std::map<CostKind, CashAmount> cashByKind;

    std::vector<StaffTimeTotal> staffTime; // in order of group
    Money staffCost;                       // planned time, with cover
    std::map<int, Money> staffCostByYear;
    QHash<qint64, Money> staffCostByTrack;
    QHash<qint64, Money> staffCostByActivity;
    qint64 minutesWithoutRate = 0; // planned time of people whose role has no rate
    // What each staff rate prices: the planned minutes and their cost with cover.
    QHash<qint64, std::pair<qint64, Money>> staffByRate;

    std::vector<FundingTotal> funding;
    Money externalFunding; // all sources but the municipality's own
    // The cash the municipality pays itself: the cost without VAT less the other sources. Negative
    // when they pledge more than the academy costs.
    Money municipalityShare;

    // Budget against actual: the cash actually spent on lines where it is known, what those lines
    // were budgeted at, the working time of the people recorded present, and what was received.
    CashAmount actualCash;
    CashAmount plannedCashOfLinesWithActual;
    int linesWithoutActual = 0;
    Money attendedStaffCost; // with cover
    Money fundingReceived;

    // The grand totals a council reads: cash with VAT, and cash without VAT plus working time.
    Money totalWithStaff() const { return cash.withoutVat + staffCost; }
};

} // namespace Akademiplan
