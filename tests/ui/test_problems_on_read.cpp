// SPDX-License-Identifier: MPL-2.0
// A file another program wrote may break Akademiplan's rules. The window opens it and tells the
// consultant which rows to mend, in words, instead of refusing it or hiding the problem.
#include "catch.h"
#include "document/document.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "testfiles.h"

#include <QApplication>
#include <QMessageBox>
#include <QTest>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("opening a file that breaks the rules shows which rows to mend, and the file stays editable",
          "[ui][rules]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("foreign.akademi"), true);
    const QString title =
        queryFile(path, QStringLiteral("SELECT title FROM activity ORDER BY id LIMIT 1")).value(0).toString();
    execOnFile(path, QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                 QStringLiteral("UPDATE activity SET capacity = -5 WHERE id = (SELECT min(id) FROM activity)")});

    MainWindow window;
    window.show();
    REQUIRE(window.fileActions()->openFile(path));
    QMessageBox *box = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            box = window.findChild<QMessageBox *>(QStringLiteral("problemsOnRead"));
            return box && box->isVisible();
        },
        3000));
    CHECK(box->text().contains(QStringLiteral("foreign.akademi")));
    CHECK(box->text().contains(QStringLiteral("1 row")));
    CHECK(box->informativeText().contains(QStringLiteral("Activity “%1”").arg(title)));
    CHECK(box->informativeText().contains(QStringLiteral("capacity cannot be negative")));
    box->accept();

    REQUIRE(window.document());
    CHECK_FALSE(window.document()->isReadOnly());
    CHECK(window.document()->project().activities.items().front().capacity == -5);
}

TEST_CASE("opening a sound file asks nothing about problems", "[ui][rules]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("sound.akademi"), true);
    MainWindow window;
    window.show();
    REQUIRE(window.fileActions()->openFile(path));
    QTest::qWait(50);
    CHECK(window.findChild<QMessageBox *>(QStringLiteral("problemsOnRead")) == nullptr);
}
