// SPDX-License-Identifier: MPL-2.0
// Help › About Akademiplan: the version, the licence, the homepage and the Qt and SQLite the
// program really runs with, which a consultant copies into an e-mail to support.
#include "aboutdialog.h"
#include "catch.h"
#include "testfiles.h"
#include "windowfixture.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QAction *helpAction(MainWindow &window, const QString &name)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->text() == QStringLiteral("&Help"))
            for (QAction *action : menu->menu()->actions())
                if (action->objectName() == name)
                    return action;
    FAIL("no " << name.toStdString() << " in the Help menu");
    return nullptr;
}

QString labelText(QWidget *dialog, const QString &name)
{
    auto *label = dialog->findChild<QLabel *>(name);
    REQUIRE(label);
    CHECK(label->isVisible());
    return label->text();
}

bool hasLink(QWidget *dialog, const QString &url)
{
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->isVisible() && label->openExternalLinks() &&
            label->text().contains(QStringLiteral("href=\"%1\"").arg(url)))
            return true;
    return false;
}

} // namespace

TEST_CASE("About shows the version and the Qt and SQLite in use and Copy puts them on the clipboard", "[ui][about]")
{
    OpenWindow open;
    // What Qt's SQLite driver answers in this process, which loads the same libraries as the program.
    const QString sqlite = queryFile(open.path, QStringLiteral("select sqlite_version()")).value(0).toString();
    REQUIRE_FALSE(sqlite.isEmpty());
    const QString qt = QString::fromLatin1(qVersion());
    QAction *about = helpAction(open.window, QStringLiteral("aboutAction"));
    CHECK(about->menuRole() == QAction::AboutRole);
    QGuiApplication::clipboard()->clear();

    bool seen = false;
    whenOpen([&](QWidget *modal) {
        auto *dialog = qobject_cast<AboutDialog *>(modal);
        if (!dialog)
            return false;
        seen = true;
        CHECK(dialog->windowTitle() == QStringLiteral("About Akademiplan"));
        CHECK(labelText(dialog, QStringLiteral("version")) == QStringLiteral("Version " AKADEMIPLAN_VERSION));
        CHECK(labelText(dialog, QStringLiteral("qtVersion")).startsWith(qt));
        CHECK(labelText(dialog, QStringLiteral("sqliteVersion")) == sqlite);
        CHECK(hasLink(dialog, QStringLiteral("https://mozilla.org/MPL/2.0/")));
        CHECK(hasLink(dialog, QStringLiteral("https://akademiplan.dk")));

        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyFacts"));
        REQUIRE(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        INFO(copied.toStdString());
        CHECK(copied.startsWith(QStringLiteral("akademiplan " AKADEMIPLAN_VERSION "\n")));
        CHECK(copied.contains(QStringLiteral("Mozilla Public License 2.0 (MPL-2.0)")));
        CHECK(copied.contains(QStringLiteral("Qt %1, SQLite %2\n").arg(qt, sqlite)));
        // The button says the copy was made, and can be pressed again.
        CHECK(copy->text() == QStringLiteral("Copied"));
        CHECK(copy->isEnabled());
        dialog->reject();
        return true;
    });
    about->trigger();
    CHECK(seen);
}

TEST_CASE("the Help menu offers Qt's own About beside the program's", "[ui][about]")
{
    OpenWindow open;
    QAction *aboutQt = helpAction(open.window, QStringLiteral("aboutQtAction"));
    CHECK(aboutQt->menuRole() == QAction::AboutQtRole);
    bool seen = false;
    whenOpen([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return false;
        seen = true;
        CHECK(box->text().contains(QString::fromLatin1(qVersion())));
        box->accept();
        return true;
    });
    aboutQt->trigger();
    CHECK(seen);
}
