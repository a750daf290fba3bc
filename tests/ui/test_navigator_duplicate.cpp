// SPDX-License-Identifier: MPL-2.0
// The navigator's office habits beyond Delete and Enter: Ctrl+D duplicates the selected activity
// or track as one undo step, F2 renames in place, and the right-click menu offers both.
#include "catch.h"
#include "document/document.h"
#include "mainwindow.h"
#include "models/academytreemodel.h"
#include "programmepage.h"
#include "testfiles.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The example's activity with the most sessions and people enrolled in it.
Activity activityWithSessionsAndPeople(const Project &project)
{
    const Activity *best = nullptr;
    std::size_t most = 0;
    for (const Activity &activity : project.activities) {
        bool enrolled = false;
        for (const Enrolment &enrolment : project.enrolments)
            enrolled = enrolled || enrolment.activityId == activity.id;
        if (enrolled && project.sessionsOf(activity.id).size() > most) {
            most = project.sessionsOf(activity.id).size();
            best = &activity;
        }
    }
    REQUIRE(best);
    REQUIRE(most > 1);
    return *best;
}

int enrolmentsIn(const Project &project, qint64 activityId)
{
    int count = 0;
    for (const Enrolment &enrolment : project.enrolments)
        count += enrolment.activityId == activityId ? 1 : 0;
    return count;
}

} // namespace

TEST_CASE("Ctrl+D in the navigator duplicates the activity with its sessions and Ctrl+Z removes the copy",
          "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const Project &project = window.document()->project();
    const Activity original = activityWithSessionsAndPeople(project);
    const qsizetype activities = project.activities.size();
    window.programmePage()->showEntity(int(EntityType::Activity), original.id);
    QTreeView *navigator = window.programmePage()->navigator();
    navigator->setFocus();

    QTest::keyClick(navigator, Qt::Key_D, Qt::ControlModifier);
    REQUIRE(project.activities.size() == activities + 1);
    const auto [type, copyId] = window.programmePage()->current();
    CHECK(type == int(EntityType::Activity));
    REQUIRE(copyId != original.id);
    const Activity *copy = project.activities.find(copyId);
    REQUIRE(copy);
    CHECK(copy->title == original.title + QStringLiteral(" (copy)"));
    CHECK(navigator->currentIndex().data().toString() == copy->title);
    CHECK(navigator->currentIndex().parent()
          == window.workspace()->academyTree()->indexOf(EntityType::Track, original.trackId));
    CHECK(project.sessionsOf(copyId).size() == project.sessionsOf(original.id).size());
    CHECK(enrolmentsIn(project, copyId) == 0);
    CHECK(enrolmentsIn(project, original.id) > 0);

    QTest::keyClick(navigator, Qt::Key_Z, Qt::ControlModifier);
    CHECK(project.activities.size() == activities);
    CHECK_FALSE(project.activities.contains(copyId));
    CHECK(project.activities.contains(original.id));
}

TEST_CASE("Ctrl+D on a track duplicates it with its activities after the other tracks", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Project &project = window.document()->project();
    const Track original = project.tracks.items().front();
    const std::size_t activities = project.activitiesOf(original.id).size();
    REQUIRE(activities > 0);
    window.programmePage()->showEntity(int(EntityType::Track), original.id);
    QTreeView *navigator = window.programmePage()->navigator();
    navigator->setFocus();

    QTest::keyClick(navigator, Qt::Key_D, Qt::ControlModifier);
    const auto [type, copyId] = window.programmePage()->current();
    CHECK(type == int(EntityType::Track));
    REQUIRE(project.tracks.contains(copyId));
    CHECK(project.tracks.find(copyId)->name == original.name + QStringLiteral(" (copy)"));
    CHECK(project.activitiesOf(copyId).size() == activities);
    // The copy is the academy's last track in the navigator, with its activities under it.
    const QModelIndex academy = navigator->currentIndex().parent();
    CHECK(navigator->currentIndex().row() == window.workspace()->academyTree()->rowCount(academy) - 1);
    CHECK(window.workspace()->academyTree()->rowCount(navigator->currentIndex()) == int(activities));

    // An academy is not duplicated.
    window.programmePage()->showEntity(int(EntityType::Academy), original.academyId);
    CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("duplicateAction"))->isEnabled());
}

TEST_CASE("F2 in the navigator renames the activity in place as one undo step", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Activity activity = window.document()->project().activities.at(1);
    window.programmePage()->showEntity(int(EntityType::Activity), activity.id);
    QTreeView *navigator = window.programmePage()->navigator();
    navigator->setFocus();
    const int steps = window.document()->undoStack()->count();

    QTest::keyClick(navigator, Qt::Key_F2);
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(field);
    CHECK(field->parent() == navigator->viewport());
    CHECK(field->text() == activity.title);
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Designsprint"));
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(QTest::qWaitFor([&] {
        return window.document()->project().activities.find(activity.id)->title == QStringLiteral("Designsprint");
    }));
    CHECK(window.document()->undoStack()->count() == steps + 1);
    window.document()->undoStack()->undo();
    CHECK(window.document()->project().activities.find(activity.id)->title == activity.title);
}

TEST_CASE("the navigator's right-click menu offers Duplicate and Rename and duplicates from there", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    QTreeView *navigator = window.programmePage()->navigator();
    const Activity activity = window.document()->project().activities.at(0);
    const qsizetype activities = window.document()->project().activities.size();
    window.programmePage()->showEntity(int(EntityType::Activity), activity.id);
    const QModelIndex index = navigator->currentIndex();

    QStringList offered;
    whenOpen([&](QWidget *open) {
        auto *menu = qobject_cast<QMenu *>(open);
        if (!menu)
            return false;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && action->isEnabled())
                offered.append(action->text());
            if (action->text() == QStringLiteral("D&uplicate"))
                menu->setActiveAction(action);
        }
        QTest::keyClick(menu, Qt::Key_Return);
        return true;
    });
    emit navigator->customContextMenuRequested(navigator->visualRect(index).center());
    CHECK(offered.contains(QStringLiteral("D&uplicate")));
    CHECK(offered.contains(QStringLiteral("&Rename")));
    CHECK(offered.contains(QStringLiteral("&Delete")));
    CHECK(window.document()->project().activities.size() == activities + 1);
}
