// SPDX-License-Identifier: MPL-2.0
// File › Share a Copy as a consultant uses it, and the copy as the municipality's program shows it.
#include "catch.h"
#include "document/document.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "sharecopydialog.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the share dialog offers the copy without personal data first and says what the copy holds",
          "[ui][sharing]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    const Project project = readProject(path);
    ShareCopyDialog dialog(project, QStringLiteral("silkeborg.akademi"));
    auto *without = dialog.findChild<QRadioButton *>(QStringLiteral("withoutPersonalData"));
    auto *with = dialog.findChild<QRadioButton *>(QStringLiteral("withPersonalData"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("shareSummary"));
    REQUIRE(without);
    REQUIRE(with);
    REQUIRE(summary);
    CHECK(without->isChecked());
    CHECK(dialog.options().withoutPersonalData);
    CHECK(summary->text().contains(QStringLiteral("neutral label")));
    CHECK(summary->text().contains(QStringLiteral("Free text that may name people is included")));
    with->setChecked(true);
    CHECK_FALSE(dialog.options().withoutPersonalData);
    CHECK(summary->text().contains(QStringLiteral("names, e-mail addresses and phone numbers of %1 participants")
                                       .arg(project.participants.size())));
}

TEST_CASE("sharing from the File menu writes the copy, and the copy opens marked as without personal data",
          "[ui][sharing]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    const QString copy = folder.path(QStringLiteral("for hr.akademi"));
    QStringList answered;
    QString suggested;
    // Answers each modal window as the consultant would, one after the other, for the whole test:
    // a message nobody expected is then a failure below instead of a window that waits forever.
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ShareCopyDialog *>(modal)) {
            dialog->findChild<QLineEdit *>(QStringLiteral("recipient"))->setText(QStringLiteral("HR"));
            answered.append(QStringLiteral("share"));
            dialog->accept();
        } else if (auto *files = qobject_cast<QFileDialog *>(modal); files && files->isVisible()) {
            if (suggested.isEmpty())
                suggested = files->selectedFiles().value(0);
            // Typed into the name field, as a user does (selectFile() of a file that does not
            // exist yet loses to the dialog's own selection while it reads the folder).
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return; // never answered: the test fails on the answers below
            name->setText(QFileInfo(copy).fileName());
            answered.append(QStringLiteral("file"));
            QMetaObject::invokeMethod(files, "accept");
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            answered.append(box->text());
            box->accept();
        }
    });
    answer.start(20);
    {
        MainWindow window;
        window.show();
        REQUIRE(window.fileActions()->openFile(path));
        CHECK(window.fileActions()->shareCopy());
        CHECK_FALSE(window.document()->isModified());
    }
    REQUIRE(readProject(path).info.shares.size() == 1);
    CHECK(readProject(path).info.shares.front().recipient == QStringLiteral("HR"));

    MainWindow received;
    received.show();
    const bool opened = received.fileActions()->openFile(copy);
    answer.stop();
    INFO(answered.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(opened);
    REQUIRE(answered.size() == 3);
    CHECK(answered.at(2).contains(QStringLiteral("ready to send")));
    CHECK(suggested.endsWith(QStringLiteral("silkeborg (without personal data).akademi")));
    CHECK(received.windowTitle().contains(QStringLiteral("(copy without personal data)")));
    auto *state = received.statusBar()->findChild<QLabel *>(QStringLiteral("fileState"));
    REQUIRE(state);
    CHECK(state->text().contains(QStringLiteral("without personal data")));
}
