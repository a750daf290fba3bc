// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "mergerecord.h"
#include "revisionrecord.h"
#include "sharerecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Akademiplan {

// What the file says about itself: whose it is and where it comes from.
struct ProjectInfo
{
    QUuid uuid;                // made when the project is created, the same in every copy
    int municipalityCode = 0;  // kommunekode
    QString municipalityName;
    QDateTime created;
    qint64 revision = 0;        // increased by each save
    qint64 basedOnRevision = 0; // in a shared copy: the revision it was made from
    QUuid revisionUuid;         // the revision the file holds; null until first saved
    QUuid basedOnRevisionUuid;  // in a shared copy: the sharer's revision it was made from
    QList<ShareRecord> shares;  // each copy made of this file; in a shared copy, the one that made it
    QList<RevisionRecord> history; // every save, oldest first: the file's change log
    QList<MergeRecord> merges;     // each returned copy taken in, oldest first

    // In a copy someone shared: how it was made. Null in a file that was not made as a copy.
    const ShareRecord *sharedCopy() const
    {
        if (basedOnRevisionUuid.isNull())
            return nullptr;
        for (const ShareRecord &share : shares)
            if (share.revisionUuid == basedOnRevisionUuid)
                return &share;
        return nullptr;
    }

    bool operator==(const ProjectInfo &) const = default;
};

} // namespace Akademiplan
