// SPDX-License-Identifier: MPL-2.0
// Parallel groups in the window, as a consultant uses them: "Enrol All › All Managers" on one
// group of the example's leadership course asks how to share the managers out and then fills
// the three groups without a waiting list; the enrol dialog hides those already in a group,
// filters by role and says how many places are left.
#include "activityform.h"
#include "enrolmentpanel.h"
#include "participantfilterbar.h"
#include "participantpickerdialog.h"
#include "programmepage.h"
#include "editor/projecteditor.h"
#include "workspace.h"
#include "i18n/translations.h"
#include "windowfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QScrollBar>
#include <QToolButton>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

std::vector<qint64> leadershipGroups(const Project &project)
{
    std::vector<qint64> groups;
    for (const Activity &activity : project.activities)
        if (!activity.parallelGroup.isEmpty())
            groups.push_back(activity.id);
    return groups;
}

int enrolledIn(const Project &project, qint64 activityId, EnrolmentStatus status)
{
    return int(std::count_if(project.enrolments.begin(), project.enrolments.end(), [&](const Enrolment &e) {
        return e.activityId == activityId && e.status == status;
    }));
}

} // namespace

TEST_CASE("Enrol All Managers on one group shares them out over the three groups with no waiting list",
          "[ui][groups]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Project &project = window.document()->project();
    const std::vector<qint64> groups = leadershipGroups(project);
    REQUIRE(groups.size() == 3);
    window.programmePage()->showEntity(int(EntityType::Activity), groups.front());

    // The form says this is one of three groups.
    auto *note = window.programmePage()->activityForm()->findChild<QLabel *>(QStringLiteral("parallelGroupNote"));
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("1 of 3")));
    // A fourth group made elsewhere (here: an edit of another activity) is counted at once.
    Activity fourth = *project.activities.find(groups.back());
    fourth.id = 0;
    fourth.title = QStringLiteral("Leading innovation, group D");
    const EditResult added = window.workspace()->editor()->addActivity(fourth);
    REQUIRE(added.ok);
    CHECK(note->text().contains(QStringLiteral("1 of 4")));
    window.document()->undoStack()->undo();
    CHECK(note->text().contains(QStringLiteral("1 of 3")));

    auto *enrolAll = byAccessibleName<QToolButton>(window.programmePage()->activityForm(),
                                                   QStringLiteral("Enrol a whole group"));
    QAction *allManagers = nullptr;
    for (QAction *action : enrolAll->menu()->actions())
        if (action->text() == QStringLiteral("All Managers"))
            allManagers = action;
    REQUIRE(allManagers);

    QString question;
    QString summary;
    whenOpen([&](QWidget *open) {
        auto *box = qobject_cast<QMessageBox *>(open);
        if (!box || !box->findChild<QPushButton *>(QStringLiteral("spreadEvenly")))
            return false;
        question = box->text();
        box->findChild<QPushButton *>(QStringLiteral("spreadEvenly"))->click();
        whenOpen([&](QWidget *next) {
            auto *report = qobject_cast<QMessageBox *>(next);
            if (!report || report == box)
                return false;
            summary = report->text();
            report->accept();
            return true;
        });
        return true;
    });
    allManagers->trigger();
    QTRY_VERIFY(!summary.isEmpty());

    CHECK(question.contains(QStringLiteral("one of 3 parallel groups")));
    CHECK(summary.contains(QStringLiteral("already in another group")));
    for (qint64 group : groups) {
        CHECK(enrolledIn(project, group, EnrolmentStatus::Enrolled) == 20);
        CHECK(enrolledIn(project, group, EnrolmentStatus::Waitlisted) == 0);
    }

    // One undo takes the whole enrolment back.
    window.document()->undoStack()->undo();
    for (qint64 group : groups)
        CHECK(enrolledIn(project, group, EnrolmentStatus::Enrolled) == 18);
}

TEST_CASE("the enrol dialog hides those already in a group and filters by role", "[ui][groups]")
{
    // English with its plural forms, as an English user has it.
    REQUIRE(Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    OpenWindow open;
    MainWindow &window = open.window;
    const std::vector<qint64> groups = leadershipGroups(window.document()->project());
    ParticipantPickerDialog dialog(window.workspace(), QStringLiteral("Enrol People"), 0, groups.front(), &window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    QComboBox *roles = dialog.filterBar()->roleFilter();
    roles->setCurrentIndex(roles->findText(QStringLiteral("Managers")));
    // 60 managers, 54 of them in one of the three groups: six are left to choose from.
    QTableView *table = dialog.table();
    CHECK(table->model()->rowCount() == 6);
    dialog.showEnrolled()->setChecked(true);
    CHECK(table->model()->rowCount() == 60);
    int greyed = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (!(table->model()->index(row, 0).flags() & Qt::ItemIsSelectable)) {
            ++greyed;
            CHECK(!table->model()->index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
        }
    CHECK(greyed == 54);
    dialog.showEnrolled()->setChecked(false);

    table->selectAll();
    CHECK(dialog.selectedIds().size() == 6);
    CHECK(dialog.placesLabel()->text().contains(QStringLiteral("6 people chosen")));
    CHECK(dialog.placesLabel()->text().contains(QStringLiteral("4 will go on the waiting list")));

    // The columns fit the dialog: no sideways scrolling.
    CHECK(table->horizontalScrollBar()->maximum() == 0);
}
