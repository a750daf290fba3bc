// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"

#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace Akademiplan {

// How one side changed a row against the base; without a base, against the other side.
enum class RowChange { None, Added, Removed, Changed };

// One field in which the versions differ, as stored values (references as UUID text, null where
// the row does not exist on that side).
struct FieldDifference
{
    QString field; // the stable name of the entity description
    QVariant base;
    QVariant mine;
    QVariant theirs;
    bool mineChanged = false;
    bool theirsChanged = false;
    bool conflict = false; // both changed it, to different values
};

// One row in which the consultant's file and the returned copy differ.
struct Difference
{
    EntityType type = EntityType::Academy;
    QUuid uuid;
    RowChange mine = RowChange::None;
    RowChange theirs = RowChange::None;
    // Both sides changed it in ways that cannot both be kept: the same field differently, or one
    // changed what the other removed. Without a base every difference is a choice and counts here.
    bool conflict = false;
    QList<FieldDifference> fields; // for a row on both sides
    bool hasBase = true;           // false in a two-way comparison

    // A change of theirs that can be taken as it is.
    bool isTheirs() const { return theirs != RowChange::None && !conflict; }
    // A change of the consultant's own that theirs did not touch: nothing to decide.
    bool isOnlyMine() const { return theirs == RowChange::None && !conflict; }
};

} // namespace Akademiplan
