// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace Akademiplan {

// One save of the file, as its change log shows it.
struct RevisionRecord
{
    QUuid uuid;
    QUuid parentUuid; // null for the first save
    qint64 number = 0;
    QDateTime saved;
    QString author;      // empty in a copy shared without personal data
    QJsonObject summary; // counts per kind of change and entity type (see ChangeTally)

    bool operator==(const RevisionRecord &) const = default;
};

} // namespace Akademiplan
