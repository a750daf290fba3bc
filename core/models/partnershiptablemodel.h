// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

class ProjectEditor;

// The partnerships: which partner takes part in which track or activity, and what it does there.
// Views filter it by the partner, the track or the activity they show.
class PartnershipTableModel : public EntityTableModel<Partnership>
{
    Q_OBJECT

public:
    enum Column { Partner, Place, Note, ColumnCount };
    enum Roles { OrganisationIdRole = FirstCustomRole, TrackIdRole, ActivityIdRole };

    PartnershipTableModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Where a partnership is, as the consultant reads it: an activity's title with its track, or
    // a whole track.
    static QString placeText(const Project &project, const Partnership &partnership);

protected:
    void relatedChanged(EntityType type, const QList<qint64> &ids) override;

private:
    ProjectEditor *m_editor;
};

} // namespace Akademiplan
