// SPDX-License-Identifier: MPL-2.0
// The planning warnings in the window, driven as a consultant would: the count in the status
// bar follows an edit, the panel filters and goes to the item, a warning is dismissed with a
// reason and restored, and the activity's form shows its warning beside its heading.
#include "editor/projecteditor.h"
#include "planning/planchecker.h"
#include "planwarninglines.h"
#include "programmepage.h"
#include "activityform.h"
#include "warningspanel.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The first session of the example's network meetings, which every test moves around.
const Session &networkMeeting(const Project &project)
{
    for (const Activity &activity : project.activities)
        if (activity.title == QStringLiteral("Network meetings"))
            return *project.sessionsOf(activity.id).front();
    FAIL("no network meetings in the example");
    return project.sessions.items().front();
}

void waitForCheck(MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.workspace()->planChecker()->isPending(), 5000);
}

QString cellText(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("the status bar counts the warnings and a session moved to Ascension Day is a problem there", "[ui][plancheck]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    waitForCheck(window);
    auto *count = window.findChild<QToolButton *>(QStringLiteral("warningCount"));
    REQUIRE(count);
    CHECK(count->isVisible());
    // The example's school-holiday course day and its managers not all enrolled.
    CHECK(count->text().startsWith(QStringLiteral("2 warning")));

    Session moved = networkMeeting(window.document()->project());
    moved.date = QDate(2027, 5, 6);
    REQUIRE(window.workspace()->editor()->update(moved, QStringLiteral("date")));
    // Checked again after the edit, without the window waiting for it.
    CHECK(window.workspace()->planChecker()->isPending());
    QTRY_VERIFY_WITH_TIMEOUT(count->text().startsWith(QStringLiteral("1 problem")), 5000);

    // The panel opens from the count, and lists the problem alone when asked for problems.
    QTest::mouseClick(count, Qt::LeftButton);
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("planningWarnings"));
    REQUIRE(dock);
    CHECK(dock->isVisible());
    auto *severity = window.findChild<QComboBox *>(QStringLiteral("warningSeverity"));
    severity->setCurrentIndex(severity->findText(QStringLiteral("Problem")));
    auto *table = window.findChild<QTableView *>(QStringLiteral("warningTable"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cellText(table, 0, 2).contains(QStringLiteral("Ascension Day")));

    // Enter goes to the activity of the session.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 2));
    QTest::keyClick(table, Qt::Key_Return);
    const auto [type, id] = window.programmePage()->current();
    CHECK(type == int(EntityType::Activity));
    CHECK(id == moved.activityId);
    auto *line = window.programmePage()->activityForm()->findChild<PlanWarningLines *>();
    REQUIRE(line);
    CHECK(line->isVisible());
    CHECK(line->fullText().contains(QStringLiteral("Ascension Day")));

    // Undo takes the problem away again.
    window.document()->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(count->text().startsWith(QStringLiteral("2 warning")), 5000);
    CHECK(table->model()->rowCount() == 0);
}

TEST_CASE("a warning dismissed with a reason stops counting and comes back when restored", "[ui][plancheck]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    Session moved = networkMeeting(window.document()->project());
    moved.date = QDate(2027, 5, 6);
    REQUIRE(window.workspace()->editor()->update(moved, QStringLiteral("date")));
    window.workspace()->planChecker()->checkNow();
    auto *count = window.findChild<QToolButton *>(QStringLiteral("warningCount"));
    REQUIRE(count->text().startsWith(QStringLiteral("1 problem")));

    window.findChild<QDockWidget *>(QStringLiteral("planningWarnings"))->show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("warningTable"));
    auto *kind = window.findChild<QComboBox *>(QStringLiteral("warningKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("session-on-public-holiday")));
    REQUIRE(table->model()->rowCount() == 1);
    table->setCurrentIndex(table->model()->index(0, 0));

    bool asked = false;
    whenOpen([&](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        if (!input)
            return false;
        asked = input->labelText().contains(QStringLiteral("Ascension Day"));
        input->setTextValue(QStringLiteral("The council chose this date"));
        input->accept();
        return true;
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("dismissWarning")), Qt::LeftButton);
    CHECK(asked);
    window.workspace()->planChecker()->checkNow();
    CHECK(count->text().startsWith(QStringLiteral("2 warning")));
    // Hidden until the dismissed ones are asked for; then shown with the reason.
    CHECK(table->model()->rowCount() == 0);
    window.findChild<QCheckBox *>(QStringLiteral("showDismissed"))->setChecked(true);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cellText(table, 0, 4) == QStringLiteral("Dismissed: The council chose this date"));
    // Saved in the project, so that it travels with the file.
    REQUIRE(window.document()->project().dismissals.size() == 2);

    table->setCurrentIndex(table->model()->index(0, 0));
    auto *restore = window.findChild<QPushButton *>(QStringLiteral("restoreWarning"));
    REQUIRE(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    window.workspace()->planChecker()->checkNow();
    CHECK(count->text().startsWith(QStringLiteral("1 problem")));
    CHECK(window.document()->project().dismissals.size() == 1);
}
