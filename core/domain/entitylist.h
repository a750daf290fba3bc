// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Akademiplan {

// The rows of one entity type, kept in id order in one plain vector so that a lookup is a binary
// search and a full scan touches contiguous memory, even at 100,000 enrolments.
template <typename T>
class EntityList
{
public:
    using const_iterator = typename std::vector<T>::const_iterator;

    const std::vector<T> &items() const { return m_items; }
    const_iterator begin() const { return m_items.begin(); }
    const_iterator end() const { return m_items.end(); }
    qsizetype size() const { return qsizetype(m_items.size()); }
    bool isEmpty() const { return m_items.empty(); }

    const T *find(qint64 id) const
    {
        const auto it = lowerBound(id);
        return it != m_items.end() && it->id == id ? &*it : nullptr;
    }

    bool contains(qint64 id) const { return find(id) != nullptr; }

    // The position a row with this id has, or would have once inserted.
    qsizetype positionOf(qint64 id) const { return qsizetype(lowerBound(id) - m_items.begin()); }
    const T &at(qsizetype position) const { return m_items[std::size_t(position)]; }

    // Ids are never handed out twice while a project is open, so an undone removal can come back
    // under its old id without clashing with something added meanwhile.
    qint64 allocateId() { return ++m_highestId; }

    void insert(const T &item)
    {
        const auto it = lowerBound(item.id);
        Q_ASSERT(it == m_items.end() || it->id != item.id);
        m_items.insert(it, item);
        m_highestId = std::max(m_highestId, item.id);
    }

    bool replace(const T &item)
    {
        const auto it = lowerBound(item.id);
        if (it == m_items.end() || it->id != item.id)
            return false;
        *it = item;
        return true;
    }

    // For loading: rows arrive sorted by id from one query.
    void assign(std::vector<T> items)
    {
        m_items = std::move(items);
        std::sort(m_items.begin(), m_items.end(), [](const T &a, const T &b) { return a.id < b.id; });
        m_highestId = m_items.empty() ? 0 : std::max(m_highestId, m_items.back().id);
    }

    // Bulk edits cost one pass over the list plus n log n in the rows they touch, instead of one
    // shift of the whole vector per row.
    void removeRange(qsizetype first, qsizetype last)
    {
        m_items.erase(m_items.begin() + first, m_items.begin() + last + 1);
    }
    // Rows whose ids are all above the row before `position` and below the row at it.
    void insertRange(qsizetype position, const std::vector<T> &rows)
    {
        m_items.insert(m_items.begin() + position, rows.begin(), rows.end());
        for (const T &row : rows)
            m_highestId = std::max(m_highestId, row.id);
    }
    // `ids` sorted ascending.
    void removeSorted(const std::vector<qint64> &ids)
    {
        auto next = ids.begin();
        const auto end = std::remove_if(m_items.begin(), m_items.end(), [&](const T &row) {
            while (next != ids.end() && *next < row.id)
                ++next;
            return next != ids.end() && *next == row.id;
        });
        m_items.erase(end, m_items.end());
    }
    // `rows` sorted by id, none of them in the list yet.
    void insertSorted(const std::vector<T> &rows)
    {
        const auto middle = m_items.insert(m_items.end(), rows.begin(), rows.end());
        std::inplace_merge(m_items.begin(), middle, m_items.end(),
                           [](const T &a, const T &b) { return a.id < b.id; });
        if (!rows.empty())
            m_highestId = std::max(m_highestId, rows.back().id);
    }

private:
    typename std::vector<T>::const_iterator lowerBound(qint64 id) const
    {
        return std::lower_bound(m_items.begin(), m_items.end(), id, [](const T &a, qint64 v) { return a.id < v; });
    }
    typename std::vector<T>::iterator lowerBound(qint64 id)
    {
        return std::lower_bound(m_items.begin(), m_items.end(), id, [](const T &a, qint64 v) { return a.id < v; });
    }

    std::vector<T> m_items;
    qint64 m_highestId = 0;
};

} // namespace Akademiplan
