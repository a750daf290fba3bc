// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "changeset.h"
#include "project.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <tuple>

namespace Akademiplan {

namespace Detail {
template <typename Variant>
struct PendingRows;
template <typename... Types>
struct PendingRows<std::variant<Types...>>
{
    using Type = std::tuple<QHash<qint64, const Types *>...>;
};
} // namespace Detail

// The project as it would be after a change set, without changing it: the rules check a change
// against this view (related rows added together see each other), and the in-memory project is
// touched only once the change is written. Lookups cost a hash lookup and a binary search.
class ProjectAfterChange
{
public:
    ProjectAfterChange(const Project &project, const ChangeSet &changes);
    explicit ProjectAfterChange(const Project &project);

    template <typename T>
    const T *find(qint64 id) const
    {
        const auto &pending = std::get<QHash<qint64, const T *>>(m_pending);
        const auto it = pending.constFind(id);
        return it != pending.constEnd() ? *it : m_project.list<T>().find(id);
    }

    bool contains(EntityType type, qint64 id) const;
    const Academy *academyOfActivity(qint64 activityId) const;
    // Whether the person holds a place in the activity (Enrolment::expectsAttendance()). The
    // first question builds an index of every enrolment once, so that checking a whole grid of
    // attendance costs one pass over the enrolments, not one per record.
    bool expectsAttendance(qint64 participantId, qint64 activityId) const;
    const Project &project() const { return m_project; }

private:
    const Project &m_project;
    // Per type: the rows the change set adds or alters, and nullptr for the ones it removes.
    Detail::PendingRows<AnyEntity>::Type m_pending;
    mutable std::optional<QSet<std::pair<qint64, qint64>>> m_placeHolders; // (participant, activity)
};

} // namespace Akademiplan
