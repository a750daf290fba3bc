// SPDX-License-Identifier: MPL-2.0
#include "projectafterchange.h"

namespace Akademiplan {

ProjectAfterChange::ProjectAfterChange(const Project &project)
    : m_project(project)
{
}

ProjectAfterChange::ProjectAfterChange(const Project &project, const ChangeSet &changes)
    : m_project(project)
{
    // Later changes of the same row win, as they would when applied in order.
    for (const Change &change : changes.changes()) {
        const AnyEntity &row = change.after ? *change.after : *change.before;
        std::visit(
            [&](const auto &entity) {
                using T = std::decay_t<decltype(entity)>;
                std::get<QHash<qint64, const T *>>(m_pending).insert(entity.id, change.after ? &entity : nullptr);
            },
            row);
    }
}

bool ProjectAfterChange::contains(EntityType type, qint64 id) const
{
    bool found = false;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (entityTypeOf<T>() == type)
            found = find<T>(id) != nullptr;
    });
    return found;
}

const Academy *ProjectAfterChange::academyOfActivity(qint64 activityId) const
{
    const Activity *activity = find<Activity>(activityId);
    const Track *track = activity ? find<Track>(activity->trackId) : nullptr;
    return track ? find<Academy>(track->academyId) : nullptr;
}

} // namespace Akademiplan
