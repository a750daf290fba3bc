// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Akademiplan {

// One time a project file was shared: in the sharer's file one for each copy made, in a shared
// copy the one that made it.
struct ShareRecord
{
    QUuid uuid;
    QUuid revisionUuid; // the sharer's revision the copy was made from
    QDateTime shared;
    QString recipient; // as the sharer typed it; may be empty
    bool withoutPersonalData = false;
    bool withoutFreeText = false;

    bool operator==(const ShareRecord &) const = default;
};

} // namespace Akademiplan
