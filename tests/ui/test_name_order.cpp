// SPDX-License-Identifier: MPL-2.0
// People sorted by first or by last name, as the consultant chooses on the Name column's header or
// in the View menu: the participants, the enrol dialog and the enrolments of an activity all
// follow, and the choice holds at the next start.
#include "activityform.h"
#include "catch.h"
#include "document/document.h"
#include "domain/personname.h"
#include "editor/projecteditor.h"
#include "mainwindow.h"
#include "models/enrolmenttablemodel.h"
#include "models/participanttablemodel.h"
#include "participantpickerdialog.h"
#include "participantspage.h"
#include "programmepage.h"
#include "testfiles.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAction>
#include <QCollator>
#include <QHeaderView>
#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QStringList names(const QTableView *table, int column)
{
    QStringList shown;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        shown.append(table->model()->index(row, column).data().toString());
    return shown;
}

// True when every name's last word comes at or after the one before it.
bool inLastNameOrder(const QStringList &shown)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (qsizetype i = 1; i < shown.size(); ++i)
        if (PersonName::compare(collator, shown.at(i - 1), shown.at(i), NameOrder::LastName) > 0)
            return false;
    return true;
}

Participant person(const QString &name)
{
    Participant participant;
    participant.name = name;
    return participant;
}

} // namespace

TEST_CASE("sorting by last name puts Zacharias Andersen before Anne Marie Jensen everywhere and is kept",
          "[ui][names]")
{
    const QString andersen = QStringLiteral("Zacharias Andersen");
    const QString jensen = QStringLiteral("Anne Marie Jensen");
    {
        OpenWindow open;
        MainWindow &window = open.window;
        ProjectEditor *editor = window.workspace()->editor();
        const EditResult first = editor->addParticipant(person(andersen));
        const EditResult second = editor->addParticipant(person(jensen));
        REQUIRE(first);
        REQUIRE(second);
        window.tabs()->setCurrentWidget(window.participantsPage());
        QTableView *people = visibleNamed<QTableView>(window.participantsPage(), QStringLiteral("participantTable"));
        // By first name, as before.
        CHECK(names(people, ParticipantTableModel::Name).indexOf(jensen)
              < names(people, ParticipantTableModel::Name).indexOf(andersen));
        CHECK_FALSE(inLastNameOrder(names(people, ParticipantTableModel::Name)));

        // The Name column's header offers the choice.
        QHeaderView *header = people->horizontalHeader();
        bool chosen = false;
        whenOpen([&](QWidget *open) {
            auto *menu = qobject_cast<QMenu *>(open);
            if (!menu)
                return false;
            for (QAction *action : menu->actions()) {
                if (action->text() == QStringLiteral("Sort Names by &Last Name")) {
                    menu->setActiveAction(action);
                    QTest::keyClick(menu, Qt::Key_Return);
                    chosen = true;
                }
            }
            menu->close();
            return true;
        });
        emit header->customContextMenuRequested(
            QPoint(header->sectionViewportPosition(ParticipantTableModel::Name) + 8, header->height() / 2));
        REQUIRE(chosen);
        const QStringList byLastName = names(people, ParticipantTableModel::Name);
        CHECK(byLastName.indexOf(andersen) < byLastName.indexOf(jensen));
        CHECK(inLastNameOrder(byLastName));
        auto *viewChoice = window.findChild<QAction *>(QStringLiteral("sortByLastName"));
        REQUIRE(viewChoice);
        CHECK(viewChoice->isChecked());

        // The enrol dialog follows.
        const qint64 activity = window.document()->project().activities.items().front().id;
        ParticipantPickerDialog picker(window.workspace(), QStringLiteral("Enrol People"), 0, activity, &window);
        picker.show();
        REQUIRE(QTest::qWaitForWindowExposed(&picker));
        const QTableView *choices = visibleNamed<QTableView>(&picker, QStringLiteral("pickerTable"));
        CHECK(inLastNameOrder(names(choices, ParticipantTableModel::Name)));
        picker.close();

        // And so do the enrolments of an activity.
        REQUIRE(editor->enrolInActivity(activity, {first.id, second.id}));
        window.tabs()->setCurrentWidget(window.programmePage());
        window.programmePage()->showEntity(int(EntityType::Activity), activity);
        QTableView *enrolments =
            visibleNamed<QTableView>(window.programmePage()->activityForm(), QStringLiteral("enrolmentTable"));
        const QStringList enrolled = names(enrolments, EnrolmentTableModel::Name);
        REQUIRE(enrolled.size() >= 2);
        CHECK(enrolled.indexOf(andersen) < enrolled.indexOf(jensen));
        CHECK(inLastNameOrder(enrolled));

        // Back to first names from the View menu, then last names again for the next start.
        window.findChild<QAction *>(QStringLiteral("sortByFirstName"))->trigger();
        CHECK(names(people, ParticipantTableModel::Name).indexOf(jensen)
              < names(people, ParticipantTableModel::Name).indexOf(andersen));
        viewChoice->trigger();
    }

    OpenWindow again(QStringLiteral("another.akademi"));
    again.window.tabs()->setCurrentWidget(again.window.participantsPage());
    CHECK(again.window.findChild<QAction *>(QStringLiteral("sortByLastName"))->isChecked());
    QTableView *people = visibleNamed<QTableView>(again.window.participantsPage(), QStringLiteral("participantTable"));
    CHECK(inLastNameOrder(names(people, ParticipantTableModel::Name)));
}
