// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/mergerecord.h"
#include "storedrow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Akademiplan {

// A returned copy taken in since the last save, and its rows as they came: the base of the next
// merge with a later version of that copy.
struct TakenInCopy
{
    MergeRecord record;
    std::shared_ptr<const std::vector<StoredRow>> base;
};

// What a save records beside the new revision: who saved it, what changed, and which returned
// copies it takes in.
struct RevisionNote
{
    QString author;
    QJsonObject summary;
    QList<TakenInCopy> merges;
};

} // namespace Akademiplan
