// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

class ProjectEditor;

// All sessions of the project; a proxy shows those of one activity. Date, start, end and
// location are edited in place.
class SessionTableModel : public EntityTableModel<Session>
{
    Q_OBJECT

public:
    enum Column { Date, Weekday, Week, Start, End, Location, ColumnCount };
    enum Roles {
        ActivityIdRole = FirstCustomRole,
        SortRole // date and time as one sortable value
    };

    SessionTableModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    ProjectEditor *m_editor;
};

} // namespace Akademiplan
