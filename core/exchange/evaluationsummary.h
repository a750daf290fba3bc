// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDate>
#include <QJsonObject>

namespace Akademiplan {

class Project;

// An academy's evaluation plan for --info: whether it has a programme theory, its learning goals
// per kind, and each indicator with where it stands against its target (IndicatorStatus), the
// next planned measurement and those overdue on `today`. Numbers as strings with two decimals and
// a point ("42.50"), as the budget's amounts.
class EvaluationSummary
{
public:
    static QJsonObject toJson(const Project &project, qint64 academyId, const QDate &today);
    // The stable key of an indicator's state: "not_measured", "no_target", "on_target", "short_of_target".
    static QString stateKey(int state);
};

} // namespace Akademiplan
