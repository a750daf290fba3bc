// SPDX-License-Identifier: MPL-2.0
// File › Export › Invitation Letter in the window: the selected activity's letter with its
// sessions filled in beside it, what the consultant types kept with the activity as one undo
// step, the standard letter kept as none, and the letter saved as text through the file dialog.
#include "catch.h"
#include "document/document.h"
#include "invitationdialog.h"
#include "mainwindow.h"
#include "programmepage.h"
#include "testfiles.h"
#include "widgetfinders.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the invitation of the selected activity is edited kept with it and saved as text", "[ui][invitation]")
{
    TempFolder folder;
    const QString project = makeProjectFile(folder, QStringLiteral("eksempel.akademi"), true);
    const QString text = folder.path(QStringLiteral("invitation.txt"));
    MainWindow window;
    window.show();
    window.openFile(project);
    Document *document = window.document();
    REQUIRE(document);
    const qint64 meetingsId = activityTitled(document->project(), QStringLiteral("Network meetings")).id;
    window.findChild<ProgrammePage *>()->showEntity(int(EntityType::Activity), meetingsId);

    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<InvitationDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        // It starts from the activity selected in the programme, in the standard letter.
        CHECK(dialog->activityId() == meetingsId);
        auto *language = dialog->findChildren<QComboBox *>().at(1);
        language->setCurrentIndex(language->findText(QStringLiteral("English")));
        CHECK(dialog->letter()->toPlainText().startsWith(QStringLiteral("Dear participant,")));
        CHECK(dialog->filledIn()->toPlainText().contains(QStringLiteral("- Tuesday 13 April 2027, 09:00–12:30")));

        // What is typed shows filled in at once, and is kept with the activity as one step.
        const int steps = document->undoStack()->count();
        dialog->letter()->selectAll();
        QTest::keyClicks(dialog->letter(), QStringLiteral("Hello network, see you at {place} on"));
        QTest::keyClick(dialog->letter(), Qt::Key_Return);
        QTest::keyClicks(dialog->letter(), QStringLiteral("{sessions}"));
        CHECK(dialog->filledIn()->toPlainText().startsWith(QStringLiteral("Hello network, see you at ")));
        QTRY_COMPARE(activityTitled(document->project(), QStringLiteral("Network meetings")).invitation,
                     dialog->letter()->toPlainText());
        CHECK(document->undoStack()->count() == steps + 1);

        QTimer::singleShot(0, [&] {
            answerWithPath(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()), text);
        });
        buttonCalled(dialog, QStringLiteral("Save as Text…"))->click();
        checked = true;
    });
    window.findChild<QAction *>(QStringLiteral("exportInvitationAction"))->trigger();
    REQUIRE(checked);
    const QString written = QString::fromUtf8(readBytes(text));
    CHECK(written.startsWith(QStringLiteral("Hello network, see you at ")));
    CHECK(written.contains(QStringLiteral("- Tuesday 8 June 2027, 09:00–12:30")));

    // Undo takes the letter back to the standard one, kept as none.
    document->undoStack()->undo();
    CHECK(activityTitled(document->project(), QStringLiteral("Network meetings")).invitation.isEmpty());
}

TEST_CASE("going back to the standard letter keeps none so that it follows the language", "[ui][invitation]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("eksempel.akademi"), true));
    Workspace workspace(document.get());
    const qint64 meetingsId = activityTitled(document->project(), QStringLiteral("Network meetings")).id;
    {
        InvitationDialog dialog(&workspace, meetingsId);
        dialog.letter()->setPlainText(QStringLiteral("Kære alle"));
    }
    // Closing the dialog keeps what was typed.
    CHECK(activityTitled(document->project(), QStringLiteral("Network meetings")).invitation == QStringLiteral("Kære alle"));
    {
        InvitationDialog dialog(&workspace, meetingsId);
        CHECK(dialog.letter()->toPlainText() == QStringLiteral("Kære alle"));
        buttonCalled(&dialog, QStringLiteral("Use the Standard Letter"))->click();
        CHECK(dialog.letter()->toPlainText().startsWith(QStringLiteral("Kære deltager,")));
    }
    CHECK(activityTitled(document->project(), QStringLiteral("Network meetings")).invitation.isEmpty());
}
