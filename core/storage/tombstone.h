// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "storedrow.h"

#include <QDateTime>

namespace Akademiplan {

// A removed row as its tombstone keeps it: its type, UUID and last change counter, when it went,
// and (since schema version 7) its fields that name no one, in the form a merge base keeps them,
// so that an export can still say what was removed: a calendar cancels a deleted session.
struct Tombstone
{
    StoredRow row;
    QDateTime deleted;
};

} // namespace Akademiplan
