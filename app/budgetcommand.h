// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// --export-budget: an academy's budget as a CSV file for Excel (docs/budget.md).
class BudgetCommand
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::BudgetCommand)

public:
    // `academyName` null: the first academy, as for the programme plan.
    static int run(const QString &outPath, const QString &projectPath, const QString &academyName);
};

} // namespace Akademiplan
