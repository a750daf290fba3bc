// SPDX-License-Identifier: MPL-2.0
#include "rowidentities.h"

#include <QMutexLocker>

namespace Akademiplan {

void RowIdentities::add(EntityType type, qint64 id, const QUuid &uuid)
{
    const QMutexLocker lock(&m_mutex);
    m_uuids[std::size_t(type)].insert(id, uuid);
    m_ids[std::size_t(type)].insert(uuid, id);
}

QUuid RowIdentities::uuidOf(EntityType type, qint64 id) const
{
    const QMutexLocker lock(&m_mutex);
    return m_uuids[std::size_t(type)].value(id);
}

qint64 RowIdentities::idOf(EntityType type, const QUuid &uuid) const
{
    const QMutexLocker lock(&m_mutex);
    return m_ids[std::size_t(type)].value(uuid, -1);
}

void RowIdentities::clear()
{
    const QMutexLocker lock(&m_mutex);
    for (auto &uuids : m_uuids)
        uuids.clear();
    for (auto &ids : m_ids)
        ids.clear();
}

} // namespace Akademiplan
