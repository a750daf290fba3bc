// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

class ProjectEditor;

// The organisations participants belong to: municipal departments and external partners.
class OrganisationTableModel : public EntityTableModel<Organisation>
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Members, ColumnCount };

    OrganisationTableModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void countMembers();

    ProjectEditor *m_editor;
    QHash<qint64, int> m_members;
    QHash<qint64, qint64> m_organisationOf; // participant id to organisation id, to count a move
};

} // namespace Akademiplan
