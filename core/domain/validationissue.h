// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QList>
#include <QString>

namespace Akademiplan {

// One finding about an entity: an error stops the edit, a warning is shown but allowed.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field; // the stable name of the field it concerns, e.g. "endDate"
    QString message;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace Akademiplan
