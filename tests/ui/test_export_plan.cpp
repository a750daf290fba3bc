// SPDX-License-Identifier: MPL-2.0
// File › Export › Programme Plan in the window: the consultant picks the language, saves a PDF,
// and the same plan can be printed.
#include "catch.h"
#include "exportplandialog.h"
#include "mainwindow.h"
#include "report/programmeplan.h"
#include "testfiles.h"
#include "widgetfinders.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrinter>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the programme plan is exported from the window in the language chosen", "[ui][plan]")
{
    TempFolder folder;
    const QString project = makeProjectFile(folder, QStringLiteral("eksempel.akademi"), true);
    const QString pdf = folder.path(QStringLiteral("plan.pdf"));
    MainWindow window;
    window.show();
    window.openFile(project);
    REQUIRE(window.document());

    bool saved = false;
    // The export dialog, then the file dialog it opens.
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ExportPlanDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *language = dialog->findChildren<QComboBox *>().at(1);
        language->setCurrentIndex(language->findText(QStringLiteral("English")));
        CHECK(dialog->options().locale.language() == QLocale::English);
        QTimer::singleShot(0, [&] {
            answerWithPath(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()), pdf);
            saved = true;
        });
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Save as PDF…"))
                button->click();
    });
    window.findChild<QAction *>(QStringLiteral("exportPlanAction"))->trigger();
    REQUIRE(saved);
    const QByteArray bytes = readBytes(pdf);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.size() > 20000);
    // The window still speaks its own language afterwards.
    CHECK(QLocale().language() == QLocale::English);
    // The status bar says where it went and offers to open it.
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Saved %1.").arg(QFileInfo(pdf).fileName()));
    auto *open = window.statusBar()->findChild<QPushButton *>(QStringLiteral("openExported"));
    REQUIRE(open);
    CHECK(open->isVisible());
    CHECK(open->toolTip().contains(QDir::toNativeSeparators(pdf)));
    window.statusBar()->showMessage(QStringLiteral("Something else"));
    CHECK_FALSE(open->isVisible());
}

TEST_CASE("the programme plan prints through a printer as well as it exports", "[ui][plan]")
{
    TempFolder folder;
    const Project project = readProject(makeProjectFile(folder, QStringLiteral("eksempel.akademi"), true));
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(folder.path(QStringLiteral("printed.pdf")));
    QString error;
    INFO(error.toStdString());
    REQUIRE(ProgrammePlan::paint(project, {}, &printer, &error));
    CHECK(readBytes(folder.path(QStringLiteral("printed.pdf"))).startsWith("%PDF-"));
}
