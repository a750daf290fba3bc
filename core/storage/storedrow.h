// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"

#include <QString>
#include <QUuid>

namespace Akademiplan {

// A row as a merge base keeps it: its fields as a JSON object of column and stored value, with
// references as the UUIDs of the rows they point to, since row ids are local to one file.
struct StoredRow
{
    EntityType type = EntityType::Academy;
    QUuid uuid;
    qint64 changeCounter = 1;
    QString fields;
};

} // namespace Akademiplan
