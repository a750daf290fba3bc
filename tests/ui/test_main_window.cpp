// SPDX-License-Identifier: MPL-2.0
// A consultant's first session with the real window, driven with keyboard and mouse input: a new
// project from the template, a goal written, a session added, all managers enrolled, people
// searched, and every step undone again, with the saved file checked along the way.
#include "academydialog.h"
#include "academyform.h"
#include "activityform.h"
#include "catch.h"
#include "document/document.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "models/academytreemodel.h"
#include "participantdialog.h"
#include "participantspage.h"
#include "programmepage.h"
#include "testfiles.h"
#include "widgetfinders.h"
#include "trackform.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// Runs `handle` on the modal dialog that `open` shows, as a user would answer it.
template <typename Dialog>
void answerDialog(const std::function<void()> &open, const std::function<void(Dialog *)> &handle)
{
    bool handled = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        handle(dialog);
        handled = true;
    });
    open();
    // Some dialogs are opened window-modal without blocking; then the answer comes a little later.
    REQUIRE(QTest::qWaitFor([&] { return handled; }, 3000));
}

QAction *action(MainWindow &window, const char *name)
{
    auto *found = window.findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

QAbstractButton *button(QWidget *parent, const QString &text)
{
    for (QAbstractButton *candidate : parent->findChildren<QAbstractButton *>())
        if (candidate->text().remove(QLatin1Char('&')) == text && candidate->isVisible())
            return candidate;
    FAIL("no visible button " << text.toStdString());
    return nullptr;
}

Project saved(MainWindow &window)
{
    FileProblem problem;
    INFO(problem.message.toStdString());
    REQUIRE(window.document()->save(&problem));
    return readProject(window.document()->filePath());
}

void selectInNavigator(MainWindow &window, EntityType type, qint64 id)
{
    QTreeView *navigator = window.programmePage()->navigator();
    const QModelIndex index = window.workspace()->academyTree()->indexOf(type, id);
    REQUIRE(index.isValid());
    navigator->scrollTo(index);
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {}, navigator->visualRect(index).center());
    REQUIRE(window.programmePage()->current() == std::pair<int, qint64>(int(type), id));
}

} // namespace

