// SPDX-License-Identifier: MPL-2.0
#include "sessiontablemodel.h"

#include "i18n/displaytext.h"
#include "editor/projecteditor.h"

namespace Akademiplan {

SessionTableModel::SessionTableModel(Document *document, ProjectEditor *editor, QObject *parent)
    : EntityTableModel<Session>(document, parent)
    , m_editor(editor)
{
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Session &session = rowAt(index.row());
    switch (role) {
    case IdRole: return session.id;
    case ActivityIdRole: return session.activityId;
    case SortRole:
        switch (index.column()) {
        case Location: return session.location.toLower();
        case Start: return session.startTime;
        case End: return session.endTime;
        default: return QDateTime(session.date, session.startTime);
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Date: return session.date;
        case Start: return session.startTime;
        case End: return session.endTime;
        case Location: return session.location;
        }
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return DisplayText::shortDate(session.date);
        case Weekday: return DisplayText::weekday(session.date);
        // The column says "Week"; each cell only its number.
        case Week: return session.date.weekNumber();
        case Start: return DisplayText::time(session.startTime);
        case End: return DisplayText::time(session.endTime);
        case Location: return session.location;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Location && session.location.isEmpty())
            return tr("Empty: the activity's own location");
        break;
    }
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Weekday: return tr("Weekday");
    case Week: return tr("Week");
    case Start: return tr("Start");
    case End: return tr("End");
    case Location: return tr("Location");
    }
    return {};
}

Qt::ItemFlags SessionTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<Session>::flags(index);
    if (!index.isValid() || index.column() == Weekday || index.column() == Week)
        return base;
    return base | Qt::ItemIsEditable;
}

bool SessionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Session changed = rowAt(index.row());
    switch (index.column()) {
    case Date: changed.date = value.toDate(); break;
    case Start: {
        // Moving the start keeps the session's length, as in a calendar.
        const int length = changed.startTime.secsTo(changed.endTime);
        changed.startTime = value.toTime();
        const QTime end = changed.startTime.addSecs(length);
        if (length > 0 && end > changed.startTime)
            changed.endTime = end;
        break;
    }
    case End: changed.endTime = value.toTime(); break;
    case Location: changed.location = value.toString().trimmed(); break;
    default: return false;
    }
    return changed == rowAt(index.row()) || m_editor->update(changed).ok;
}

} // namespace Akademiplan
