// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QHash>
#include <QString>
#include <QVariant>

namespace Akademiplan {

// What the consultant decided for one difference. A change of theirs that is not taken is left
// out; a conflict must be decided before the merge is applied.
struct Resolution
{
    enum class Decision {
        Undecided,
        Mine,   // keep the consultant's version (reject theirs)
        Theirs, // take their version of what they changed
        Edited  // their version, with the values the consultant typed for some fields
    };
    Decision decision = Decision::Undecided;
    QHash<QString, QVariant> editedValues; // by field name, as stored values

    bool takesTheirs() const { return decision == Decision::Theirs || decision == Decision::Edited; }
};

} // namespace Akademiplan
