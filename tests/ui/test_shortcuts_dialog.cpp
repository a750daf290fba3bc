// SPDX-License-Identifier: MPL-2.0
// Help › Keyboard Shortcuts: every key of the window's menus, and the keys the views read
// themselves, listed with the keys as the platform writes them in the user's language, and a
// search field that narrows the list.
#include "catch.h"
#include "i18n/translations.h"
#include "shortcutsdialog.h"
#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeView>

#include <algorithm>
#include <vector>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct Row
{
    QString group;
    QString action;
    QString keys;
};

// The rows the dialog shows, under their groups.
std::vector<Row> shownRows(QWidget *dialog)
{
    auto *view = dialog->findChild<QTreeView *>(QStringLiteral("shortcuts"));
    REQUIRE(view);
    const QAbstractItemModel *model = view->model();
    std::vector<Row> rows;
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            REQUIRE_FALSE(view->isRowHidden(row, parent));
            rows.push_back({parent.data().toString(), model->index(row, 0, parent).data().toString(),
                            model->index(row, 1, parent).data().toString()});
        }
    }
    return rows;
}

bool shows(const std::vector<Row> &rows, const QString &action, const QString &keys)
{
    for (const Row &row : rows)
        if (row.action.endsWith(action) && row.keys == keys)
            return true;
    return false;
}

// A menu's text as a list shows it: no accelerator mark, no ellipsis.
QString plain(const QAction *action)
{
    QString text = action->text().remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void collectShortcuts(const QMenu *menu, QList<const QAction *> &found)
{
    for (const QAction *action : menu->actions()) {
        if (const QMenu *submenu = action->menu())
            collectShortcuts(submenu, found);
        else if (!action->shortcuts().isEmpty())
            found.append(action);
    }
}

QList<const QAction *> menuShortcuts(MainWindow &window)
{
    QList<const QAction *> found;
    for (const QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            collectShortcuts(menu->menu(), found);
    return found;
}

QString nativeText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

// An action's keys as the list shows them: without those no PC or Mac keyboard has (F14, which
// X11 binds to Undo for old Sun keyboards).
QString listedKeys(const QAction *action)
{
    QList<QKeySequence> keys = action->shortcuts();
    keys.removeIf(
        [](const QKeySequence &each) { return each[0].key() >= Qt::Key_F13 && each[0].key() <= Qt::Key_F35; });
    return QKeySequence::listToString(keys, QKeySequence::NativeText);
}

} // namespace

TEST_CASE("Keyboard Shortcuts lists every shortcut of the menus with its keys and the keys of the views",
          "[ui][shortcuts]")
{
    OpenWindow open;
    const QList<const QAction *> actions = menuShortcuts(open.window);
    // New, Open, Save, Undo, the pages, zoom, the panels, New Activity, Rename, Delete and more.
    REQUIRE(actions.size() >= 20);

    bool seen = false;
    whenOpen([&](QWidget *modal) {
        auto *dialog = qobject_cast<ShortcutsDialog *>(modal);
        if (!dialog)
            return false;
        seen = true;
        const std::vector<Row> rows = shownRows(dialog);
        for (const QAction *action : actions) {
            const QString keys = listedKeys(action);
            INFO(plain(action).toStdString() << ": " << keys.toStdString());
            CHECK(shows(rows, plain(action), keys));
        }
        // Keys of a page's own tables and fields, which no menu shows.
        CHECK(shows(rows, QStringLiteral("Find Participant"), nativeText(QKeySequence::Find)));
        // Keys the timeline reads itself.
        CHECK(shows(
            rows, QStringLiteral("Move the chosen session a day earlier or later"),
            QKeySequence::listToString({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::ALT | Qt::Key_Right)},
                                       QKeySequence::NativeText)));
        CHECK(shows(rows, QStringLiteral("While dragging a session: cancel the move"), nativeText(Qt::Key_Escape)));
        // A key held with the wheel is named as in a shortcut ("Ctrl"), not by its own name ("Control").
        CHECK(shows(rows, QStringLiteral("Zoom in or out at the pointer"), QStringLiteral("Ctrl+mouse wheel")));
        CHECK(std::none_of(rows.begin(), rows.end(),
                           [](const Row &row) { return row.keys.contains(QStringLiteral("F14")); }));
        // Grouped by menu, in the menus' order.
        CHECK(rows.front().group == QStringLiteral("File"));
        dialog->reject();
        return true;
    });
    QTest::keySequence(&open.window, QKeySequence(Qt::CTRL | Qt::Key_Question));
    CHECK(seen);
}

