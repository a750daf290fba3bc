// SPDX-License-Identifier: MPL-2.0
#include "partnershiptablemodel.h"

#include "editor/projecteditor.h"

namespace Akademiplan {

PartnershipTableModel::PartnershipTableModel(Document *document, ProjectEditor *editor, QObject *parent)
    : EntityTableModel<Partnership>(document, parent)
    , m_editor(editor)
{
}

QString PartnershipTableModel::placeText(const Project &project, const Partnership &partnership)
{
    if (const Activity *activity = project.activities.find(partnership.activityId)) {
        const Track *track = project.tracks.find(activity->trackId);
        return track ? tr("%1 (%2)", "an activity and its track").arg(activity->title, track->name) : activity->title;
    }
    if (const Track *track = project.tracks.find(partnership.trackId))
        return tr("The whole track %1").arg(track->name);
    return {};
}

int PartnershipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnershipTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Partnership &partnership = rowAt(index.row());
    switch (role) {
    case IdRole: return partnership.id;
    case OrganisationIdRole: return partnership.organisationId;
    case TrackIdRole: return partnership.trackId;
    case ActivityIdRole: return partnership.activityId;
    case Qt::DisplayRole:
    case Qt::EditRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Partner: {
        const Organisation *organisation = project().organisations.find(partnership.organisationId);
        return organisation ? organisation->name : QString();
    }
    case Place: return placeText(project(), partnership);
    case Note: return partnership.note;
    }
    return {};
}

QVariant PartnershipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Partner: return tr("Partner");
    case Place: return tr("Takes part in");
    case Note: return tr("What it does there");
    }
    return {};
}

Qt::ItemFlags PartnershipTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<Partnership>::flags(index);
    return index.isValid() && index.column() == Note ? base | Qt::ItemIsEditable : base;
}

bool PartnershipTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Note)
        return false;
    Partnership changed = rowAt(index.row());
    changed.note = value.toString().trimmed();
    return changed == rowAt(index.row()) || m_editor->update(changed).ok;
}

void PartnershipTableModel::relatedChanged(EntityType type, const QList<qint64> &)
{
    // A renamed partner, activity or track shows in every row that names it.
    if (type == EntityType::Organisation)
        columnChanged(Partner);
    else if (type == EntityType::Activity || type == EntityType::Track)
        columnChanged(Place);
}

} // namespace Akademiplan
