// SPDX-License-Identifier: MPL-2.0
// File › Export › Calendar in the window: the consultant chooses whose sessions, saves the file,
// and a session deleted in the window comes out cancelled.
#include "calendarexportdialog.h"
#include "catch.h"
#include "editor/projecteditor.h"
#include "widgetfinders.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the File menu's Export submenu holds the plan the outputs for each audience the lists and the calendar", "[ui][calendar]")
{
    OpenWindow open;
    auto *exportMenu = open.window.findChild<QMenu *>(QStringLiteral("exportMenu"));
    REQUIRE(exportMenu);
    QStringList names;
    for (const QAction *action : exportMenu->actions())
        names.append(action->objectName());
    // The programme plan, then what is made from it for each audience, then the lists and the calendar.
    CHECK(names == QStringList{QStringLiteral("exportPlanAction"), QStringLiteral("exportOnePagerAction"),
                               QStringLiteral("exportRunSheetsAction"), QStringLiteral("exportSchedulesAction"),
                               QStringLiteral("exportInvitationAction"), QStringLiteral("exportWebPageAction"),
                               QStringLiteral("exportParticipantsAction"), QStringLiteral("exportBudgetAction"),
                               QStringLiteral("exportCalendarAction")});
    CHECK(exportMenu->menuAction()->text() == QStringLiteral("&Export"));
}

TEST_CASE("a participant's own sessions are saved as a calendar from the window", "[ui][calendar]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Project &project = window.document()->project();
    const Activity &groupC = activityTitled(project, QStringLiteral("Leading innovation, group C"));
    const Participant *manager = nullptr;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId == groupC.id && enrolment.status == EnrolmentStatus::Enrolled)
            manager = project.participants.find(enrolment.participantId);
    REQUIRE(manager);
    const QString path = open.folder.path(QStringLiteral("leder.ics"));

    bool saved = false;
    QString summary;
    whenOpen([&](QWidget *modal) {
        auto *dialog = qobject_cast<CalendarExportDialog *>(modal);
        if (!dialog)
            return false;
        QRadioButton *person = nullptr;
        for (QRadioButton *choice : dialog->findChildren<QRadioButton *>())
            if (choice->text().remove(QLatin1Char('&')).contains(QStringLiteral("participant")))
                person = choice;
        REQUIRE(person);
        // On a busy machine the dialog can still be waiting to become the active window, and a
        // field of an inactive window takes no focus; a user clicking it makes it active.
        QApplication::setActiveWindow(dialog);
        QTest::mouseClick(person, Qt::LeftButton);
        auto *field = dialog->findChild<QLineEdit *>();
        CHECK(field->hasFocus());
        QTest::keyClicks(field, manager->email);
        summary = dialog->findChild<QLabel *>(QStringLiteral("calendarSummary"))->text();
        whenOpen([&](QWidget *files) {
            auto *fileDialog = qobject_cast<QFileDialog *>(files);
            if (!fileDialog)
                return false;
            answerWithPath(fileDialog, path);
            saved = true;
            return true;
        });
        buttonCalled(dialog, QStringLiteral("Save Calendar…"))->click();
        return true;
    });
    window.findChild<QAction *>(QStringLiteral("exportCalendarAction"))->trigger();
    REQUIRE(saved);
    CHECK(summary == QStringLiteral("Sessions in the calendar: 5"));

    const QString calendar = QString::fromUtf8(readBytes(path));
    CHECK(calendar.contains(QStringLiteral("\r\nX-WR-CALNAME:%1\r\n").arg(manager->name)));
    CHECK(calendar.count(QStringLiteral("BEGIN:VEVENT")) == 5);
    for (const Session *session : project.sessionsOf(groupC.id))
        CHECK(calendar.contains(session->uuid.toString(QUuid::WithoutBraces) + QStringLiteral("@akademiplan")));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Saved leder.ics."));
}

TEST_CASE("a session deleted in the window is in the next calendar as cancelled", "[ui][calendar]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Project &project = window.document()->project();
    const Activity &meetings = activityTitled(project, QStringLiteral("Network meetings"));
    const Session removed = *project.sessionsOf(meetings.id).front();
    REQUIRE(window.workspace()->editor()->remove(EntityType::Session, removed.id));

    CalendarExportDialog dialog(*window.document(), &window);
    auto *programme = dialog.findChild<QComboBox *>();
    programme->setCurrentIndex(programme->findText(QStringLiteral("Network meetings"), Qt::MatchEndsWith));
    CHECK(dialog.scope().activityId == meetings.id);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("calendarSummary"))->text()
          == QStringLiteral("Sessions in the calendar: 3"));
    const QString path = open.folder.path(QStringLiteral("netværk.ics"));
    REQUIRE(dialog.writeTo(path));
    const QString calendar = QString::fromUtf8(readBytes(path));
    CHECK(calendar.count(QStringLiteral("BEGIN:VEVENT")) == 4);
    const qsizetype at = calendar.indexOf(removed.uuid.toString(QUuid::WithoutBraces));
    REQUIRE(at > 0);
    CHECK(calendar.mid(at, calendar.indexOf(QStringLiteral("END:VEVENT"), at) - at)
              .contains(QStringLiteral("\r\nSTATUS:CANCELLED\r\n")));
}
