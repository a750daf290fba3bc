// SPDX-License-Identifier: MPL-2.0
#include "academytreemodel.h"

#include "editor/projecteditor.h"
#include "domain/domainlabels.h"

#include <QMimeData>

#include <algorithm>
#include <tuple>

namespace Akademiplan {

namespace {

// An index's internal id holds the node's type in the top bits and its row id below.
constexpr int typeShift = 56;

quintptr pack(EntityType type, qint64 id)
{
    return (quintptr(type) << typeShift) | quintptr(id);
}

EntityType parentTypeOf(EntityType type)
{
    return type == EntityType::Activity ? EntityType::Track : EntityType::Academy;
}

constexpr char navigatorRowMimeType[] = "application/x-akademiplan-navigator-row";

bool isTreeType(EntityType type)
{
    return type == EntityType::Academy || type == EntityType::Track || type == EntityType::Activity;
}

} // namespace

AcademyTreeModel::AcademyTreeModel(Document *document, ProjectEditor *editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_editor(editor)
{
    rebuild();
    followDocument();
}

EntityType AcademyTreeModel::typeOf(const QModelIndex &index)
{
    return EntityType(index.internalId() >> typeShift);
}

qint64 AcademyTreeModel::idOf(const QModelIndex &index)
{
    return qint64(index.internalId() & ((quintptr(1) << typeShift) - 1));
}

void AcademyTreeModel::rebuild()
{
    const Project &project = m_document->project();
    m_academies.clear();
    m_tracks.clear();
    m_activities.clear();
    m_trackParent.clear();
    m_activityParent.clear();
    for (const Academy &academy : project.academies)
        m_academies.push_back(academy.id);
    for (const Track &track : project.tracks) {
        m_tracks[track.academyId].push_back(track.id);
        m_trackParent.insert(track.id, track.academyId);
    }
    for (const Activity &activity : project.activities) {
        m_activities[activity.trackId].push_back(activity.id);
        m_activityParent.insert(activity.id, activity.trackId);
    }
    for (auto &siblings : m_tracks)
        std::sort(siblings.begin(), siblings.end(),
                  [this](qint64 a, qint64 b) { return comesBefore(EntityType::Track, a, b); });
    for (auto &siblings : m_activities)
        std::sort(siblings.begin(), siblings.end(),
                  [this](qint64 a, qint64 b) { return comesBefore(EntityType::Activity, a, b); });
}

bool AcademyTreeModel::comesBefore(EntityType type, qint64 a, qint64 b) const
{
    const Project &project = m_document->project();
    const auto byPosition = [a, b](const auto &rows) {
        return std::tie(rows.find(a)->position, a) < std::tie(rows.find(b)->position, b);
    };
    if (type == EntityType::Track)
        return byPosition(project.tracks);
    if (type == EntityType::Activity)
        return byPosition(project.activities);
    return a < b;
}

void AcademyTreeModel::followDocument()
{
    const auto idsAt = [this](EntityType type, int first, int last) {
        std::vector<qint64> ids;
        const Project &project = m_document->project();
        for (int row = first; row <= last; ++row)
            ids.push_back(type == EntityType::Academy ? project.academies.at(row).id
                          : type == EntityType::Track ? project.tracks.at(row).id
                                                      : project.activities.at(row).id);
        return ids;
    };
    connect(m_document, &Document::rowsInserted, this, [this, idsAt](EntityType type, int first, int last) {
        if (isTreeType(type))
            for (qint64 id : idsAt(type, first, last))
                insertNode(type, id);
    });
    connect(m_document, &Document::rowsAboutToBeRemoved, this, [this, idsAt](EntityType type, int first, int last) {
        if (isTreeType(type))
            for (qint64 id : idsAt(type, first, last))
                removeNode(type, id);
    });
    connect(m_document, &Document::rowsAboutToBeReset, this, [this](EntityType type) {
        if (isTreeType(type))
            beginResetModel();
    });
    connect(m_document, &Document::rowsReset, this, [this](EntityType type) {
        if (!isTreeType(type))
            return;
        rebuild();
        endResetModel();
    });
    connect(m_document, &Document::rowsChanged, this, [this](EntityType type, const QList<qint64> &ids) {
        if (isTreeType(type))
            for (qint64 id : ids)
                updateNode(type, id);
    });
}

void AcademyTreeModel::updateNode(EntityType type, qint64 id)
{
    const QModelIndex node = indexOf(type, id);
    if (!node.isValid())
        return;
    // A new parent or a new place among the siblings moves the row; else it just changes.
    const Project &project = m_document->project();
    bool moved = false;
    if (type == EntityType::Track || type == EntityType::Activity) {
        const bool newParent = type == EntityType::Track
                                   ? project.tracks.find(id)->academyId != m_trackParent.value(id)
                                   : project.activities.find(id)->trackId != m_activityParent.value(id);
        const std::vector<qint64> &siblings = *childrenOf(parentTypeOf(type), parentIdOf(type, id));
        const std::size_t row = std::size_t(node.row());
        moved = newParent || (row > 0 && comesBefore(type, id, siblings[row - 1]))
                || (row + 1 < siblings.size() && comesBefore(type, siblings[row + 1], id));
    }
    if (!moved) {
        emit dataChanged(node, node);
        return;
    }
    // A moved track keeps its activities; removeNode() forgets them as for a deletion.
    const std::vector<qint64> activities =
        type == EntityType::Track ? m_activities.value(id) : std::vector<qint64>{};
    removeNode(type, id);
    if (!activities.empty()) {
        m_activities.insert(id, activities);
        for (qint64 activity : activities)
            m_activityParent.insert(activity, id);
    }
    insertNode(type, id);
}

qint64 AcademyTreeModel::parentIdOf(EntityType type, qint64 id) const
{
    if (type == EntityType::Track)
        return m_trackParent.value(id);
    if (type == EntityType::Activity)
        return m_activityParent.value(id);
    return 0;
}

std::vector<qint64> *AcademyTreeModel::childrenOf(EntityType parentType, qint64 parentId)
{
    switch (parentType) {
    case EntityType::Academy: return &m_tracks[parentId];
    case EntityType::Track: return &m_activities[parentId];
    default: return &m_academies;
    }
}

const std::vector<qint64> *AcademyTreeModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return &m_academies;
    const auto &map = typeOf(parent) == EntityType::Academy ? m_tracks : m_activities;
    const auto it = map.constFind(idOf(parent));
    return it == map.constEnd() || typeOf(parent) == EntityType::Activity ? nullptr : &*it;
}

std::size_t AcademyTreeModel::insertPosition(EntityType type, const std::vector<qint64> &siblings, qint64 id) const
{
    return std::size_t(std::upper_bound(siblings.begin(), siblings.end(), id,
                                        [&](qint64 a, qint64 b) { return comesBefore(type, a, b); })
                       - siblings.begin());
}

void AcademyTreeModel::insertNode(EntityType type, qint64 id)
{
    const Project &project = m_document->project();
    qint64 parentId = 0;
    EntityType parentType = EntityType::Academy;
    QModelIndex parentIndex;
    if (type == EntityType::Track) {
        parentId = project.tracks.find(id)->academyId;
        parentIndex = indexOf(EntityType::Academy, parentId);
    } else if (type == EntityType::Activity) {
        parentId = project.activities.find(id)->trackId;
        parentType = EntityType::Track;
        parentIndex = indexOf(EntityType::Track, parentId);
    }
    if (type != EntityType::Academy && !parentIndex.isValid())
        return; // a row whose parent is not in the tree (a file that breaks a rule) is not shown
    std::vector<qint64> &siblings = *childrenOf(type == EntityType::Academy ? EntityType::Session : parentType, parentId);
    const std::size_t row = insertPosition(type, siblings, id);
    beginInsertRows(parentIndex, int(row), int(row));
    siblings.insert(siblings.begin() + std::ptrdiff_t(row), id);
    if (type == EntityType::Track)
        m_trackParent.insert(id, parentId);
    else if (type == EntityType::Activity)
        m_activityParent.insert(id, parentId);
    endInsertRows();
}

void AcademyTreeModel::removeNode(EntityType type, qint64 id)
{
    const QModelIndex node = indexOf(type, id);
    if (!node.isValid())
        return;
    const qint64 parentId = parentIdOf(type, id);
    std::vector<qint64> &siblings =
        *childrenOf(type == EntityType::Academy ? EntityType::Session
                    : type == EntityType::Track ? EntityType::Academy
                                                : EntityType::Track,
                    parentId);
    beginRemoveRows(node.parent(), node.row(), node.row());
    siblings.erase(siblings.begin() + node.row());
    // The rows below go with it; their own removals, announced after, then find nothing.
    if (type == EntityType::Academy) {
        for (qint64 track : m_tracks.take(id)) {
            for (qint64 activity : m_activities.take(track))
                m_activityParent.remove(activity);
            m_trackParent.remove(track);
        }
    } else if (type == EntityType::Track) {
        for (qint64 activity : m_activities.take(id))
            m_activityParent.remove(activity);
        m_trackParent.remove(id);
    } else {
        m_activityParent.remove(id);
    }
    endRemoveRows();
}

QModelIndex AcademyTreeModel::indexOf(EntityType type, qint64 id) const
{
    const std::vector<qint64> *siblings = nullptr;
    if (type == EntityType::Academy) {
        siblings = &m_academies;
    } else {
        const auto &map = type == EntityType::Track ? m_tracks : m_activities;
        const auto it = map.constFind(parentIdOf(type, id));
        if (it == map.constEnd())
            return {};
        siblings = &*it;
    }
    const auto it = std::find(siblings->begin(), siblings->end(), id);
    if (it == siblings->end())
        return {};
    return createIndex(int(it - siblings->begin()), 0, pack(type, id));
}

QModelIndex AcademyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const std::vector<qint64> *children = childrenOf(parent);
    if (!children || row < 0 || row >= int(children->size()) || column != 0)
        return {};
    const EntityType type = !parent.isValid()                         ? EntityType::Academy
                            : typeOf(parent) == EntityType::Academy ? EntityType::Track
                                                                      : EntityType::Activity;
    return createIndex(row, column, pack(type, (*children)[std::size_t(row)]));
}

