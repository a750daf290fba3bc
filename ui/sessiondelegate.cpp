// SPDX-License-Identifier: MPL-2.0
#include "sessiondelegate.h"

#include "models/sessiontablemodel.h"
#include "typeddatefield.h"

namespace Akademiplan {

SessionDelegate::SessionDelegate(PeriodOf periodOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_periodOf(std::move(periodOf))
{
}

QWidget *SessionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    switch (index.column()) {
    case SessionTableModel::Date:
    case SessionTableModel::Start:
    case SessionTableModel::End: {
        auto *field = new TypedDateField(index.column() == SessionTableModel::Date ? TypedDateField::Kind::Date
                                                                                   : TypedDateField::Kind::Time,
                                         parent);
        field->setObjectName(QStringLiteral("sessionField"));
        if (m_periodOf) {
            const auto [start, end] = m_periodOf(index);
            field->setPeriod(start, end);
        }
        connect(field, &TypedDateField::refused, this, &SessionDelegate::refused);
        return field;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void SessionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *field = qobject_cast<TypedDateField *>(editor)) {
        if (field->kind() == TypedDateField::Kind::Date)
            field->setDate(index.data(Qt::EditRole).toDate());
        else
            field->setTime(index.data(Qt::EditRole).toTime());
        field->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SessionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *field = qobject_cast<TypedDateField *>(editor);
    if (!field) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // Leaving the cell also lands here, with whatever was typed: what cannot be read, or a date
    // outside the period the user does not want, is not stored.
    if (!field->confirm())
        return;
    if (field->kind() == TypedDateField::Kind::Date)
        model->setData(index, field->date());
    else
        model->setData(index, field->time());
}

} // namespace Akademiplan
