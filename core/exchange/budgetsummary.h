// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QJsonObject>

namespace Akademiplan {

class Project;

// An academy's budget totals for --info: amounts as strings of kroner with two decimals and a
// point ("659260.00"), exact where a JSON number (a double) would not be.
class BudgetSummary
{
public:
    static QJsonObject toJson(const Project &project, qint64 academyId);
};

} // namespace Akademiplan
