// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planindex.h"
#include "planwarning.h"

#include <QCoreApplication>

namespace Akademiplan {

// The rules about the programme as a whole: activities with more people enrolled than places, a
// politicians' track that runs across a municipal election, and target groups the tracks must
// reach with people not yet enrolled.
class ProgrammeRules
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PlanCheck)

public:
    static void check(const PlanIndex &index, PlanWarnings &warnings);

    // The day a council elected on `election` takes office: 1 January after it.
    static QDate takesOffice(const QDate &election);

private:
    static void checkCapacity(const PlanIndex &index, PlanWarnings &warnings);
    static void checkElections(const PlanIndex &index, PlanWarnings &warnings);
    static void checkTargetGroups(const PlanIndex &index, PlanWarnings &warnings);
};

} // namespace Akademiplan
