// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Akademiplan {

// Edits a session's cells with a date field that has a calendar popup and time fields in
// 24-hour format, as a planner expects.
class SessionDelegate : public QStyledItemDelegate
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
