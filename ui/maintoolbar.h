// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QToolBar>

namespace Akademiplan {

// The main window's toolbar: the everyday actions of the menus as buttons. Each button's tooltip
// names its action with the shortcut ("Save (Ctrl+S)"), and follows the action as its text
// changes, as Undo and Redo name the step they take.
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit MainToolBar(QWidget *parent = nullptr);

    // With the action's text beside its icon where the picture alone would not say what it does.
    enum class Label { IconOnly, TextBesideIcon };
    // `buttonText` for an action whose menu text leans on its submenu ("Programme Plan…" under
    // File › Export) and needs more words on a button of its own ("Export Programme Plan").
    void addMenuAction(QAction *action, Label label = Label::IconOnly, const QString &buttonText = QString());

    // The action's text without its accelerator and ellipsis: "Save As".
    static QString plainText(const QAction *action);
    // "Save (Ctrl+S)": the plain text, or the button's own, and the shortcut.
    static QString toolTipFor(const QAction *action, const QString &buttonText = QString());
};

} // namespace Akademiplan
