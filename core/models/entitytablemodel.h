// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "document/document.h"

#include <QAbstractTableModel>

namespace Akademiplan {

// The base of the table models: one row per row of an entity list in the in-memory project,
// in id order, kept in step with the document row by row. A large batch (an import, "enrol all
// managers") resets the model once instead. Sorting and filtering belong to proxy models.
template <typename T>
class EntityTableModel : public QAbstractTableModel
{
public:
    enum Roles { IdRole = Qt::UserRole + 1, FirstCustomRole };

    explicit EntityTableModel(Document *document, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_document(document)
    {
        const EntityType mine = entityTypeOf<T>();
        QObject::connect(document, &Document::changesAboutToBeApplied, this, [this, mine](const ChangeSet &changes) {
            int own = 0;
            int related = 0;
            for (const Change &change : changes.changes())
                ++(entityType(change.after ? *change.after : *change.before) == mine ? own : related);
            m_resetting = own > resetThreshold;
            m_manyRelated = related > resetThreshold;
            if (m_resetting)
                beginResetModel();
        });
        QObject::connect(document, &Document::changesApplied, this, [this] {
            if (m_resetting)
                endResetModel();
            else if (m_manyRelated && rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            m_resetting = false;
            m_manyRelated = false;
        });
        QObject::connect(document, &Document::entityAboutToBeAdded, this, [this, mine](EntityType type, qint64 id) {
            if (type == mine && !m_resetting) {
                const int row = int(list().positionOf(id));
                beginInsertRows({}, row, row);
            }
        });
        QObject::connect(document, &Document::entityAdded, this, [this, mine](EntityType type, qint64) {
            if (type == mine && !m_resetting)
                endInsertRows();
        });
        QObject::connect(document, &Document::entityAboutToBeRemoved, this, [this, mine](EntityType type, qint64 id) {
            if (type == mine && !m_resetting) {
                const int row = int(list().positionOf(id));
                beginRemoveRows({}, row, row);
            }
        });
        QObject::connect(document, &Document::entityRemoved, this, [this, mine](EntityType type, qint64) {
            if (type == mine && !m_resetting)
                endRemoveRows();
        });
        QObject::connect(document, &Document::entityChanged, this, [this, mine](EntityType type, qint64 id) {
            if (m_resetting)
                return;
            if (type == mine) {
                const int row = int(list().positionOf(id));
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            } else if (!m_manyRelated) {
                relatedChanged(type, id);
            }
        });
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(list().size());
    }

    const T &rowAt(int row) const { return list().at(row); }
    qint64 idAt(int row) const { return list().at(row).id; }
    // The row of an id, or -1.
    int rowOf(qint64 id) const { return list().contains(id) ? int(list().positionOf(id)) : -1; }

protected:
    const EntityList<T> &list() const { return m_document->project().template list<T>(); }
    const Project &project() const { return m_document->project(); }

    // A row of another type was edited; e.g. a renamed participant shows in enrolment rows.
    // (Many such edits at once refresh the whole model instead.)
    virtual void relatedChanged(EntityType, qint64) {}

    // Tells views that one column may show something else in every row (one signal, not one
    // per row).
    void columnChanged(int column)
    {
        if (rowCount() > 0)
            emit dataChanged(index(0, column), index(rowCount() - 1, column));
    }

    Document *m_document;

private:
    static constexpr int resetThreshold = 64;
    bool m_resetting = false;
    bool m_manyRelated = false;
};

} // namespace Akademiplan
