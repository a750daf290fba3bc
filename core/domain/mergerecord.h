// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Akademiplan {

// One returned copy taken in by a merge: recorded by the save that holds the merge.
struct MergeRecord
{
    QUuid uuid;
    QUuid revisionUuid;      // the save of this file that holds the merge
    QUuid theirRevisionUuid; // the revision of the returned copy that was taken in
    QString theirFile;       // its file name, without the folder
    QDateTime merged;
    bool withoutPersonalData = false; // the returned copy had been shared without personal data
    bool withoutFreeText = false;

    bool operator==(const MergeRecord &) const = default;
};

} // namespace Akademiplan
