// SPDX-License-Identifier: MPL-2.0
#include "maintoolbar.h"

#include <QAction>
#include <QToolButton>

namespace Akademiplan {

MainToolBar::MainToolBar(QWidget *parent)
    : QToolBar(parent)
{
    // The name keeps its place and visibility in the window's saved state.
    setObjectName(QStringLiteral("mainToolBar"));
    setWindowTitle(tr("Toolbar"));
    setAccessibleName(tr("Toolbar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonIconOnly);
    toggleViewAction()->setText(tr("&Toolbar"));
    toggleViewAction()->setObjectName(QStringLiteral("showToolBarAction"));
}

QString MainToolBar::plainText(const QAction *action)
{
    const QString source = action->text();
    QString text;
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source.at(i) == QLatin1Char('&') && i + 1 < source.size())
            ++i; // the accelerator's mark; "&&" is an ampersand
        text += source.at(i);
    }
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text;
}

QString MainToolBar::toolTipFor(const QAction *action, const QString &buttonText)
{
    const QString text = buttonText.isEmpty() ? plainText(action) : buttonText;
    const QKeySequence shortcut = action->shortcut();
    return shortcut.isEmpty() ? text
                              : tr("%1 (%2)", "tooltip: action, shortcut")
                                    .arg(text, shortcut.toString(QKeySequence::NativeText));
}

void MainToolBar::addMenuAction(QAction *action, Label label, const QString &buttonText)
{
    addAction(action);
    if (label == Label::TextBesideIcon) {
        // A button says what it does; the ellipsis is the menu's promise of a dialog.
        action->setIconText(buttonText.isEmpty() ? plainText(action) : buttonText);
        if (auto *button = qobject_cast<QToolButton *>(widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    auto follow = [action, buttonText] {
        const QString tip = toolTipFor(action, buttonText);
        if (action->toolTip() != tip)
            action->setToolTip(tip);
    };
    connect(action, &QAction::changed, this, follow);
    follow();
}

} // namespace Akademiplan
