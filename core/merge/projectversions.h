// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/entitydescription.h"
#include "domain/project.h"
#include "rowversion.h"
#include "storage/storedrow.h"

#include <QHash>
#include <QVariant>

#include <tuple>
#include <vector>

namespace Akademiplan {

// The rows of one version of a project (the consultant's, the returned copy, or the base they
// share), by UUID and type, ready to be compared with another version.
class ProjectVersions
{
public:
    template <typename T>
    using Rows = QHash<QUuid, RowVersion<T>>;

    static ProjectVersions of(const Project &project);
    // The rows a merge base keeps. False, with the reason, for a row this version cannot read.
    static bool fromStored(const std::vector<StoredRow> &stored, ProjectVersions &versions, QString *error);
    // The rows as a merge base keeps them.
    std::vector<StoredRow> toStored() const;

    template <typename T>
    const Rows<T> &rows() const
    {
        return std::get<Rows<T>>(m_rows);
    }
    template <typename T>
    Rows<T> &rows()
    {
        return std::get<Rows<T>>(m_rows);
    }

    // A field's stored value: as the file holds it, references as UUID text (null when empty).
    template <typename T>
    static QVariant value(const RowVersion<T> &version, qsizetype fieldIndex);
    // Whether two versions of a row hold the same in a field.
    template <typename T>
    static bool same(const RowVersion<T> &a, const RowVersion<T> &b, qsizetype fieldIndex);
    // The position of a reference field among the type's reference fields.
    template <typename T>
    static qsizetype referencePosition(qsizetype fieldIndex);

private:
    std::tuple<Rows<Academy>, Rows<Track>, Rows<Activity>, Rows<Session>, Rows<Organisation>, Rows<Participant>,
               Rows<Enrolment>, Rows<Attendance>, Rows<Partnership>, Rows<Dismissal>, Rows<CostLine>, Rows<StaffRate>,
               Rows<Funding>, Rows<ProgrammeTheory>, Rows<LearningGoal>, Rows<Indicator>, Rows<Measurement>,
               Rows<AgendaItem>>
        m_rows;
};

template <typename T>
qsizetype ProjectVersions::referencePosition(qsizetype fieldIndex)
{
    const auto &fields = descriptionOf<T>().fields;
    qsizetype position = 0;
    for (qsizetype i = 0; i < fieldIndex; ++i)
        position += fields[std::size_t(i)].isReference() ? 1 : 0;
    return position;
}

template <typename T>
QVariant ProjectVersions::value(const RowVersion<T> &version, qsizetype fieldIndex)
{
    const FieldDescription<T> &field = descriptionOf<T>().fields[std::size_t(fieldIndex)];
    if (!field.isReference())
        return field.store(version.row);
    const QUuid target = version.references.value(referencePosition<T>(fieldIndex));
    return target.isNull() ? QVariant() : QVariant(target.toString(QUuid::WithoutBraces));
}

template <typename T>
bool ProjectVersions::same(const RowVersion<T> &a, const RowVersion<T> &b, qsizetype fieldIndex)
{
    const FieldDescription<T> &field = descriptionOf<T>().fields[std::size_t(fieldIndex)];
    if (!field.isReference())
        return field.same(a.row, b.row);
    const qsizetype position = referencePosition<T>(fieldIndex);
    return a.references.value(position) == b.references.value(position);
}

} // namespace Akademiplan

