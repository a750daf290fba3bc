// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "anyentity.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace Akademiplan {

// One finding about an entity: an error stops an edit, a warning is shown but allowed. A file
// that breaks a rule still opens; its errors are then shown as warnings so the user can mend them.
struct ValidationIssue
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString field;   // the stable name of the field it concerns, e.g. "endDate"
    QString message; // in the UI language
    QString kind;    // a stable name of the rule, e.g. "session-ends-before-start", for scripts
    EntityType entityType = EntityType::Academy;
    qint64 entityId = 0;
    QUuid entityUuid;
    int changeIndex = -1; // the change of a change set it concerns, when a change was checked
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace Akademiplan