QModelIndex AcademyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    switch (typeOf(child)) {
    case EntityType::Track: return indexOf(EntityType::Academy, m_trackParent.value(idOf(child)));
    case EntityType::Activity: return indexOf(EntityType::Track, m_activityParent.value(idOf(child)));
    default: return {};
    }
}

int AcademyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const std::vector<qint64> *children = childrenOf(parent);
    return children ? int(children->size()) : 0;
}

int AcademyTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant AcademyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Project &project = m_document->project();
    const qint64 id = idOf(index);
    if (role == IdRole)
        return id;
    if (role == EntityTypeRole)
        return int(typeOf(index));
    switch (typeOf(index)) {
    case EntityType::Academy:
        if (const Academy *academy = project.academies.find(id)) {
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return academy->name;
            if (role == Qt::DecorationRole)
                return m_icons.academy();
            if (role == Qt::ToolTipRole)
                return DomainLabels::label(academy->status);
        }
        break;
    case EntityType::Track:
        if (const Track *track = project.tracks.find(id)) {
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return track->name;
            if (role == Qt::DecorationRole)
                return m_icons.track(track->colour);
            if (role == Qt::ToolTipRole)
                return track->targetGroup;
        }
        break;
    case EntityType::Activity:
        if (const Activity *activity = project.activities.find(id)) {
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return activity->title;
            if (role == Qt::DecorationRole)
                return m_icons.activity(activity->kind);
            if (role == Qt::ToolTipRole)
                return DomainLabels::label(activity->kind);
        }
        break;
    default: break;
    }
    return {};
}

