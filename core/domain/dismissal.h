// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QString>

namespace Akademiplan {

// A planning warning the consultant has looked at and accepted for one item, with the reason
// ("the council chose this date"). It names the warning rather than pointing at a row, so it
// holds wherever the row travels, and comes back into force if the row is restored.
struct Dismissal : EntityHeader
{
    QString kind;        // the warning's kind, e.g. "session-on-weekend"
    QString subjectUuid; // the row the warning is about, without braces
    QString detail;      // which of that row's warnings of the kind (e.g. the other session)
    QString reason;
    QString dismissedBy;
    bool operator==(const Dismissal &) const = default;
};

} // namespace Akademiplan
