// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QVariant>

#include <functional>

namespace Akademiplan {

// Edits a cell whose value is one of a few labelled choices (a role, an organisation kind, the
// organisation a person belongs to) with a combo box. The model's edit role holds the value and
// its display role the label. The choices are asked for each time an editor opens, so a list
// that changes (the project's organisations) is always current.
class EnumComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString label;
        QVariant value;
    };
    using Choices = QList<Choice>;

    EnumComboDelegate(std::function<Choices()> choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    std::function<Choices()> m_choices;
};

} // namespace Akademiplan
