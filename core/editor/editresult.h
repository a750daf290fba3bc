// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Akademiplan {

// What an edit through the ProjectEditor did: the new row's id, or why nothing changed.
struct EditResult
{
    bool ok = false;
    qint64 id = 0;
    QString error;
    QStringList warnings;
    int waitlisted = 0; // for enrolments: how many went on the waiting list

    explicit operator bool() const { return ok; }

    static EditResult success(qint64 id = 0)
    {
        EditResult result;
        result.ok = true;
        result.id = id;
        return result;
    }
    static EditResult failure(const QString &error)
    {
        EditResult result;
        result.error = error;
        return result;
    }
};

} // namespace Akademiplan
