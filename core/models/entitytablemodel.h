// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "document/document.h"

#include <QAbstractTableModel>

namespace Akademiplan {

// The base of the table models: one row per row of an entity list in the in-memory project,
// in id order, following the document's row signals for its type (which announce a scattered
// bulk change as a reset). Sorting and filtering belong to proxy models.
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
        auto own = [mine](EntityType type) { return type == mine; };
        QObject::connect(document, &Document::rowsAboutToBeInserted, this,
                         [this, own](EntityType type, int first, int last) {
            if (own(type))
                beginInsertRows({}, first, last);
        });
        QObject::connect(document, &Document::rowsInserted, this, [this, own](EntityType type) {
            if (own(type))
                endInsertRows();
        });
        QObject::connect(document, &Document::rowsAboutToBeRemoved, this,
                         [this, own](EntityType type, int first, int last) {
            if (own(type))
                beginRemoveRows({}, first, last);
        });
        QObject::connect(document, &Document::rowsRemoved, this, [this, own](EntityType type) {
            if (own(type))
                endRemoveRows();
        });
        QObject::connect(document, &Document::rowsAboutToBeReset, this, [this, own](EntityType type) {
            if (own(type))
                beginResetModel();
        });
        QObject::connect(document, &Document::rowsReset, this, [this, own](EntityType type) {
            if (own(type))
                endResetModel();
        });
        QObject::connect(document, &Document::rowsChanged, this,
                         [this, own](EntityType type, const QList<qint64> &ids) {
            if (!own(type)) {
                relatedChanged(type, ids);
            } else if (ids.size() > manyRows) {
                if (rowCount() > 0)
                    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            } else {
                for (qint64 id : ids) {
                    const int row = int(list().positionOf(id));
                    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
                }
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

    // Rows of another type were edited; e.g. a renamed participant shows in enrolment rows.
    virtual void relatedChanged(EntityType, const QList<qint64> &) {}

    // Tells views that one column may show something else in every row (one signal, not one
    // per row).
    void columnChanged(int column)
    {
        if (rowCount() > 0)
            emit dataChanged(index(0, column), index(rowCount() - 1, column));
    }

    Document *m_document;

    // Beyond this many rows, one signal for the whole table is cheaper for views than one each.
    static constexpr int manyRows = 64;
};

} // namespace Akademiplan
