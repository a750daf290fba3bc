// SPDX-License-Identifier: MPL-2.0
#include "learninggoaltablemodel.h"

#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "evaluation/evaluationdrafts.h"

namespace Akademiplan {

LearningGoalTableModel::LearningGoalTableModel(Document *document, ProjectEditor *editor, QObject *parent)
    : EntityTableModel<LearningGoal>(document, parent)
    , m_editor(editor)
{
}

int LearningGoalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LearningGoalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const LearningGoal &goal = rowAt(index.row());
    const Akademiplan::Track *track = project().tracks.find(goal.trackId);
    switch (role) {
    case IdRole: return goal.id;
    case AcademyIdRole: return track ? track->academyId : 0;
    case TrackIdRole: return goal.trackId;
    case SortRole:
        switch (index.column()) {
        case Kind: return int(goal.kind);
        case Text: return goal.text.toLower();
        // The track's place first, the goal's within it: a track holds far fewer than 100,000 goals.
        default: return qint64(track ? track->position : 0) * 100'000 + goal.position;
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Track: return goal.trackId;
        case Kind: return int(goal.kind);
        case Text: return goal.text;
        }
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Track: return track ? track->name : QString();
        case Kind: return DomainLabels::label(goal.kind);
        case Text: return goal.text;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return goal.text;
        break;
    }
    return {};
}

QVariant LearningGoalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Kind)
        return tr("What the participants will know, be able to do, or take responsibility for afterwards");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Track: return tr("Track");
    case Kind: return tr("Kind");
    case Text: return tr("Learning goal");
    }
    return {};
}

Qt::ItemFlags LearningGoalTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<LearningGoal>::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

bool LearningGoalTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    LearningGoal changed = rowAt(index.row());
    switch (index.column()) {
    case Track: {
        const qint64 trackId = value.toLongLong();
        if (trackId == changed.trackId)
            return true;
        // Into another track the goal goes last, as a new one would.
        changed.trackId = trackId;
        changed.position = EvaluationDrafts::endOfTrack(project(), trackId);
        break;
    }
    case Kind: changed.kind = LearningGoalKind(value.toInt()); break;
    case Text: changed.text = value.toString().trimmed(); break;
    default: return false;
    }
    return changed == rowAt(index.row()) || m_editor->update(changed).ok;
}

void LearningGoalTableModel::relatedChanged(EntityType type, const QList<qint64> &)
{
    if (type != EntityType::Track)
        return;
    columnChanged(Track);
}

} // namespace Akademiplan
