// SPDX-License-Identifier: MPL-2.0
#include "sessiondelegate.h"

#include "models/sessiontablemodel.h"

#include <QDateEdit>
#include <QTimeEdit>

namespace Akademiplan {

QWidget *SessionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    switch (index.column()) {
    case SessionTableModel::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        return edit;
    }
    case SessionTableModel::Start:
    case SessionTableModel::End: {
        auto *edit = new QTimeEdit(parent);
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        return edit;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void SessionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        date->setDate(index.data(Qt::EditRole).toDate());
    else if (auto *time = qobject_cast<QTimeEdit *>(editor))
        time->setTime(index.data(Qt::EditRole).toTime());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void SessionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *date = qobject_cast<QDateEdit *>(editor))
        model->setData(index, date->date());
    else if (auto *time = qobject_cast<QTimeEdit *>(editor))
        model->setData(index, time->time());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Akademiplan
