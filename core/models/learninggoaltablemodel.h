// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

class ProjectEditor;

// The learning goals of the project's tracks, one row each, editable in place. A view shows one
// academy's goals through a filter proxy on AcademyIdRole, in the plan's order by sorting on
// SortRole: by the track's place in the academy, then the goal's place in the track.
class LearningGoalTableModel : public EntityTableModel<LearningGoal>
{
    Q_OBJECT

public:
    enum Column { Track, Kind, Text, ColumnCount };
    enum Roles { AcademyIdRole = FirstCustomRole, TrackIdRole, SortRole };

    LearningGoalTableModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

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
