// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "document/document.h"
#include "entityicons.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>
#include <vector>

namespace Akademiplan {

class ProjectEditor;

// The navigator's tree: academies › tracks › activities. It keeps only ids in its own order
// (tracks by position, the rest by creation) and reads everything else from the project, so
// an edit moves, adds or removes exactly the rows it touches.
class AcademyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        EntityTypeRole // EntityType::Academy, Track or Activity as an int
    };

    AcademyTreeModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Dragging a track or an activity moves it: an activity into another track or to another
    // place in its own, a track to another place. The move is one edit; the rows then follow
    // the document like any edit's.
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexOf(EntityType type, qint64 id) const;
    static EntityType typeOf(const QModelIndex &index);
    static qint64 idOf(const QModelIndex &index);

signals:
    // A drop moved this row (type is an EntityType), so that the view can keep it selected.
    void rowMoved(int type, qint64 id);

private:
    void rebuild();
    // Follows the document's row signals for academies, tracks and activities.
    void followDocument();
    void updateNode(EntityType type, qint64 id);
    void insertNode(EntityType type, qint64 id);
    void removeNode(EntityType type, qint64 id);
    std::vector<qint64> *childrenOf(EntityType parentType, qint64 parentId);
    const std::vector<qint64> *childrenOf(const QModelIndex &parent) const;
    qint64 parentIdOf(EntityType type, qint64 id) const;
    // The navigator's order: tracks and activities by the consultant's position, then as made.
    bool comesBefore(EntityType type, qint64 a, qint64 b) const;
    std::size_t insertPosition(EntityType type, const std::vector<qint64> &siblings, qint64 id) const;
    struct Drop
    {
        EntityType type = EntityType::Academy; // of the dragged row
        qint64 id = 0;
        qint64 parentId = 0; // the track or academy it goes into
        int row = 0;
    };
    // Where a drop puts the dragged row, if it can go there.
    std::optional<Drop> dropOf(const QMimeData *data, int row, const QModelIndex &parent) const;

    Document *m_document;
    ProjectEditor *m_editor;
    std::vector<qint64> m_academies;
    QHash<qint64, std::vector<qint64>> m_tracks;     // by academy
    QHash<qint64, std::vector<qint64>> m_activities; // by track
    QHash<qint64, qint64> m_trackParent;
    QHash<qint64, qint64> m_activityParent;
    EntityIcons m_icons;
};

} // namespace Akademiplan
