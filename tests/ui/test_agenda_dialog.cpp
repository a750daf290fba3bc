// SPDX-License-Identifier: MPL-2.0
// Writing a session's agenda in the window: Agenda… in the activity form opens the session's
// agenda in a dialog titled with its day and time; an item is added, typed into cell by cell and
// undone with Ctrl+Z; a time that cannot be read is refused and said; and the activity's
// materials are typed in its details.
#include "activityform.h"
#include "agendadialog.h"
#include "catch.h"
#include "document/document.h"
#include "mainwindow.h"
#include "models/agendatablemodel.h"
#include "programmepage.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The session with the longest agenda: the kick-off workshop, the only session of its activity.
qint64 kickOffSession(const Project &project)
{
    QHash<qint64, int> items;
    qint64 longest = 0;
    for (const AgendaItem &item : project.agendaItems)
        if (++items[item.sessionId] > items.value(longest))
            longest = item.sessionId;
    REQUIRE(longest != 0);
    return longest;
}

// The cell editor open in the table, or null.
QLineEdit *openEditor(QTableView *table)
{
    for (QLineEdit *editor : table->viewport()->findChildren<QLineEdit *>())
        if (editor->isVisible())
            return editor;
    return nullptr;
}

// Types `text` into the open cell editor and confirms it with Enter, as the consultant does;
// false when no editor is open. Called where a failed REQUIRE would throw through Qt's event loop.
bool typeInOpenEditor(QTableView *table, const QString &text)
{
    QLineEdit *editor = openEditor(table);
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

bool typeInto(QTableView *table, const QModelIndex &index, const QString &text)
{
    table->setCurrentIndex(index);
    table->edit(index);
    return typeInOpenEditor(table, text);
}

} // namespace

TEST_CASE("the agenda of a session is opened from the activity form and edited with undo", "[ui][agenda]")
{
    OpenWindow open;
    Document *document = open.window.document();
    const qint64 sessionId = kickOffSession(document->project());
    const Session session = *document->project().sessions.find(sessionId);
    const Activity activity = *document->project().activities.find(session.activityId);
    REQUIRE(document->project().sessionsOf(activity.id).size() == 1);
    open.window.programmePage()->showEntity(int(EntityType::Activity), activity.id);
    ActivityForm *form = open.window.programmePage()->activityForm();
    auto *agenda = form->findChild<QPushButton *>(QStringLiteral("editAgenda"));
    REQUIRE(agenda);
    // One session: its agenda without choosing it first.
    REQUIRE(agenda->isEnabled());
    const qsizetype itemsBefore = document->project().agendaItems.size();

    bool seen = false;
    whenOpen([&](QWidget *window) {
        auto *dialog = qobject_cast<AgendaDialog *>(window);
        if (!dialog)
            return false;
        seen = true;
        CHECK(dialog->windowTitle().contains(activity.title));
        CHECK(dialog->windowTitle().contains(QLocale().toString(session.date, QLocale::LongFormat)));
        AgendaTableModel *model = dialog->model();
        QTableView *table = dialog->table();
        const int rows = model->rowCount();
        CHECK(rows > 5);
        const int steps = document->undoStack()->count();

        // Add: a new row after the last, its What ready to type in.
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        CHECK(model->rowCount() == rows + 1);
        CHECK(table->currentIndex() == model->index(rows, AgendaTableModel::What));
        CHECK(typeInOpenEditor(table, QStringLiteral("Coffee and goodbye")));
        CHECK(model->index(rows, AgendaTableModel::What).data().toString() == QStringLiteral("Coffee and goodbye"));
        CHECK(typeInto(table, model->index(rows, AgendaTableModel::Who), QStringLiteral("Everyone")));
        CHECK(model->index(rows, AgendaTableModel::Who).data().toString() == QStringLiteral("Everyone"));
        CHECK(document->undoStack()->count() == steps + 3);

        // A time typed as a Dane types it moves the item to its place in the day.
        const qint64 added = model->idAt(rows);
        CHECK(typeInto(table, model->index(rows, AgendaTableModel::Time), QStringLiteral("8.45")));
        CHECK(model->idAt(0) == added);
        CHECK(document->project().agendaItems.find(added)->startTime == QTime(8, 45));

        // One that cannot be read is said under the table and changes nothing.
        CHECK(typeInto(table, model->index(0, AgendaTableModel::Time), QStringLiteral("half past")));
        CHECK(dialog->messageLabel()->text().contains(QStringLiteral("half past")));
        CHECK(document->project().agendaItems.find(added)->startTime == QTime(8, 45));

        // Ctrl+Z in the dialog takes the steps back one by one, the new item last.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        CHECK(model->idAt(rows) == added);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        CHECK(model->index(rows, AgendaTableModel::Who).data().toString().isEmpty());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        CHECK(model->rowCount() == rows);

        // Delete takes the selected item away.
        table->selectRow(0);
        CHECK(dialog->deleteButton()->isEnabled());
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        CHECK(model->rowCount() == rows - 1);
        dialog->accept();
        return true;
    });
    QTest::mouseClick(agenda, Qt::LeftButton);
    CHECK(seen);
    CHECK(document->project().agendaItems.size() == itemsBefore - 1);
    document->undoStack()->undo();
    CHECK(document->project().agendaItems.size() == itemsBefore);
}

TEST_CASE("the materials are typed in the activity's details and Agenda needs one session", "[ui][agenda]")
{
    OpenWindow open;
    Document *document = open.window.document();
    const Session session = *document->project().sessions.find(kickOffSession(document->project()));
    open.window.programmePage()->showEntity(int(EntityType::Activity), session.activityId);
    ActivityForm *form = open.window.programmePage()->activityForm();
    auto *materials = byAccessibleName<QPlainTextEdit>(form, QStringLiteral("Materials"));
    CHECK(materials->toPlainText() == document->project().activities.find(session.activityId)->materials);
    materials->setFocus();
    materials->selectAll();
    QTest::keyClicks(materials, QStringLiteral("Flip-overs"));
    open.window.workspace()->flushPendingEdits();
    CHECK(document->project().activities.find(session.activityId)->materials == QStringLiteral("Flip-overs"));
    document->undoStack()->undo();
    CHECK(materials->toPlainText() == document->project().activities.find(session.activityId)->materials);
    CHECK(materials->toPlainText() != QStringLiteral("Flip-overs"));

    // An activity of several sessions: Agenda… edits the one selected, and waits for one.
    const Activity *several = nullptr;
    for (const Activity &activity : document->project().activities)
        if (document->project().sessionsOf(activity.id).size() > 1)
            several = &activity;
    REQUIRE(several);
    open.window.programmePage()->showEntity(int(EntityType::Activity), several->id);
    auto *agenda = form->findChild<QPushButton *>(QStringLiteral("editAgenda"));
    form->sessionTable()->clearSelection();
    CHECK_FALSE(agenda->isEnabled());
    form->sessionTable()->selectRow(1);
    CHECK(agenda->isEnabled());
    CHECK(form->agendaSession() != 0);
}
