// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QList>
#include <QUuid>

namespace Akademiplan {

// One row as a comparison sees it: the row itself, whose id is local to its file (0 in a base),
// and the UUIDs its references point to, in the order of its reference fields, since ids cannot
// be compared across files.
template <typename T>
struct RowVersion
{
    T row;
    QList<QUuid> references;
};

} // namespace Akademiplan
