// SPDX-License-Identifier: MPL-2.0
// A right click in a table offers what can be done with the rows under the pointer, as in any
// office program: people, organisations, an activity's sessions and its enrolments. Each test
// chooses an entry as a user would and checks that it was done.
#include "activityform.h"
#include "catch.h"
#include "document/document.h"
#include "enrolmentpanel.h"
#include "mainwindow.h"
#include "models/enrolmenttablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "models/sessiontablemodel.h"
#include "participantspage.h"
#include "programmepage.h"
#include "testfiles.h"
#include "windowfixture.h"

#include <QHeaderView>
#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QStringList enabledEntries(const QMenu *menu)
{
    QStringList entries;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator() && action->isEnabled())
            entries.append(action->text());
    return entries;
}

QAction *entryOf(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

// Right-clicks the row of `index` and walks the menus along `path` with the keyboard, opening each
// submenu on the way, and chooses the last entry; returns what the first menu offered.
QStringList rightClickAndChoose(QTableView *table, const QModelIndex &index, const QStringList &path)
{
    QStringList offered;
    qsizetype step = 0;
    whenOpen([&](QWidget *open) {
        auto *menu = qobject_cast<QMenu *>(open);
        if (!menu || step >= path.size())
            return false;
        if (step == 0)
            offered = enabledEntries(menu);
        QAction *action = entryOf(menu, path.at(step));
        if (!action) {
            menu->close();
            return true;
        }
        if (menu->activeAction() == action && action->menu())
            return false; // its submenu is on its way
        menu->setActiveAction(action);
        ++step;
        QTest::keyClick(menu, action->menu() ? Qt::Key_Right : Qt::Key_Return);
        return step == path.size();
    });
    emit table->customContextMenuRequested(table->visualRect(index).center());
    CHECK(step == path.size());
    return offered;
}

QModelIndex rowWith(const QTableView *table, int column, const QString &text)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return model->index(row, column);
    FAIL("no row shows " << text.toStdString());
    return {};
}

// The example's activity with sessions and people enrolled, open in its form.
qint64 openActivityWithPeople(MainWindow &window)
{
    const Project &project = window.document()->project();
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.activityId != 0 && enrolment.status == EnrolmentStatus::Enrolled
            && project.sessionsOf(enrolment.activityId).size() > 1) {
            window.programmePage()->showEntity(int(EntityType::Activity), enrolment.activityId);
            QCoreApplication::processEvents();
            return enrolment.activityId;
        }
    }
    FAIL("the example has no activity with sessions and people");
    return 0;
}

} // namespace

TEST_CASE("a right click on a person offers Add Edit Enrol In and Delete and enrols in the activity chosen",
          "[ui][menus]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    window.tabs()->setCurrentWidget(window.participantsPage());
    QTableView *table = visibleNamed<QTableView>(window.participantsPage(), QStringLiteral("participantTable"));
    const Project &project = window.document()->project();
    // An activity with no limit on places, so nobody is put on a waiting list.
    const Activity *activity = nullptr;
    for (const Activity &candidate : project.activities)
        if (!activity && candidate.capacity == 0)
            activity = &candidate;
    REQUIRE(activity);
    const Track &track = *project.tracks.find(activity->trackId);
    // Someone not yet in that activity.
    qint64 personId = 0;
    for (const Participant &participant : project.participants) {
        bool enrolled = false;
        for (const Enrolment &enrolment : project.enrolments)
            enrolled = enrolled || (enrolment.participantId == participant.id && enrolment.activityId == activity->id);
        if (!enrolled) {
            personId = participant.id;
            break;
        }
    }
    REQUIRE(personId != 0);
    const QModelIndex person = rowWith(table, ParticipantTableModel::Name, project.participants.find(personId)->name);

    const QStringList offered =
        rightClickAndChoose(table, person, {QStringLiteral("&Enrol In"), track.name, activity->title});
    CHECK(offered == QStringList{QStringLiteral("&Add…"), QStringLiteral("Ed&it…"), QStringLiteral("&Enrol In"),
                                 QStringLiteral("&Delete")});
    // The menu acted on the person under the pointer.
    CHECK(window.participantsPage()->selectedParticipantIds() == QList<qint64>{personId});
    bool enrolled = false;
    for (const Enrolment &enrolment : project.enrolments)
        enrolled = enrolled || (enrolment.participantId == personId && enrolment.activityId == activity->id);
    CHECK(enrolled);
}

