// SPDX-License-Identifier: MPL-2.0
// The toolbar: the everyday actions at one click, each named with its shortcut for the mouse and
// for a screen reader, and out of the way when the View menu hides it.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "maintoolbar.h"
#include "mainwindow.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAccessible>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QToolButton>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QMenu *viewMenu(MainWindow &window)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->text() == QStringLiteral("&View"))
            return menu->menu();
    FAIL("no View menu");
    return nullptr;
}

} // namespace

TEST_CASE("the toolbar offers the everyday actions with icons and names them with their shortcuts", "[ui][toolbar]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    // Every button has room on a small laptop screen, none is folded away behind an arrow.
    window.resize(1024, 640);
    QTest::qWait(50);
    MainToolBar *toolBar = window.toolBar();
    REQUIRE(toolBar->isVisible());

    QStringList shown;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        shown.append(action->objectName());
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
        REQUIRE(button);
        INFO(action->objectName().toStdString());
        CHECK(button->isVisible());
        CHECK_FALSE(button->icon().isNull());
        // A screen reader can name the button, also where it shows only its icon.
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).isEmpty());
    }
    CHECK(shown
          == QStringList{QStringLiteral("newProjectAction"), QStringLiteral("openAction"), QStringLiteral("saveAction"),
                         QStringLiteral("undoAction"), QStringLiteral("redoAction"), QStringLiteral("newAcademyAction"),
                         QStringLiteral("newTrackAction"), QStringLiteral("newActivityAction"),
                         QStringLiteral("newSessionAction"), QStringLiteral("exportPlanAction")});

    auto *save = window.findChild<QAction *>(QStringLiteral("saveAction"));
    CHECK(save->toolTip()
          == QStringLiteral("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    // The academy, track, activity and session buttons say what they add, without the menu's ellipsis.
    auto *newAcademy = qobject_cast<QToolButton *>(
        toolBar->widgetForAction(window.findChild<QAction *>(QStringLiteral("newAcademyAction"))));
    CHECK(newAcademy->text() == QStringLiteral("New Academy"));

    // Undo's tooltip names the step it takes back, as its menu entry does.
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    Track track = window.document()->project().tracks.at(0);
    track.name = QStringLiteral("Innovationsnetværk");
    REQUIRE(window.workspace()->editor()->update(track).ok);
    CHECK(undo->isEnabled());
    CHECK(undo->toolTip().startsWith(QStringLiteral("Undo ")));
    CHECK(undo->toolTip().length() > QStringLiteral("Undo (Ctrl+Z)").length());
    CHECK(undo->toolTip().endsWith(
        QStringLiteral("(%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))));
}

TEST_CASE("hiding the toolbar from the View menu hides it and the window state keeps it hidden", "[ui][toolbar]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    QAction *toggle = window.toolBar()->toggleViewAction();
    REQUIRE(viewMenu(window)->actions().contains(toggle));
    CHECK(toggle->isChecked());

    toggle->trigger();
    CHECK_FALSE(window.toolBar()->isVisible());
    CHECK_FALSE(toggle->isChecked());
    // The next window, restored from this one's state, starts without it.
    const QByteArray state = window.saveState();
    MainWindow next;
    REQUIRE(next.restoreState(state));
    next.show();
    REQUIRE(QTest::qWaitForWindowExposed(&next));
    CHECK_FALSE(next.toolBar()->isVisible());

    toggle->trigger();
    CHECK(window.toolBar()->isVisible());
}
