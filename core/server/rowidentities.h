// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"

#include <QHash>
#include <QMutex>
#include <QUuid>

#include <array>
#include <variant>

namespace Akademiplan {

// Which local row id stands for which UUID in a project opened from a team server. The server
// knows rows only by UUID; the window, the commands and the models know them by id. The
// document adds a row's identity when the row first reaches memory, from the server or from an
// edit; the store's thread reads them to write references as UUIDs. Ids are never reused while
// a project is open, so an identity is never taken back.
class RowIdentities
{
public:
    void add(EntityType type, qint64 id, const QUuid &uuid);
    // A null UUID for an id that was never added.
    QUuid uuidOf(EntityType type, qint64 id) const;
    // -1 for a UUID that was never added.
    qint64 idOf(EntityType type, const QUuid &uuid) const;
    // When the project is read again, with ids of its own.
    void clear();

private:
    static constexpr std::size_t typeCount = std::variant_size_v<AnyEntity>;
    mutable QMutex m_mutex;
    std::array<QHash<qint64, QUuid>, typeCount> m_uuids;
    std::array<QHash<QUuid, qint64>, typeCount> m_ids;
};

} // namespace Akademiplan
