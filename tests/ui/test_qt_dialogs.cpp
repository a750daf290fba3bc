// SPDX-License-Identifier: MPL-2.0
// Qt's own dialogs as the program sets them up: the print preview writes and reads its zoom in
// the window's numbers, and the file dialog names a project file by what it is and shows its
// columns in full.
#include "catch.h"
#include "exportplandialog.h"
#include "i18n/translations.h"
#include "previewzoom.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTreeView>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the print preview writes and reads its zoom in Danish numbers and shows every page upright",
          "[ui][plan][i18n]")
{
    REQUIRE(Translations::install(QLocale(QLocale::Danish, QLocale::Denmark)));
    {
        TempFolder folder;
        const Project project = readProject(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
        ExportPlanDialog dialog(project, QString());
        bool seen = false;
        QTimer::singleShot(0, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            REQUIRE(preview);
            seen = true;
            auto *pages = preview->findChild<QPrintPreviewWidget *>();
            auto *zoom = preview->findChild<QComboBox *>();
            REQUIRE(pages);
            REQUIRE(zoom);
            REQUIRE(zoom->lineEdit());
            // Fitted to the window, at a zoom with decimals: "45,8 %", not Qt's "45.8%".
            const QString shown = zoom->lineEdit()->text();
            INFO("zoom " << shown.toStdString());
            CHECK(shown == PreviewZoom::text(pages->zoomFactor()));
            CHECK(shown.contains(QLatin1Char(',')));
            CHECK_FALSE(shown.contains(QLatin1Char('.')));
            CHECK(zoom->itemText(0) == PreviewZoom::text(0.125));
            CHECK(zoom->itemText(0).startsWith(QStringLiteral("12,5")));

            // A zoom typed as a Dane writes it.
            zoom->lineEdit()->selectAll();
            QTest::keyClicks(zoom->lineEdit(), QStringLiteral("62,5"));
            QTest::keyClick(zoom->lineEdit(), Qt::Key_Return);
            CHECK(qAbs(pages->zoomFactor() - 0.625) < 0.001);
            CHECK(zoom->lineEdit()->text() == PreviewZoom::text(0.625));

            // The timeline and the calendar are turned onto upright pages: Qt's preview shows every
            // page in the orientation the document ends with, which would cut the upright ones.
            CHECK(pages->pageCount() >= 10);
            CHECK(preview->printer()->pageLayout().orientation() == QPageLayout::Portrait);
            preview->reject();
        });
        dialog.preview();
        CHECK(seen);
    }
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

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
