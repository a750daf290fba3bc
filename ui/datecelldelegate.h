// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Akademiplan {

// Edits a cell holding a date that may not be known yet (a measurement's planned or measured
// day) as a Dane types it (see TypedDateField): the model's edit role holds a QDate, invalid for
// none, and emptying the cell stores none. What cannot be read is refused with the reason and
// never stored.
class DateCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Akademiplan