Qt::ItemFlags AcademyTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
    if (typeOf(index) != EntityType::Academy)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

Qt::DropActions AcademyTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AcademyTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(navigatorRowMimeType)};
}

QMimeData *AcademyTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One row at a time: a move of several rows from different parents has no one meaning.
    if (indexes.isEmpty() || typeOf(indexes.front()) == EntityType::Academy)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(navigatorRowMimeType),
                  QStringLiteral("%1 %2").arg(int(typeOf(indexes.front()))).arg(idOf(indexes.front())).toLatin1());
    return data;
}

std::optional<AcademyTreeModel::Drop> AcademyTreeModel::dropOf(const QMimeData *data, int row,
                                                               const QModelIndex &parent) const
{
    if (!data || !parent.isValid())
        return std::nullopt;
    const QList<QByteArray> parts = data->data(QString::fromLatin1(navigatorRowMimeType)).split(' ');
    if (parts.size() != 2)
        return std::nullopt;
    Drop drop;
    drop.type = EntityType(parts[0].toInt());
    drop.id = parts[1].toLongLong();
    QModelIndex into = parent;
    // Dropped onto a row of its own kind: it goes in that row's place.
    if (typeOf(into) == drop.type) {
        row = into.row();
        into = into.parent();
    }
    const QModelIndex current = indexOf(drop.type, drop.id);
    if (!into.isValid() || typeOf(into) != parentTypeOf(drop.type) || !current.isValid())
        return std::nullopt;
    drop.parentId = idOf(into);
    drop.row = row < 0 ? rowCount(into) : row;
    // The view counts the row being dragged among the rows above the drop; the move does not.
    if (current.parent() == into && current.row() < drop.row)
        --drop.row;
    return drop;
}

bool AcademyTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent) const
{
    return action == Qt::MoveAction && dropOf(data, row, parent).has_value();
}

bool AcademyTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent)
{
    const std::optional<Drop> drop = action == Qt::MoveAction ? dropOf(data, row, parent) : std::nullopt;
    if (!drop)
        return false;
    // The edit moves the row through the document's signals; the model removes no rows itself,
    // so the view's removal of a moved row after the drop does nothing.
    const EditResult result = drop->type == EntityType::Activity
                                  ? m_editor->moveActivity(drop->id, drop->parentId, drop->row)
                                  : m_editor->moveTrack(drop->id, drop->parentId, drop->row);
    if (result.ok)
        emit rowMoved(int(drop->type), drop->id);
    return result.ok;
}

bool AcademyTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const Project &project = m_document->project();
    const QString text = value.toString().trimmed();
    const qint64 id = idOf(index);
    switch (typeOf(index)) {
    case EntityType::Academy: {
        Academy changed = *project.academies.find(id);
        changed.name = text;
        return changed == *project.academies.find(id) || m_editor->update(changed).ok;
    }
    case EntityType::Track: {
        Track changed = *project.tracks.find(id);
        changed.name = text;
        return changed == *project.tracks.find(id) || m_editor->update(changed).ok;
    }
    case EntityType::Activity: {
        Activity changed = *project.activities.find(id);
        changed.title = text;
        return changed == *project.activities.find(id) || m_editor->update(changed).ok;
    }
    default: return false;
    }
}

} // namespace Akademiplan
