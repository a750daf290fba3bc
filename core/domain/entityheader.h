// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDateTime>
#include <QUuid>

namespace Akademiplan {

// What every row of the project carries besides its own fields. The id is local to one file;
// the UUID travels with the row to every copy. The modification time and the change counter
// only ever go up, undo included: calendars (SEQUENCE) and a three-way merge of a returned copy
// rely on that to tell which version of a row is newer.
struct EntityHeader
{
    qint64 id = 0;
    QUuid uuid;
    QDateTime modified;
    qint64 changeCounter = 0; // 0 until the row is first written; 1 for a new row

    bool operator==(const EntityHeader &) const = default;
};

} // namespace Akademiplan
