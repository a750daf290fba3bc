// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Akademiplan {

class Project;

// An academy's budget as a spreadsheet, in the CSV Danish Excel opens by double-click (as the
// participant list): one table whose first column says what a row is, a cost line, the working
// time of a group of people, cover for them, a funding source or a total, so that a consultant
// can filter and sum it as it comes. Amounts are numbers in the language's notation
// ("12500,00" in Danish), without "kr.", so that a spreadsheet adds them up.
class BudgetExport
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::BudgetExport)

public:
    static QList<QStringList> rows(const Project &project, qint64 academyId);
    // Written whole or not at all; false with the reason when the file cannot be written.
    static bool write(const Project &project, qint64 academyId, const QString &path, QString *error);
};

} // namespace Akademiplan
