// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QString>

#include <optional>

namespace Akademiplan {

enum class CostKind { Facilitation, CourseFee, VenueCatering, Materials, Travel, Other };

// What a cost line's rate is multiplied by. All but Fixed and Entered are counted from the plan,
// so that the budget follows the plan: a session added, a person enrolled, and the line changes.
enum class CostBasis {
    Fixed,              // the rate is the amount
    Entered,            // the rate × the quantity the user entered (e.g. 3 facilitator days)
    PerSession,         // × the sessions
    PerSessionHour,     // × the sessions' hours (consultancy by the hour)
    PerParticipant,     // × the people enrolled (a course fee)
    PerParticipantDay,  // × people × session days (a day-course package)
    PerParticipantNight // × people × nights between sessions on following days (full board)
};

enum class VatTreatment {
    ExcludingVat, // the rate is without VAT; 25 % is added
    IncludingVat, // the rate includes VAT
    NoVat         // exempt (e.g. a course fee of a public institution)
};

// One line of an academy's budget: a cost of one activity, or shared by a track or the whole
// academy, priced as a rate times something the plan counts, with the price year it was quoted in
// and, once the academy runs, what it actually cost.
struct CostLine : EntityHeader
{
    qint64 academyId = 0;
    qint64 trackId = 0;    // 0 unless the line belongs to a track or one of its activities
    qint64 activityId = 0; // 0 unless the line belongs to one activity
    CostKind kind = CostKind::Other;
    QString description;
    CostBasis basis = CostBasis::Fixed;
    qint64 rateOre = 0;
    qint64 quantity = 1; // a multiplier: the entered quantity, or e.g. 2 facilitators per session
    VatTreatment vat = VatTreatment::ExcludingVat;
    int priceYear = 0; // 0 when not given
    std::optional<qint64> actualOre;
    bool operator==(const CostLine &) const = default;
};

} // namespace Akademiplan
