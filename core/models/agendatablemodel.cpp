// SPDX-License-Identifier: MPL-2.0
#include "agendatablemodel.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "i18n/displaytext.h"
#include "i18n/typeddate.h"
#include "planning/sessionagenda.h"

#include <QSet>

namespace Akademiplan {

AgendaTableModel::AgendaTableModel(Document *document, ProjectEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_editor(editor)
{
    auto follow = [this](EntityType type) {
        if (type == EntityType::AgendaItem || type == EntityType::Session)
            sync();
    };
    connect(document, &Document::rowsInserted, this, follow);
    connect(document, &Document::rowsRemoved, this, follow);
    connect(document, &Document::rowsReset, this, follow);
    connect(document, &Document::rowsChanged, this, [this](EntityType type, const QList<qint64> &ids) {
        // A session's new end moves the end of its last item; other sessions change nothing here.
        if (type == EntityType::AgendaItem || (type == EntityType::Session && ids.contains(m_sessionId)))
            sync();
    });
}

void AgendaTableModel::setSession(qint64 sessionId)
{
    beginResetModel();
    m_sessionId = sessionId;
    m_ids = currentItems();
    endResetModel();
}

QList<qint64> AgendaTableModel::currentItems()
{
    QList<qint64> ids;
    m_ends.clear();
    const Session *session = m_document->project().sessions.find(m_sessionId);
    if (!session)
        return ids;
    const SessionAgenda::Items items = SessionAgenda::of(m_document->project(), m_sessionId);
    for (std::size_t i = 0; i < items.size(); ++i) {
        ids.append(items[i]->id);
        m_ends.insert(items[i]->id, SessionAgenda::endOf(items, i, *session));
    }
    return ids;
}

void AgendaTableModel::sync()
{
    const QList<qint64> now = currentItems();
    const QSet<qint64> present(now.cbegin(), now.cend());
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (present.contains(m_ids.at(row)))
            continue;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
    }
    // The rows that stay, in their new order: a changed time moves its row.
    const QSet<qint64> kept(m_ids.cbegin(), m_ids.cend());
    QList<qint64> order;
    for (qint64 id : std::as_const(now))
        if (kept.contains(id))
            order.append(id);
    if (order != m_ids) {
        emit layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        for (const QModelIndex &index : before)
            after.append(index.isValid() ? createIndex(int(order.indexOf(m_ids.value(index.row()))), index.column())
                                         : index);
        m_ids = order;
        changePersistentIndexList(before, after);
        emit layoutChanged();
    }
    for (int row = 0; row < now.size(); ++row) {
        if (row < m_ids.size() && m_ids.at(row) == now.at(row))
            continue;
        beginInsertRows({}, row, row);
        m_ids.insert(row, now.at(row));
        endInsertRows();
    }
    // An item's time shows its end, which is the next one's start: every row may show another.
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const AgendaItem *AgendaTableModel::itemAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_document->project().agendaItems.find(m_ids.at(row)) : nullptr;
}

int AgendaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int AgendaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaTableModel::data(const QModelIndex &index, int role) const
{
    const AgendaItem *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    if (role == IdRole)
        return item->id;
    // Sentences read from the top, as on the printed run sheet.
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    // The whole text of a cell too narrow to show it.
    if (role == Qt::ToolTipRole)
        return index.column() == Time ? QVariant() : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Time: {
        if (role == Qt::EditRole)
            return item->startTime.isValid() ? DisplayText::time(item->startTime) : QString();
        return SessionAgenda::timeText(item->startTime, m_ends.value(item->id));
    }
    case What: return item->what;
    case Why: return item->why;
    case How: return item->how;
    case Who: return item->who;
    case PlanB: return item->planB;
    }
    return {};
}

QVariant AgendaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Time: return tr("When the item starts, e.g. 9.30; it runs until the next item starts, the last until "
                             "the session ends");
        case Why: return tr("What the item is for: what the participants should get out of it");
        case How: return tr("The method: a talk, group work, an exercise");
        case Who: return tr("Who leads the item");
        case PlanB: return tr("What to do if it goes otherwise: people are late, a speaker cannot come");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case What: return tr("What");
    case Why: return tr("Why");
    case How: return tr("How");
    case Who: return tr("Who");
    case PlanB: return tr("Plan B");
    }
    return {};
}

Qt::ItemFlags AgendaTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

bool AgendaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const AgendaItem *item = index.isValid() && role == Qt::EditRole ? itemAt(index.row()) : nullptr;
    if (!item)
        return false;
    AgendaItem changed = *item;
    QString field;
    switch (index.column()) {
    case Time: {
        if (value.typeId() == QMetaType::QTime) {
            changed.startTime = value.toTime();
        } else {
            const TypedDate::Result read = TypedDate::parseTime(value.toString());
            if (!read.isValid()) {
                emit refused(read.error);
                return false;
            }
            changed.startTime = read.time;
        }
        field = QStringLiteral("startTime");
        break;
    }
    case What: changed.what = value.toString().trimmed(); field = QStringLiteral("what"); break;
    case Why: changed.why = value.toString().trimmed(); field = QStringLiteral("why"); break;
    case How: changed.how = value.toString().trimmed(); field = QStringLiteral("how"); break;
    case Who: changed.who = value.toString().trimmed(); field = QStringLiteral("who"); break;
    case PlanB: changed.planB = value.toString().trimmed(); field = QStringLiteral("planB"); break;
    default: return false;
    }
    if (changed == *item)
        return true;
    return report(m_editor->update(changed, field));
}

int AgendaTableModel::addItem()
{
    if (m_sessionId == 0 || !m_document->project().sessions.contains(m_sessionId))
        return -1;
    const EditResult added = m_editor->insertAll(tr("Add agenda item"),
                                                 {SessionAgenda::nextItem(m_document->project(), m_sessionId)});
    return report(added) ? rowOf(added.id) : -1;
}

bool AgendaTableModel::removeItems(const QList<qint64> &ids)
{
    return ids.isEmpty() || report(m_editor->remove(EntityType::AgendaItem, ids));
}

bool AgendaTableModel::report(const EditResult &result)
{
    if (!result.ok) {
        emit refused(result.error);
        return false;
    }
    if (!result.warnings.isEmpty())
        emit warned(result.warnings.join(QLatin1Char(' ')));
    return true;
}

} // namespace Akademiplan
