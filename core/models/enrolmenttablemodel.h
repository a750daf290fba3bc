// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

#include <QHash>

namespace Akademiplan {

class ProjectEditor;

// Every enrolment of the project with the person's name, role and organisation; a proxy shows
// those of one track or activity. The status is edited in place.
class EnrolmentTableModel : public EntityTableModel<Enrolment>
{
    Q_OBJECT

public:
    enum Column { Name, Role, Organisation, Status, ColumnCount };
    enum Roles {
        TrackIdRole = FirstCustomRole,
        ActivityIdRole,
        ParticipantIdRole,
        StatusRole, // the EnrolmentStatus as an int
        SearchTextRole
    };

    EnrolmentTableModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    void relatedChanged(EntityType type, const QList<qint64> &ids) override;

private:
    void indexRows(int first, int last, bool add);

    ProjectEditor *m_editor;
    // The enrolments of each person, so that renaming one person refreshes their few rows without
    // a pass over every enrolment (a million at the stress size). An enrolment's person never
    // changes, so the index follows only rows coming and going.
    QHash<qint64, QList<qint64>> m_enrolmentsOfPerson;
};

} // namespace Akademiplan
