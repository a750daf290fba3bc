// SPDX-License-Identifier: MPL-2.0
// What the window says back: undo steps that say what and where, the status bar after saving and
// undoing, the file's state, and Ctrl+Y for redo.
#include "academydialog.h"
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "fileactions.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "programmepage.h"
#include "trackform.h"
#include "testfiles.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("an undo step says what changed where and the status bar says what happened", "[ui][feedback]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const QString &path = open.path;
    auto *state = window.statusBar()->findChild<QLabel *>(QStringLiteral("fileState"));
    REQUIRE(state);
    CHECK(state->text() == QStringLiteral("Saved"));

    Activity activity = window.document()->project().activities.at(0);
    const QString title = activity.title;
    activity.title = QStringLiteral("Innovationsværksted");
    ProjectEditor editor(*window.document());
    REQUIRE(editor.update(activity, QStringLiteral("title")).ok);
    CHECK(window.document()->undoStack()->undoText()
          == QStringLiteral("Change the title of Activity “%1”").arg(title));
    CHECK(state->text() == QStringLiteral("Unsaved changes"));
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    auto *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->text() == QStringLiteral("&Undo Change the title of Activity “%1”").arg(title));

    // A step that changes two fields says which row it was.
    Session session = window.document()->project().sessions.at(0);
    session.startTime = QTime(8, 0);
    session.location = QStringLiteral("Room 4");
    REQUIRE(editor.update(session).ok);
    CHECK(window.document()->undoStack()->undoText().startsWith(QStringLiteral("Edit Session on ")));

    undo->trigger();
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Undone: Edit Session on ")));
    undo->trigger();
    CHECK(window.document()->project().activities.at(0).title == title);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Undone: Change the title of Activity “%1”").arg(title));

    // Ctrl+Y redoes, as Ctrl+Shift+Z does.
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Y));
    CHECK(window.document()->project().activities.at(0).title == QStringLiteral("Innovationsværksted"));
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Redone: Change the title of")));

    window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Saved aarhus.akademi."));
    CHECK(state->text() == QStringLiteral("Saved"));
    CHECK(readProject(path).activities.at(0).title == QStringLiteral("Innovationsværksted"));
}

TEST_CASE("a track's colour button shows the colour and a word, not its code", "[ui][feedback]")
{
    OpenWindow open;
    const Track track = open.window.document()->project().tracks.at(0);
    open.window.programmePage()->showEntity(int(EntityType::Track), track.id);
    auto *button = byAccessibleName<QPushButton>(open.window.programmePage()->trackForm(),
                                                 QStringLiteral("Track colour"));
    CHECK(button->text() == QStringLiteral("Change…"));
    CHECK_FALSE(button->text().contains(QLatin1Char('#')));
    CHECK(button->toolTip().contains(track.colour.name()));
    // The swatch is painted in the track's colour.
    const QImage swatch = button->icon().pixmap(QSize(28, 16)).toImage();
    CHECK(swatch.pixelColor(swatch.width() / 2, swatch.height() / 2) == track.colour);
}

TEST_CASE("English counts say 1 participant and 2 participants", "[ui][feedback]")
{
    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    CHECK(QCoreApplication::translate("Akademiplan::ProjectEditor", "Enrol %n participant(s)", nullptr, 1)
          == QStringLiteral("Enrol 1 participant"));
    CHECK(QCoreApplication::translate("Akademiplan::ProjectEditor", "Enrol %n participant(s)", nullptr, 2)
          == QStringLiteral("Enrol 2 participants"));
    CHECK(QCoreApplication::translate("Akademiplan::ParticipantsPage", "Delete %Ln people?", nullptr, 1)
          == QStringLiteral("Delete 1 person?"));
    // Danish keeps its own forms.
    REQUIRE(Translations::install(QLocale(QLocale::Danish, QLocale::Denmark)));
    CHECK(QCoreApplication::translate("Akademiplan::ProjectEditor", "Enrol %n participant(s)", nullptr, 1)
          == QStringLiteral("Tilmeld 1 deltager"));
    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)));
}

TEST_CASE("the new project dialog takes a municipality's code or name and says when it knows neither",
          "[ui][feedback]")
{
    AcademyDialog dialog(AcademyDialog::Mode::NewProject, QString());
    dialog.show();
    auto *municipality = byAccessibleName<QComboBox>(&dialog, QStringLiteral("Municipality"));
    auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("municipalityHint"));
    REQUIRE(hint);
    CHECK_FALSE(ok->isEnabled());

    QTest::keyClicks(municipality->lineEdit(), QStringLiteral("7510"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(hint->isVisible());
    INFO(hint->text().toStdString());
    CHECK(hint->text().contains(QStringLiteral("No municipality is called \"7510\"")));

    municipality->lineEdit()->clear();
    QTest::keyClicks(municipality->lineEdit(), QStringLiteral("751"));
    CHECK(ok->isEnabled());
    CHECK_FALSE(hint->isVisible());
    CHECK(dialog.municipality().code == 751);
    CHECK(byAccessibleName<QLineEdit>(&dialog, QStringLiteral("Academy name"))->text().contains(QStringLiteral("Aarhus")));

    municipality->lineEdit()->clear();
    QTest::keyClicks(municipality->lineEdit(), QStringLiteral("odense"));
    CHECK(dialog.municipality().code == 461);

    // Tab goes down the form: from the municipality to the academy's box, then its name.
    CHECK(municipality->nextInFocusChain() != nullptr);
    QWidget *afterMunicipality = municipality;
    do
        afterMunicipality = afterMunicipality->nextInFocusChain();
    while (afterMunicipality
           && (municipality->isAncestorOf(afterMunicipality) || !(afterMunicipality->focusPolicy() & Qt::TabFocus)));
    CHECK(qobject_cast<QGroupBox *>(afterMunicipality) != nullptr);
}
