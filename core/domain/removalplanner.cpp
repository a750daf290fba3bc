// SPDX-License-Identifier: MPL-2.0
#include "removalplanner.h"

#include "domain/entitydescription.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace Akademiplan {

RemovalPlanner::RemovalPlanner(const Project &project)
    : m_project(project)
{
}

ChangeSet RemovalPlanner::removalOf(EntityType type, const QList<qint64> &ids) const
{
    constexpr std::size_t typeCount = std::variant_size_v<AnyEntity>;
    std::array<QSet<qint64>, typeCount> removed;
    std::array<ChangeSet, typeCount> removals;
    std::array<ChangeSet, typeCount> clears;

    // Parents come before the rows that refer to them in EntityType's order, so one pass in that
    // order finds everything below the chosen rows; each child type is scanned once, and only
    // when one of its parents lost rows.
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        const std::size_t index = std::size_t(entityTypeOf<T>());
        const EntityList<T> &rows = m_project.list<T>();
        if (entityTypeOf<T>() == type) {
            for (qint64 id : ids)
                if (const T *row = rows.find(id))
                    removed[index].insert(row->id);
        }
        std::vector<const FieldDescription<T> *> affected;
        for (const FieldDescription<T> &field : descriptionOf<T>().fields)
            if (field.isReference() && !removed[std::size_t(field.reference.parent)].isEmpty())
                affected.push_back(&field);
        if (!affected.empty()) {
            for (const T &row : rows) {
                if (removed[index].contains(row.id))
                    continue;
                bool cascade = false;
                T cleared = row;
                for (const FieldDescription<T> *field : affected) {
                    if (!removed[std::size_t(field->reference.parent)].contains(row.*field->referenceMember))
                        continue;
                    if (field->reference.onParentRemoval == ParentRemoval::Cascade)
                        cascade = true;
                    else
                        cleared.*field->referenceMember = 0;
                }
                if (cascade)
                    removed[index].insert(row.id);
                else if (!(cleared == row))
                    clears[index].update(row, cleared);
            }
        }
        // In id order, which is the order rows come back in on undo.
        std::vector<qint64> gone(removed[index].begin(), removed[index].end());
        std::sort(gone.begin(), gone.end());
        for (qint64 id : gone)
            removals[index].remove(*rows.find(id));
    });

    // Rows go children first and come back parents first (ChangeSet::inverted). Room for every
    // row is made at once: grown append by append, a track's removal at the stress size would
    // hold twice its 100 MB while it grows and keep the spare half in the undo history.
    ChangeSet changes;
    std::size_t total = 0;
    for (std::size_t index = 0; index < typeCount; ++index)
        total += clears[index].size() + removals[index].size();
    changes.reserve(total);
    for (std::size_t index = typeCount; index-- > 0;) {
        changes.append(std::move(clears[index]));
        changes.append(std::move(removals[index]));
    }
    return changes;
}

int RemovalPlanner::countOf(EntityType counted, EntityType type, const QList<qint64> &ids) const
{
    const ChangeSet changes = removalOf(type, ids);
    return int(std::count_if(changes.changes().begin(), changes.changes().end(), [counted](const Change &change) {
        return !change.after && entityType(*change.before) == counted;
    }));
}

} // namespace Akademiplan
