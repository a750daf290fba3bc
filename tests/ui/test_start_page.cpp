// SPDX-License-Identifier: MPL-2.0
// The start screen: yesterday's project one Enter away with its municipality and when it was
// saved, a file that has gone marked as such, and the example to look around in.
#include "catch.h"
#include "document/document.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "recentfiles.h"
#include "startpage.h"
#include "testfiles.h"
#include "windowfixture.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QTest>
#include <QToolButton>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QListWidgetItem *itemFor(StartPage *page, const QString &path)
{
    QListWidget *list = page->recentList();
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(StartPage::PathRole).toString() == QFileInfo(path).absoluteFilePath())
            return list->item(row);
    return nullptr;
}

// The recent files are the user's settings: what a test adds, it takes away again.
struct RecentFile
{
    RecentFiles &files;
    QString path;
    RecentFile(RecentFiles &files, const QString &path)
        : files(files)
        , path(path)
    {
        files.add(path);
    }
    ~RecentFile() { files.remove(path); }
};

} // namespace

TEST_CASE("the start screen lists a recent project with its municipality and when it was saved and Enter opens it",
          "[ui][start]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("Innovationsakademi.akademi"), true);
    MainWindow window;
    RecentFile recent(*window.fileActions()->recentFiles(), path);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    StartPage *start = window.startPage();
    REQUIRE(start->isVisible());

    QListWidgetItem *item = itemFor(start, path);
    REQUIRE(item);
    CHECK(item->text() == QStringLiteral("Innovationsakademi"));
    const QString details = item->data(StartPage::DetailsRole).toString();
    INFO(details.toStdString());
    CHECK(details.contains(QStringLiteral("Silkeborg")));
    CHECK(details.contains(QStringLiteral("Saved today at")));
    CHECK_FALSE(item->data(StartPage::MissingRole).toBool());
    CHECK(item->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Silkeborg")));

    QListWidget *list = start->recentList();
    list->setCurrentItem(item);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(window.document());
    CHECK(QFileInfo(window.document()->filePath()) == QFileInfo(path));
    CHECK_FALSE(start->isVisible());
    window.fileActions()->close();
    CHECK(start->isVisible());
}

TEST_CASE("a recent project that has gone stays on the start screen marked as not found", "[ui][start]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("on a network drive.akademi"));
    MainWindow window;
    RecentFile recent(*window.fileActions()->recentFiles(), path);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QListWidgetItem *item = itemFor(window.startPage(), path);
    REQUIRE(item);
    CHECK(item->data(StartPage::MissingRole).toBool());
    CHECK(item->data(StartPage::DetailsRole).toString().startsWith(QStringLiteral("Not found")));
}

TEST_CASE("the example opens from the start screen unsaved and saving it asks for a name", "[ui][start]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *example = window.startPage()->findChild<QToolButton *>(QStringLiteral("openExampleActionButton"));
    REQUIRE(example);
    CHECK(example->isVisible());
    example->click();

    Document *document = window.document();
    REQUIRE(document);
    CHECK(document->filePath().isEmpty());
    CHECK(document->project().academies.size() == 1);
    CHECK(document->project().participants.size() > 100);
    // Nothing to undo and nothing to save yet: the example is the start, not an edit.
    CHECK_FALSE(document->undoStack()->canUndo());
    CHECK_FALSE(document->isModified());

    bool asked = false;
    whenOpen([&](QWidget *open) {
        auto *dialog = qobject_cast<QFileDialog *>(open);
        if (!dialog)
            return false;
        asked = dialog->acceptMode() == QFileDialog::AcceptSave;
        dialog->reject();
        return true;
    });
    CHECK_FALSE(window.fileActions()->save());
    CHECK(asked);
}
