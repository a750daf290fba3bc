// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

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
    ProjectEditor *m_editor;
};

} // namespace Akademiplan
