// SPDX-License-Identifier: MPL-2.0
#include "projectarchive.h"

#include "domain/entitydescription.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace Akademiplan {

namespace {

constexpr std::size_t typeCount = std::variant_size_v<AnyEntity>;

QUuid uuidOfRow(const Project &project, EntityType type, qint64 id)
{
    QUuid uuid;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (entityTypeOf<T>() == type)
            if (const T *row = project.list<T>().find(id))
                uuid = row->uuid;
    });
    return uuid;
}

template <typename T>
QString archivedFields(const T &row, bool removed, const ProjectArchive::UuidOfRow &uuidOf)
{
    // A tombstone keeps what names no one (see ProjectStore), and nothing of a row about a person.
    if (removed && concernsPerson<T>())
        return {};
    QJsonObject values;
    for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
        if (removed && field.personalData != PersonalData::None)
            continue;
        if (!field.isReference()) {
            values.insert(field.column, QJsonValue::fromVariant(field.store(row)));
            continue;
        }
        const qint64 target = row.*field.referenceMember;
        const QUuid uuid = target == 0 ? QUuid() : uuidOf(field.reference.parent, target);
        values.insert(field.column, uuid.isNull() ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(uuid.toString(QUuid::WithoutBraces)));
    }
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

} // namespace

ProjectArchive ProjectArchive::of(const Project &project, const std::vector<Tombstone> &tombstones)
{
    ProjectArchive archive;
    archive.info = project.info;
    const UuidOfRow uuidOf = [&project](EntityType type, qint64 id) { return uuidOfRow(project, type, id); };
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (const T &row : project.list<T>())
            archive.rows.push_back({{entityTypeOf<T>(), row.uuid, row.changeCounter, archivedFields(row, false, uuidOf)},
                                    row.modified,
                                    false,
                                    {}});
    });
    for (const Tombstone &tombstone : tombstones)
        archive.rows.push_back({tombstone.row, tombstone.deleted, true, {}});
    return archive;
}

ArchivedRow ProjectArchive::archived(const AnyEntity &row, bool removed, const UuidOfRow &uuidOf)
{
    return std::visit(
        [&](const auto &entity) {
            using T = std::decay_t<decltype(entity)>;
            return ArchivedRow{{entityTypeOf<T>(), entity.uuid, entity.changeCounter,
                                archivedFields(entity, removed, uuidOf)},
                               entity.modified,
                               removed,
                               {}};
        },
        row);
}

bool ProjectArchive::entityOf(const ArchivedRow &archived, AnyEntity &row, QList<QUuid> &references)
{
    bool ok = false;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (entityTypeOf<T>() != archived.row.type)
            return;
        T loaded;
        loaded.uuid = archived.row.uuid;
        loaded.modified = archived.modified;
        loaded.changeCounter = archived.row.changeCounter;
        const QJsonObject values = QJsonDocument::fromJson(archived.row.fields.toUtf8()).object();
        ok = loadStoredFields(loaded, references, values) && !loaded.uuid.isNull() && loaded.modified.isValid();
        row = std::move(loaded);
    });
    return ok;
}

bool ProjectArchive::resolve(AnyEntity &row, const QList<QUuid> &references, const IdOfRow &idOf)
{
    return std::visit(
        [&](auto &entity) {
            using T = std::decay_t<decltype(entity)>;
            qsizetype position = 0;
            for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
                if (!field.isReference())
                    continue;
                const QUuid target = references.value(position++);
                qint64 &id = entity.*field.referenceMember;
                id = target.isNull() ? 0 : idOf(field.reference.parent, target);
                if (id < 0 || (id == 0 && field.reference.required))
                    return false;
            }
            return true;
        },
        row);
}

bool ProjectArchive::unpack(Project &project, std::vector<Tombstone> &tombstones, QString *error) const
{
    // Row ids in the order of the rows, type by type, so that every reference can be resolved
    // whatever order the types come in.
    std::array<QHash<QUuid, qint64>, typeCount> ids;
    for (const ArchivedRow &archived : rows)
        if (!archived.removed) {
            QHash<QUuid, qint64> &ofType = ids[std::size_t(archived.row.type)];
            ofType.insert(archived.row.uuid, ofType.size() + 1);
        }
    const IdOfRow idOf = [&ids](EntityType type, const QUuid &uuid) { return ids[std::size_t(type)].value(uuid, -1); };
    Project unpacked;
    unpacked.info = info;
    bool ok = true;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (!ok)
            return;
        std::vector<T> list;
        list.reserve(std::size_t(ids[std::size_t(entityTypeOf<T>())].size()));
        for (const ArchivedRow &archived : rows) {
            if (archived.removed || archived.row.type != entityTypeOf<T>())
                continue;
            AnyEntity loaded;
            QList<QUuid> references;
            if (!entityOf(archived, loaded, references)) {
                *error = tr("The %1 %2 has a value this version of Akademiplan cannot read.")
                             .arg(QString(descriptionOf<T>().table), archived.row.uuid.toString(QUuid::WithoutBraces));
                ok = false;
                return;
            }
            std::get<T>(loaded).id = qint64(list.size()) + 1;
            if (!resolve(loaded, references, idOf)) {
                *error = tr("The %1 %2 refers to a row that is not there.")
                             .arg(QString(descriptionOf<T>().table), archived.row.uuid.toString(QUuid::WithoutBraces));
                ok = false;
                return;
            }
            T row = std::get<T>(std::move(loaded));
            list.push_back(std::move(row));
        }
        unpacked.list<T>().assign(std::move(list));
    });
    if (!ok)
        return false;
    tombstones.clear();
    for (const ArchivedRow &archived : rows)
        if (archived.removed)
            tombstones.push_back({archived.row, archived.modified});
    project = std::move(unpacked);
    return true;
}

bool ProjectArchive::rollBackToShare(const QUuid &share)
{
    const auto base = shareBases.constFind(share);
    if (base == shareBases.cend())
        return false;
    QHash<QUuid, const StoredRow *> then;
    then.reserve(qsizetype(base->size()));
    for (const StoredRow &row : *base)
        then.insert(row.uuid, &row);
    std::vector<ArchivedRow> shared;
    shared.reserve(rows.size());
    for (ArchivedRow &row : rows) {
        const StoredRow *before = then.value(row.row.uuid);
        if (!before) {
            // A tombstone the base knows nothing of was removed before the share, or added and
            // removed since: either way the copy never had the row.
            if (row.removed)
                shared.push_back(std::move(row));
            continue;
        }
        if (row.removed || row.row.changeCounter != before->changeCounter) {
            row.row = *before;
            row.removed = false;
        }
        shared.push_back(std::move(row));
    }
    rows = std::move(shared);
    return true;
}

} // namespace Akademiplan