TEST_CASE("no two shortcuts of the window's menus share a key", "[ui][shortcuts]")
{
    OpenWindow open;
    QHash<QKeySequence, QString> taken;
    for (const QAction *action : menuShortcuts(open.window)) {
        // Keys that work only in one list (Delete, F2 in the navigator) may do other things elsewhere.
        if (action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        for (const QKeySequence &keys : action->shortcuts()) {
            INFO(nativeText(keys).toStdString()
                 << ": " << plain(action).toStdString() << " and " << taken.value(keys).toStdString());
            CHECK_FALSE(taken.contains(keys));
            taken.insert(keys, plain(action));
        }
    }
    CHECK(taken.contains(QKeySequence(Qt::CTRL | Qt::Key_Question)));
}

TEST_CASE("the search field of Keyboard Shortcuts narrows the list to the actions and keys that match",
          "[ui][shortcuts]")
{
    OpenWindow open;
    ShortcutsDialog dialog(&open.window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutSearch"));
    REQUIRE(search);
    CHECK(search->hasFocus());
    const std::size_t all = shownRows(&dialog).size();

    // By what an action is called.
    QTest::keyClicks(search, QStringLiteral("undo"));
    std::vector<Row> rows = shownRows(&dialog);
    CHECK(rows.size() >= 2); // Undo, Undo History
    CHECK(rows.size() < all);
    for (const Row &row : rows) {
        INFO(row.action.toStdString());
        CHECK((row.action.contains(QStringLiteral("undo"), Qt::CaseInsensitive) ||
               row.keys.contains(QStringLiteral("undo"), Qt::CaseInsensitive)));
    }

    // By its keys, as they are written.
    search->clear();
    QTest::keyClicks(search, nativeText(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)));
    rows = shownRows(&dialog);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().action == QStringLiteral("Planning Warnings"));
    CHECK(rows.front().group == QStringLiteral("View"));

    // Nothing found says so.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("xyzzy"));
    CHECK(shownRows(&dialog).empty());
    auto *nothing = dialog.findChild<QLabel *>(QStringLiteral("nothingFound"));
    REQUIRE(nothing);
    CHECK(nothing->isVisible());
    CHECK(nothing->text().contains(QStringLiteral("xyzzy")));

    search->clear();
    CHECK(shownRows(&dialog).size() == all);
    CHECK_FALSE(nothing->isVisible());
}

TEST_CASE("Keyboard Shortcuts writes the keys in Danish as Danish keyboards name them", "[ui][shortcuts][i18n]")
{
    REQUIRE(Translations::install(QLocale(QLocale::Danish, QLocale::Denmark)));
    {
        MainWindow window;
        ShortcutsDialog dialog(&window);
        const std::vector<Row> rows = shownRows(&dialog);
        // Qt's Danish catalogue names Shift "Skift".
        CHECK(shows(rows, QStringLiteral("Planlægningsadvarsler"), QStringLiteral("Ctrl+Skift+W")));
        CHECK(
            std::any_of(rows.begin(), rows.end(), [](const Row &row) { return row.keys == QStringLiteral("Skift"); }));
        // The keys the views read themselves are Danish too, not only the menus' actions.
        CHECK(std::any_of(rows.begin(), rows.end(), [](const Row &row) {
            return row.action == QStringLiteral("Fravælg den valgte session");
        }));
    }
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
