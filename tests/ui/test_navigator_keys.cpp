// SPDX-License-Identifier: MPL-2.0
// The navigator as Office users expect it: Delete asks and deletes, Enter opens the editor, a
// right click offers what can be done there, and a new activity is ready to be named.
#include "catch.h"
#include "document/document.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "programmepage.h"
#include "testfiles.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTest>
#include <QTreeView>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("Delete in the navigator asks and deletes the selected activity and Undo brings it back", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Activity activity = window.document()->project().activities.at(2);
    const int activities = int(window.document()->project().activities.size());
    window.programmePage()->showEntity(int(EntityType::Activity), activity.id);
    QTreeView *navigator = window.programmePage()->navigator();
    navigator->setFocus();

    QString asked;
    whenOpen([&](QWidget *open) {
        auto *box = qobject_cast<QMessageBox *>(open);
        if (!box)
            return false;
        asked = box->text();
        box->button(QMessageBox::Yes)->click();
        return true;
    });
    QTest::keyClick(navigator, Qt::Key_Delete);
    CHECK(asked.contains(activity.title));
    CHECK(window.document()->project().activities.size() == activities - 1);
    CHECK_FALSE(window.document()->project().activities.contains(activity.id));
    window.document()->undoStack()->undo();
    CHECK(window.document()->project().activities.contains(activity.id));
}

TEST_CASE("Enter in the navigator and a new activity put the cursor in the title", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Activity activity = window.document()->project().activities.at(1);
    window.programmePage()->showEntity(int(EntityType::Activity), activity.id);
    QTreeView *navigator = window.programmePage()->navigator();
    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_Return);
    auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(focused);
    CHECK(focused->text() == activity.title);
    CHECK(focused->selectedText() == activity.title);

    // New Activity: named "New activity", selected, ready to type over.
    window.findChild<QAction *>(QStringLiteral("newActivityAction"))->trigger();
    focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(focused);
    CHECK(focused->selectedText() == QStringLiteral("New activity"));
    QTest::keyClicks(focused, QStringLiteral("Designsprint"));
    CHECK(QTest::qWaitFor(
        [&] {
            for (const Activity &row : window.document()->project().activities)
                if (row.title == QStringLiteral("Designsprint"))
                    return true;
            return false;
        },
        2000));
}

TEST_CASE("a right click in the navigator offers new rows and Delete for what is under the pointer", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    QTreeView *navigator = window.programmePage()->navigator();
    const Activity activity = window.document()->project().activities.at(0);
    window.programmePage()->showEntity(int(EntityType::Activity), activity.id);
    const QModelIndex activityIndex = navigator->currentIndex();
    // Select the academy first; the right click moves the selection to the activity.
    window.programmePage()->showEntity(int(EntityType::Academy), window.document()->project().academies.at(0).id);

    QStringList offered;
    whenOpen([&](QWidget *open) {
        auto *menu = qobject_cast<QMenu *>(open);
        if (!menu)
            return false;
        for (QAction *action : menu->actions())
            if (!action->isSeparator() && action->isEnabled())
                offered.append(action->text());
        menu->close();
        return true;
    });
    emit navigator->customContextMenuRequested(navigator->visualRect(activityIndex).center());
    CHECK(window.programmePage()->current() == std::pair<int, qint64>(int(EntityType::Activity), activity.id));
    CHECK(offered.contains(QStringLiteral("New &Session")));
    CHECK(offered.contains(QStringLiteral("New Acti&vity")));
    CHECK(offered.contains(QStringLiteral("&Delete")));
}
