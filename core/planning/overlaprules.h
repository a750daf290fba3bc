// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planindex.h"
#include "planwarning.h"

#include <QCoreApplication>

namespace Akademiplan {

// Who or what is in two places at once: a participant enrolled in two sessions that overlap (across
// all tracks and academies of the file), a facilitator leading two, or one place booked for two.
// Each person's, facilitator's and place's sessions are sorted by start and swept once, keeping
// only the sessions still running, so the cost follows the sessions each one has, never all
// sessions against all. A person counts for the activities they are enrolled in; the program
// enrols a track's people in its activities (one group of a parallel course each).
class OverlapRules
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PlanCheck)

public:
    static void check(const PlanIndex &index, PlanWarnings &warnings);
    // Only the overlaps of the session at `position` in the index, with the sessions of its day.
    static void checkOne(const PlanIndex &index, qsizetype position, PlanWarnings &warnings);

private:
    struct Pair
    {
        qsizetype earlier = 0;
        qsizetype later = 0;
        bool operator==(const Pair &) const = default;
    };
    friend size_t qHash(const Pair &pair, size_t seed) { return qHashMulti(seed, pair.earlier, pair.later); }

    static Pair ordered(const PlanIndex &index, qsizetype a, qsizetype b);
    static PlanWarning participants(const PlanIndex &index, const Pair &pair, const QList<qint64> &people);
    static PlanWarning facilitator(const PlanIndex &index, const Pair &pair);
    static PlanWarning location(const PlanIndex &index, const Pair &pair);
    static QString facilitatorKey(const PlanIndex::SessionFacts &facts);
    static QString locationKey(const PlanIndex::SessionFacts &facts);
};

} // namespace Akademiplan