TEST_CASE("a consultant builds an academy in the window and undoes it all again", "[ui]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("odense.akademi"));
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // File › New Project: Odense, found by typing, with the four-track template.
    answerDialog<AcademyDialog>([&] { action(window, "newProjectAction")->trigger(); }, [](AcademyDialog *dialog) {
        auto *municipality = dialog->findChild<QComboBox *>();
        QTest::keyClicks(municipality->lineEdit(), QStringLiteral("Odense (461)"));
        REQUIRE(dialog->municipality().code == 461);
        dialog->accept();
    });
    REQUIRE(window.document());
    CHECK(window.document()->project().info.municipalityName == QStringLiteral("Odense"));
    CHECK(window.document()->project().tracks.size() == 4);
    CHECK(window.isWindowModified());

    // File › Save asks where, the first time.
    answerDialog<QFileDialog>([&] { action(window, "saveAction")->trigger(); }, [&](QFileDialog *dialog) {
        answerWithPath(dialog, path);
    });
    REQUIRE(window.document()->filePath() == path);
    CHECK_FALSE(window.isWindowModified());
    CHECK(window.windowTitle().contains(QStringLiteral("odense.akademi")));
    Project file = readProject(path);
    CHECK(file.academies.size() == 1);
    CHECK(file.tracks.size() == 4);

    // Write the leadership track's goal in its form.
    qint64 leadership = 0;
    for (const Track &track : window.document()->project().tracks)
        if (track.kind == TrackKind::LeadershipInnovators)
            leadership = track.id;
    selectInNavigator(window, EntityType::Track, leadership);
    auto *goal = byAccessibleName<QPlainTextEdit>(window.programmePage()->trackForm(), QStringLiteral("Goal"));
    goal->setFocus();
    goal->moveCursor(QTextCursor::End);
    const int stepsBeforeGoal = window.document()->undoStack()->count();
    QTest::keyClicks(goal, QStringLiteral(" Alle 130 ledere."));
    // Typing is written once it pauses, as one undo step, without leaving the field.
    CHECK(QTest::qWaitFor(
        [&] { return window.document()->project().tracks.find(leadership)->goal.endsWith(QStringLiteral("ledere.")); },
        2000));
    CHECK(window.document()->undoStack()->count() == stepsBeforeGoal + 1);
    CHECK(saved(window).tracks.find(leadership)->goal.endsWith(QStringLiteral("Alle 130 ledere.")));
    const int stepsAfterGoal = window.document()->undoStack()->count();

    // Add a session to the first activity of the track.
    const qint64 activity = window.document()->project().activitiesOf(leadership).front()->id;
    selectInNavigator(window, EntityType::Activity, activity);
    QTest::mouseClick(button(window.programmePage()->activityForm(), QStringLiteral("Add Session")), Qt::LeftButton);
    CHECK(saved(window).sessions.size() == 1);
    CHECK(window.programmePage()->activityForm()->sessionTable()->model()->rowCount() == 1);

    // Two managers and a politician join the project through the participants page.
    window.tabs()->setCurrentWidget(window.participantsPage());
    const std::vector<std::pair<QString, ParticipantRole>> people = {
        {QStringLiteral("Mette Frederiksen"), ParticipantRole::Manager},
        {QStringLiteral("Lars Løkke"), ParticipantRole::Manager},
        {QStringLiteral("Karen Blixen"), ParticipantRole::Politician}};
    for (const auto &[name, role] : people) {
        answerDialog<ParticipantDialog>(
            [&] { QTest::mouseClick(button(window.participantsPage(), QStringLiteral("Add…")), Qt::LeftButton); },
            [&](ParticipantDialog *dialog) {
                QTest::keyClicks(byAccessibleName<QLineEdit>(dialog, QStringLiteral("Name")), name);
                auto *roleBox = byAccessibleName<QComboBox>(dialog, QStringLiteral("Role"));
                roleBox->setCurrentIndex(roleBox->findData(int(role)));
                dialog->accept();
            });
    }
    CHECK(saved(window).participants.size() == 3);

    // Enrol all managers in the leadership track: a bulk enrolment as one step, carried down to
    // each of the track's activities, which the window says.
    window.tabs()->setCurrentWidget(window.programmePage());
    selectInNavigator(window, EntityType::Track, leadership);
    auto *everyone = window.programmePage()->trackForm()->findChild<QToolButton *>(QStringLiteral("enrolAllButton"));
    REQUIRE(everyone);
    QAction *allManagers = nullptr;
    for (QAction *candidate : everyone->menu()->actions())
        if (candidate->text() == QStringLiteral("All Managers"))
            allManagers = candidate;
    REQUIRE(allManagers);
    QString told;
    whenOpen([&](QWidget *open) {
        auto *box = qobject_cast<QMessageBox *>(open);
        if (!box)
            return false;
        told = box->text();
        box->accept();
        return true;
    });
    allManagers->trigger();
    CHECK_FALSE(told.isEmpty());
    file = saved(window);
    const qsizetype activities = qsizetype(window.document()->project().activitiesOf(leadership).size());
    REQUIRE(activities > 0);
    CHECK(file.enrolments.size() == 2 * (1 + activities));
    for (const Enrolment &enrolment : file.enrolments)
        CHECK(file.participants.find(enrolment.participantId)->role == ParticipantRole::Manager);

    // Search the participants: typing narrows the table at once.
    window.tabs()->setCurrentWidget(window.participantsPage());
    auto *search = byAccessibleName<QLineEdit>(window.participantsPage(), QStringLiteral("Search participants"));
    QTest::keyClicks(search, QStringLiteral("løkke"));
    auto *table = byAccessibleName<QTableView>(window.participantsPage(), QStringLiteral("Participants"));
    CHECK(table->model()->rowCount() == 1);
    search->clear();
    CHECK(table->model()->rowCount() == 3);

    // Undo everything; the history ends at the empty new project.
    CHECK(window.document()->undoStack()->count() > stepsAfterGoal);
    QAction *undo = action(window, "undoAction");
    while (undo->isEnabled())
        undo->trigger();
    file = saved(window);
    CHECK(file.academies.isEmpty());
    CHECK(file.tracks.isEmpty());
    CHECK(file.participants.isEmpty());
    CHECK(file.enrolments.isEmpty());
    CHECK(file.info.municipalityCode == 461);

    // Redo brings the goal back.
    action(window, "redoAction")->trigger();
    action(window, "redoAction")->trigger();
    CHECK(saved(window).tracks.find(leadership)->goal.endsWith(QStringLiteral("Alle 130 ledere.")));
    window.document()->undoStack()->setClean();
}

TEST_CASE("every label with a mnemonic in the academy track and activity forms takes the cursor to its field",
          "[ui][accessibility]")
{
    OpenWindow open;
    const Project &project = open.window.document()->project();
    selectInNavigator(open.window, EntityType::Academy, project.academies.at(0).id);
    REQUIRE(open.window.programmePage()->academyForm()->isVisible());
    CHECK(mnemonicsWithoutField(open.window.programmePage()->academyForm()).isEmpty());
    selectInNavigator(open.window, EntityType::Track, project.tracks.at(0).id);
    REQUIRE(open.window.programmePage()->trackForm()->isVisible());
    CHECK(mnemonicsWithoutField(open.window.programmePage()->trackForm()).isEmpty());
    selectInNavigator(open.window, EntityType::Activity, project.activities.at(0).id);
    REQUIRE(open.window.programmePage()->activityForm()->isVisible());
    CHECK(mnemonicsWithoutField(open.window.programmePage()->activityForm()).isEmpty());
}

TEST_CASE("the window speaks Danish when Danish is chosen", "[ui][i18n]")
{
    REQUIRE(Translations::install(QLocale(QLocale::Danish, QLocale::Denmark)));
    {
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        REQUIRE(menus.size() >= 4);
        CHECK(menus.at(0)->text() == QStringLiteral("&Filer"));
        CHECK(menus.at(1)->text() == QStringLiteral("R&ediger"));
        CHECK(action(window, "newProjectAction")->text() == QStringLiteral("&Nyt projekt…"));
        CHECK(action(window, "openAction")->text() == QStringLiteral("&Åbn…"));
        CHECK(action(window, "saveAction")->text() == QStringLiteral("&Gem"));
        CHECK(action(window, "saveAsAction")->text() == QStringLiteral("Gem &som…"));
        CHECK(action(window, "undoAction")->text().startsWith(QStringLiteral("&Fortryd")));
        CHECK(action(window, "newAcademyAction")->text().contains(QStringLiteral("akademi")));
        CHECK(QLocale().toString(QDate(2027, 3, 2), QStringLiteral("dddd")) == QStringLiteral("tirsdag"));
    }
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
}
