// SPDX-License-Identifier: MPL-2.0
#include "projectversions.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Akademiplan {

namespace {

// Keeps the messages of reading a base in the store's translation context, beside its others.
QString unreadableBase()
{
    return QCoreApplication::translate("Akademiplan::ProjectStore",
                                       "The file's record of a shared revision cannot be read.");
}

} // namespace

ProjectVersions ProjectVersions::of(const Project &project)
{
    ProjectVersions versions;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        const auto &fields = descriptionOf<T>().fields;
        Rows<T> &rows = versions.rows<T>();
        rows.reserve(project.list<T>().size());
        for (const T &row : project.list<T>()) {
            RowVersion<T> version{row, {}};
            for (const FieldDescription<T> &field : fields) {
                if (!field.isReference())
                    continue;
                QUuid target;
                forEachEntityType([&](auto parent) {
                    using P = decltype(parent);
                    if (entityTypeOf<P>() == field.reference.parent)
                        if (const P *found = project.list<P>().find(row.*field.referenceMember))
                            target = found->uuid;
                });
                version.references.append(target);
            }
            rows.insert(row.uuid, std::move(version));
        }
    });
    return versions;
}

bool ProjectVersions::fromStored(const std::vector<StoredRow> &stored, ProjectVersions &versions, QString *error)
{
    versions = ProjectVersions();
    for (const StoredRow &row : stored) {
        const QJsonObject values = QJsonDocument::fromJson(row.fields.toUtf8()).object();
        bool ok = true;
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if (entityTypeOf<T>() != row.type)
                return;
            RowVersion<T> version{T{}, {}};
            version.row.uuid = row.uuid;
            version.row.changeCounter = row.changeCounter;
            if (!loadStoredFields(version.row, version.references, values))
                ok = false;
            versions.rows<T>().insert(row.uuid, std::move(version));
        });
        if (!ok) {
            *error = unreadableBase();
            return false;
        }
    }
    return true;
}

std::vector<StoredRow> ProjectVersions::toStored() const
{
    std::vector<StoredRow> stored;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        const auto &fields = descriptionOf<T>().fields;
        for (auto it = rows<T>().cbegin(); it != rows<T>().cend(); ++it) {
            QJsonObject values;
            for (qsizetype i = 0; i < qsizetype(fields.size()); ++i)
                values.insert(fields[std::size_t(i)].column, QJsonValue::fromVariant(value(*it, i)));
            stored.push_back({entityTypeOf<T>(), it.key(), std::max<qint64>(1, it->row.changeCounter),
                              QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))});
        }
    });
    return stored;
}

} // namespace Akademiplan
