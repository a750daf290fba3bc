// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "anyentity.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

namespace Akademiplan {

// One row's change: an insert has only `after`, a removal only `before`, an update both.
struct Change
{
    std::optional<AnyEntity> before;
    std::optional<AnyEntity> after;
};

// The rows one user action changes, applied as one transaction. Its inverse undoes it exactly,
// which is what makes a single generic undo command possible.
class ChangeSet
{
public:
    void insert(const AnyEntity &entity) { m_changes.push_back({std::nullopt, entity}); }
    void update(const AnyEntity &before, const AnyEntity &after) { m_changes.push_back({before, after}); }
    void remove(const AnyEntity &entity) { m_changes.push_back({entity, std::nullopt}); }
    void append(const ChangeSet &other)
    {
        m_changes.insert(m_changes.end(), other.m_changes.begin(), other.m_changes.end());
    }
    // Takes the other set's rows over rather than copying them: a track's removal holds a
    // quarter of a million rows at the stress size.
    void append(ChangeSet &&other)
    {
        m_changes.insert(m_changes.end(), std::make_move_iterator(other.m_changes.begin()),
                         std::make_move_iterator(other.m_changes.end()));
        other.m_changes.clear();
    }

    void reserve(std::size_t count) { m_changes.reserve(count); }
    const std::vector<Change> &changes() const { return m_changes; }
    std::vector<Change> &changes() { return m_changes; }
    bool isEmpty() const { return m_changes.empty(); }
    std::size_t size() const { return m_changes.size(); }

    // Turns the set into its inverse, in place: a large removal's undo needs no second copy of
    // every row. Reversed order, so that rows come back before the rows that refer to them.
    void invert()
    {
        std::reverse(m_changes.begin(), m_changes.end());
        for (Change &change : m_changes)
            std::swap(change.before, change.after);
    }

private:
    std::vector<Change> m_changes;
};

} // namespace Akademiplan
