// SPDX-License-Identifier: MPL-2.0
#include "datecelldelegate.h"

#include "typeddatefield.h"

namespace Akademiplan {

QWidget *DateCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *field = new TypedDateField(TypedDateField::Kind::Date, parent);
    field->setObjectName(QStringLiteral("dateCellField"));
    field->setOptional(true);
    return field;
}

void DateCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *field = static_cast<TypedDateField *>(editor);
    field->setDate(index.data(Qt::EditRole).toDate());
    field->selectAll();
}

void DateCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *field = static_cast<TypedDateField *>(editor);
    // Leaving the cell also lands here, with whatever was typed: what cannot be read is not stored.
    if (field->confirm())
        model->setData(index, field->date());
}

} // namespace Akademiplan
