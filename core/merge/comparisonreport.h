// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "comparison.h"

#include <QJsonObject>

namespace Akademiplan {

// A comparison as JSON, for --compare and scripts: every difference with its entity type, UUID,
// label, the kind of change on each side, and the fields with base, mine and theirs.
class ComparisonReport
{
public:
    static QJsonObject toJson(const CopyComparison &comparison, const QString &mineFile);
    static QString rowChangeKey(RowChange change);
};

} // namespace Akademiplan
