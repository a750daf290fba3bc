// SPDX-License-Identifier: MPL-2.0
#include "enumcombodelegate.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QTimer>

namespace Akademiplan {

namespace {

// Whether the editor's list is open (or has just closed with a choice in it).
constexpr char listOpen[] = "akademiplanListOpen";

} // namespace

EnumComboDelegate::EnumComboDelegate(std::function<Choices()> choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget *EnumComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    for (const Choice &choice : m_choices())
        combo->addItem(choice.label, choice.value);
    // A choice picked from the open list is the whole edit, with no Enter needed after it. Arrow
    // keys on the closed box only move the choice, so that stepping through the list does not
    // make an undo step of every entry; Enter or Tab then commits, as in any cell editor.
    // (The filter and the signals are not const, the delegate's interface is.)
    auto *self = const_cast<EnumComboDelegate *>(this);
    combo->view()->window()->installEventFilter(self);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        if (combo->property(listOpen).toBool()) {
            combo->setProperty(listOpen, false);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        }
    });
    return combo;
}

void EnumComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QVariant value = index.data(Qt::EditRole);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i) == value) {
            combo->setCurrentIndex(i);
            break;
        }
    }
}

void EnumComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

bool EnumComboDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::Show || event->type() == QEvent::Hide) {
        // The list is a child window of its combo box. It hides before the box reports the
        // choice made in it, so "open" must outlast the hiding until that report has come.
        auto *combo = qobject_cast<QComboBox *>(object->parent());
        if (combo && object == combo->view()->window()) {
            if (event->type() == QEvent::Show)
                combo->setProperty(listOpen, true);
            else
                QTimer::singleShot(0, combo, [combo] { combo->setProperty(listOpen, false); });
        }
        return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Akademiplan
