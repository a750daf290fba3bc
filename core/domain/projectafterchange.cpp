// SPDX-License-Identifier: MPL-2.0
#include "projectafterchange.h"

#include <array>

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
    // One lookup function per type, chosen by index: reading a file checks a reference of every
    // one of a million rows.
    using Lookup = bool (*)(const ProjectAfterChange &, qint64);
    static constexpr auto lookups = []<std::size_t... Index>(std::index_sequence<Index...>) {
        return std::array<Lookup, sizeof...(Index)>{[](const ProjectAfterChange &view, qint64 row) {
            return view.find<std::variant_alternative_t<Index, AnyEntity>>(row) != nullptr;
        }...};
    }(std::make_index_sequence<std::variant_size_v<AnyEntity>>{});
    return lookups[std::size_t(type)](*this, id);
}

bool ProjectAfterChange::expectsAttendance(qint64 participantId, qint64 activityId) const
{
    if (!m_placeHolders) {
        QSet<std::pair<qint64, qint64>> holders;
        const auto &pending = std::get<QHash<qint64, const Enrolment *>>(m_pending);
        for (const Enrolment &enrolment : m_project.enrolments)
            if (!pending.contains(enrolment.id) && enrolment.expectsAttendance())
                holders.insert({enrolment.participantId, enrolment.activityId});
        for (const Enrolment *enrolment : pending)
            if (enrolment && enrolment->expectsAttendance())
                holders.insert({enrolment->participantId, enrolment->activityId});
        m_placeHolders = std::move(holders);
    }
    return m_placeHolders->contains({participantId, activityId});
}

const Academy *ProjectAfterChange::academyOfActivity(qint64 activityId) const
{
    const Activity *activity = find<Activity>(activityId);
    const Track *track = activity ? find<Track>(activity->trackId) : nullptr;
    return track ? find<Academy>(track->academyId) : nullptr;
}

} // namespace Akademiplan
