// SPDX-License-Identifier: MPL-2.0
// Qt's own dialogs as the program sets them up: the file dialog names a project file by what it
// is and shows its columns in full.
#include "catch.h"
#include "windowfixture.h"

#include <QAction>
#include <QFileDialog>
#include <QTreeView>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the open dialog names a project file by what it is and shows its columns in full", "[ui]")
{
    OpenWindow open;
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        REQUIRE(files);
        seen = true;
        files->setDirectory(open.folder.path(QString()));
        auto *view = files->findChild<QTreeView *>(QStringLiteral("treeView"));
        REQUIRE(view);
        // What a column needs to show its cells in full, as the view measures them.
        auto needed = [view](int column) { return static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column); };
        // The folder is read in the background.
        QModelIndex project;
        REQUIRE(QTest::qWaitFor(
            [&] {
                for (int row = 0; row < view->model()->rowCount(view->rootIndex()); ++row) {
                    const QModelIndex name = view->model()->index(row, 0, view->rootIndex());
                    if (name.data().toString() == QStringLiteral("aarhus.akademi"))
                        project = name;
                }
                return project.isValid() && view->columnWidth(2) >= needed(2);
            },
            5000));
        // Not "SQLite3 database", clipped to "SQL…ase".
        CHECK(project.siblingAtColumn(2).data().toString() == QStringLiteral("Akademiplan project"));
        for (int column = 0; column < 4; ++column) {
            INFO("column " << view->model()->headerData(column, Qt::Horizontal).toString().toStdString());
            CHECK_FALSE(view->isColumnHidden(column));
            CHECK(view->columnWidth(column) >= needed(column));
        }
        files->reject();
    });
    open.window.findChild<QAction *>(QStringLiteral("openAction"))->trigger();
    CHECK(seen);
    CHECK(open.window.document()->filePath() == open.path);
}
