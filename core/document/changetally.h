// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "domain/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace Akademiplan {

// What changed since the last save, for the file's change log: each row as it was when it was
// first touched, so that a row changed and changed back, or added and removed again, counts for
// nothing. The cost follows the rows edited, never the size of the project.
class ChangeTally
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ChangeTally)

public:
    // The rows of a change set as written, before the project in memory changes.
    void note(const ChangeSet &changes);
    // Counts per kind of change ("added", "changed", "moved" for a session's date or time,
    // "removed") and entity type, against the project as it is now.
    QJsonObject summary(const Project &now) const;
    void clear();
    // The changes since the last save are not all known (work recovered after a crash, a write
    // taken back): the summary says so.
    void setIncomplete() { m_incomplete = true; }
    // The save records that a copy was shared, which changes no row.
    void noteShare() { m_shared = true; }
    // Nothing to record since the last save.
    bool isEmpty() const { return m_touched.isEmpty() && !m_incomplete && !m_shared; }

    // The summary in words, in the UI language: "3 sessions moved, 12 participants added".
    static QString describe(const QJsonObject &summary);

private:
    struct FirstTouch
    {
        EntityType type = EntityType::Academy;
        qint64 id = 0;
        bool existed = false;            // the row was in the file at the last save
        // Its fields then, kept for a row first changed in place. A row first removed keeps none:
        // a large removal would otherwise hold a second copy of every row it took (the undo step
        // holds one); if it comes back it comes back as it was.
        std::optional<AnyEntity> before;
    };
    QHash<QUuid, FirstTouch> m_touched;
    bool m_incomplete = false;
    bool m_shared = false;
};

} // namespace Akademiplan
