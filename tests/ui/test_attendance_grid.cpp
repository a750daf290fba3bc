// SPDX-License-Identifier: MPL-2.0
// Recording attendance in the window with the keyboard: arrow keys, Space, a letter per status,
// Delete, a selection marked at once and "Everyone present" then the absent, each one undo step,
// with the rates below the grid and beside it following every mark.
#include "attendancedialog.h"
#include "attendancegrid.h"
#include "attendanceproject.h"
#include "catch.h"
#include "models/attendancegridmodel.h"
#include "programmepage.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The workshop's grid in its dialog, on screen, with nothing recorded yet.
struct OpenGrid
{
    AttendanceProject project{false};
    Workspace workspace{project.document.get()};
    AttendanceDialog dialog{&workspace, project.workshopId};
    AttendanceGrid *grid = dialog.grid();
    AttendanceGridModel *model = dialog.model();

    OpenGrid()
    {
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        grid->setFocus();
    }

    std::optional<AttendanceStatus> status(int row, int column) const
    {
        return model->statusAt(model->index(row, column));
    }
    QString rate(int row, int column) const
    {
        return model->index(row, column).data().toString();
    }
    int steps() const { return project.document->undoStack()->count(); }
    void undo() const { project.document->undoStack()->undo(); }
};

} // namespace

TEST_CASE("the attendance grid is recorded with arrow keys Space letters and Delete each one undo step",
          "[ui][attendance]")
{
    OpenGrid g;
    // Anne, Bo and Carl against 3 and 10 March; the cursor starts at Anne on the first session.
    REQUIRE(g.model->rateRow() == 3);
    REQUIRE(g.model->rateColumn() == 2);
    REQUIRE(g.grid->currentIndex() == g.model->index(0, 0));
    const int start = g.steps();

    QTest::keyClick(g.grid, Qt::Key_Space);
    CHECK(g.status(0, 0) == AttendanceStatus::Present);
    QTest::keyClick(g.grid, Qt::Key_Space);
    CHECK(g.status(0, 0) == AttendanceStatus::Absent);
    CHECK(g.steps() == start + 2);

    // A letter marks the cell and goes down to the next person.
    QTest::keyClick(g.grid, Qt::Key_E);
    CHECK(g.status(0, 0) == AttendanceStatus::Excused);
    CHECK(g.grid->currentIndex() == g.model->index(1, 0));
    QTest::keyClick(g.grid, Qt::Key_Right);
    QTest::keyClick(g.grid, Qt::Key_P);
    CHECK(g.status(1, 1) == AttendanceStatus::Present);
    CHECK(g.grid->currentIndex() == g.model->index(2, 1));

    // The rates are read, not marked: the cursor stops at the last person and the last session.
    QTest::keyClick(g.grid, Qt::Key_Down);
    QTest::keyClick(g.grid, Qt::Key_Right);
    CHECK(g.grid->currentIndex() == g.model->index(2, 1));
    QTest::keyClick(g.grid, Qt::Key_A);
    CHECK(g.status(2, 1) == AttendanceStatus::Absent);
    // Bo of three on 10 March; Bo at one of the two sessions recorded.
    CHECK(g.rate(g.model->rateRow(), 1) == QStringLiteral("33%"));
    CHECK(g.rate(1, g.model->rateColumn()) == QStringLiteral("50%"));
    CHECK(g.model->sessionTally(1).absent == 1);

    QTest::keyClick(g.grid, Qt::Key_Delete);
    CHECK_FALSE(g.status(2, 1));
    CHECK(g.model->sessionTally(1).absent == 0);
    CHECK(g.steps() == start + 6);
    g.undo();
    CHECK(g.status(2, 1) == AttendanceStatus::Absent);
}

TEST_CASE("everyone present then one absent is two undo steps and the rates follow", "[ui][attendance]")
{
    OpenGrid g;
    const int start = g.steps();
    QTest::mouseClick(g.dialog.everyonePresentButton(), Qt::LeftButton);
    for (int row = 0; row < 3; ++row)
        CHECK(g.status(row, 0) == AttendanceStatus::Present);
    CHECK_FALSE(g.status(0, 1));
    CHECK(g.rate(g.model->rateRow(), 0) == QStringLiteral("100%"));
    CHECK(g.dialog.totalsLabel()->text().contains(QStringLiteral("100%")));
    // The grid has the keys again straight away: down to Bo, and he was absent after all.
    REQUIRE(g.grid->hasFocus());
    QTest::keyClick(g.grid, Qt::Key_Down);
    QTest::keyClick(g.grid, Qt::Key_A);
    CHECK(g.status(1, 0) == AttendanceStatus::Absent);
    CHECK(g.rate(g.model->rateRow(), 0) == QStringLiteral("67%"));
    CHECK(g.rate(1, g.model->rateColumn()) == QStringLiteral("0%"));
    CHECK(g.dialog.totalsLabel()->text().contains(QStringLiteral("67%")));
    CHECK(g.steps() == start + 2);

    // Ctrl+Z in the dialog takes back the absence, then everyone at once.
    QTest::keyClick(g.grid, Qt::Key_Z, Qt::ControlModifier);
    CHECK(g.status(1, 0) == AttendanceStatus::Present);
    QTest::keyClick(g.grid, Qt::Key_Z, Qt::ControlModifier);
    for (int row = 0; row < 3; ++row)
        CHECK_FALSE(g.status(row, 0));
    CHECK(g.dialog.totalsLabel()->text() == QStringLiteral("No attendance recorded yet."));
}

TEST_CASE("a letter marks every selected cell in one undo step and Space gives them the same next mark",
          "[ui][attendance]")
{
    OpenGrid g;
    const int start = g.steps();
    g.grid->setCurrentIndex(g.model->index(0, 0));
    QTest::keyClick(g.grid, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(g.grid, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(g.grid, Qt::Key_Right, Qt::ShiftModifier);
    REQUIRE(g.grid->chosenCells().size() == 6);
    QTest::keyClick(g.grid, Qt::Key_E);
    for (int row = 0; row < 3; ++row)
        for (int column = 0; column < 2; ++column)
            CHECK(g.status(row, column) == AttendanceStatus::Excused);
    CHECK(g.steps() == start + 1);
    // After excused, Space goes round to not recorded, for all six.
    QTest::keyClick(g.grid, Qt::Key_Space);
    CHECK(g.project.document->project().attendances.isEmpty());
    CHECK(g.steps() == start + 2);
}

TEST_CASE("the navigator's menu opens the attendance grid of the selected activity", "[ui][attendance]")
{
    OpenWindow w;
    const Project &project = w.window.workspace()->document()->project();
    const Activity &activity = project.activities.items().front();
    w.window.programmePage()->showEntity(int(EntityType::Activity), activity.id);
    auto *action = w.window.findChild<QAction *>(QStringLiteral("recordAttendanceAction"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    QString title;
    int rows = -1;
    whenOpen([&](QWidget *open) {
        auto *dialog = qobject_cast<AttendanceDialog *>(open);
        if (!dialog)
            return false;
        title = dialog->windowTitle();
        rows = dialog->model()->rateRow();
        dialog->close();
        return true;
    });
    action->trigger();
    CHECK(title.contains(activity.title));
    int enrolled = 0;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId == activity.id && enrolment.expectsAttendance())
            ++enrolled;
    CHECK(rows == enrolled);
    CHECK(enrolled > 0);
}
