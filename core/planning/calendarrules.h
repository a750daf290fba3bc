// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planindex.h"
#include "planwarning.h"

#include <QCoreApplication>

namespace Akademiplan {

// The rules one session answers on its own: the day it falls on in the Danish year (public
// holidays, customary days off, school holidays, weekends, the council's budget season), the
// academy's period, and whether it has a time and a place.
class CalendarRules
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PlanCheck)

public:
    static void check(const PlanIndex &index, const PlanIndex::SessionFacts &facts, PlanWarnings &warnings);
    // The budget season of a year: from 1 August until the budget is adopted by 15 October.
    static bool inBudgetSeason(const QDate &date);
};

} // namespace Akademiplan