TEST_CASE("a right click on an organisation offers to show its people and does", "[ui][menus]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    window.tabs()->setCurrentWidget(window.participantsPage());
    QTableView *organisations =
        visibleNamed<QTableView>(window.participantsPage(), QStringLiteral("organisationTable"));
    const Organisation &organisation = window.document()->project().organisations.items().front();
    const QModelIndex row = rowWith(organisations, OrganisationTableModel::Name, organisation.name);
    const int members =
        organisations->model()->index(row.row(), OrganisationTableModel::Members).data(Qt::EditRole).toInt();
    REQUIRE(members > 0);

    const QStringList offered = rightClickAndChoose(organisations, row, {QStringLiteral("Show Its &People")});
    CHECK(offered == QStringList{QStringLiteral("Add &Organisation"), QStringLiteral("Re&name"),
                                 QStringLiteral("Show Its &People"), QStringLiteral("Delete O&rganisation")});
    QTableView *people = visibleNamed<QTableView>(window.participantsPage(), QStringLiteral("participantTable"));
    CHECK(people->model()->rowCount() == members);
    auto *filter = window.participantsPage()->findChild<QComboBox *>(QStringLiteral("organisationFilter"));
    REQUIRE(filter);
    CHECK(filter->currentText() == organisation.name);
}

TEST_CASE("a right click on a session offers new duplicate and delete and deletes it as one undo step",
          "[ui][menus]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const qint64 activityId = openActivityWithPeople(window);
    const Project &project = window.document()->project();
    const std::size_t sessions = project.sessionsOf(activityId).size();
    QTableView *table = window.programmePage()->activityForm()->sessionTable();
    REQUIRE(table->objectName() == QStringLiteral("sessionTable"));
    const QModelIndex last = table->model()->index(table->model()->rowCount() - 1, SessionTableModel::Date);
    const qint64 sessionId = last.data(SessionTableModel::IdRole).toLongLong();

    const QStringList offered = rightClickAndChoose(table, last, {QStringLiteral("De&lete Session")});
    CHECK(offered == QStringList{QStringLiteral("&Add Session"), QStringLiteral("D&uplicate"),
                                 QStringLiteral("De&lete Session")});
    CHECK(project.sessionsOf(activityId).size() == sessions - 1);
    CHECK_FALSE(project.sessions.contains(sessionId));
    window.document()->undoStack()->undo();
    CHECK(project.sessions.contains(sessionId));

    // Below the rows only what needs no row is offered. The table is as tall as its rows until the
    // consultant drags the division down; make room below them as that would.
    table->setMinimumHeight(table->height() + 4 * table->verticalHeader()->defaultSectionSize());
    QCoreApplication::processEvents();
    const int lastRowBottom = table->visualRect(table->model()->index(table->model()->rowCount() - 1, 0)).bottom();
    REQUIRE(lastRowBottom + 8 < table->viewport()->height());
    QStringList below;
    whenOpen([&](QWidget *open) {
        auto *menu = qobject_cast<QMenu *>(open);
        if (!menu)
            return false;
        below = enabledEntries(menu);
        menu->close();
        return true;
    });
    emit table->customContextMenuRequested(QPoint(10, table->viewport()->height() - 4));
    CHECK(below == QStringList{QStringLiteral("&Add Session")});
}

TEST_CASE("a right click on an enrolled person offers status changes and Remove and changes the status",
          "[ui][menus]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    openActivityWithPeople(window);
    QTableView *table =
        visibleNamed<QTableView>(window.programmePage()->activityForm(), QStringLiteral("enrolmentTable"));
    REQUIRE(table->model()->rowCount() > 0);
    const QModelIndex first = table->model()->index(0, EnrolmentTableModel::Name);
    const qint64 enrolmentId = first.data(EnrolmentTableModel::IdRole).toLongLong();

    const QStringList offered =
        rightClickAndChoose(table, first, {QStringLiteral("Set &Status"), QStringLiteral("Cancelled")});
    CHECK(offered == QStringList{QStringLiteral("E&nrol People…"), QStringLiteral("Set &Status"),
                                 QStringLiteral("&Remove")});
    CHECK(window.document()->project().enrolments.find(enrolmentId)->status == EnrolmentStatus::Cancelled);

    const QModelIndex again = table->model()->match(table->model()->index(0, 0), EnrolmentTableModel::IdRole,
                                                    enrolmentId, 1, Qt::MatchExactly)
                                  .value(0);
    REQUIRE(again.isValid());
    rightClickAndChoose(table, again, {QStringLiteral("&Remove")});
    CHECK_FALSE(window.document()->project().enrolments.contains(enrolmentId));
}
