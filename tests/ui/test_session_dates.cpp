// SPDX-License-Identifier: MPL-2.0
// Typing the dates and times of sessions as Danes write them, in the activity form's table.
#include "academyform.h"
#include "activityform.h"
#include "catch.h"
#include "document/document.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "models/sessiontablemodel.h"
#include "programmepage.h"
#include "testfiles.h"
#include "typeddatefield.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct SessionTable
{
    MainWindow window;
    QTableView *table = nullptr;
    qint64 sessionId = 0;

    explicit SessionTable(const QString &path)
    {
        REQUIRE(window.fileActions()->openFile(path));
        window.show();
        const Session &first = window.document()->project().sessions.at(0);
        sessionId = first.id;
        window.programmePage()->showEntity(int(EntityType::Activity), first.activityId);
        table = window.programmePage()->activityForm()->sessionTable();
        REQUIRE(table->model()->rowCount() > 0);
    }

    const Session &session() const { return *window.document()->project().sessions.find(sessionId); }

    QModelIndex cell(int column) const
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            if (table->model()->index(row, SessionTableModel::Date).data(Qt::EditRole).toDate() == session().date
                && index.data(SessionTableModel::ActivityIdRole).toLongLong() == session().activityId)
                return index;
        }
        FAIL("the session is not in the table");
        return {};
    }

    // Opens the cell's editor, types `text` over what it holds, and presses Enter.
    TypedDateField *type(int column, const QString &text)
    {
        const QModelIndex index = cell(column);
        table->setCurrentIndex(index);
        table->edit(index);
        auto *field = table->findChild<TypedDateField *>(QStringLiteral("sessionField"));
        REQUIRE(field);
        field->selectAll();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
        return openEditor();
    }

    // The cell's editor while it is open; a closed one is deleted later, so it is gone first.
    TypedDateField *openEditor() const
    {
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return table->findChild<TypedDateField *>(QStringLiteral("sessionField"));
    }
};

// Answers the next question box as soon as it is open (the test fails below when none comes).
void answerNextQuestion(QMessageBox::StandardButton answer, QString *asked)
{
    asked->clear();
    whenOpen([answer, asked](QWidget *open) {
        auto *box = qobject_cast<QMessageBox *>(open);
        if (!box)
            return false;
        *asked = box->text();
        box->button(answer)->click();
        return true;
    });
}

} // namespace

TEST_CASE("a session's date is typed as 4.3 or 04.03.27 or 04032027 and lands in the academy's year", "[ui][dates]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("aarhus.akademi"), true);
    SessionTable sessions(path);
    const Academy &academy = sessions.window.document()->project().academies.at(0);
    REQUIRE(academy.startDate.year() == 2027);

    // Each form, alternating between two days so that each one is a change.
    int day = 4;
    for (const QString &form : {QStringLiteral("4.3"), QStringLiteral("5/3"), QStringLiteral("04.03.27"),
                                QStringLiteral("05032027"), QStringLiteral("4.3.2027"), QStringLiteral("5.3.")}) {
        INFO(form.toStdString());
        CHECK(sessions.type(SessionTableModel::Date, form) == nullptr); // stored and closed
        CHECK(sessions.session().date == QDate(2027, 3, day));
        day = day == 4 ? 5 : 4;
    }
    // Saved as typed.
    FileProblem problem;
    REQUIRE(sessions.window.document()->save(&problem));
    CHECK(readProject(path).sessions.find(sessions.sessionId)->date == QDate(2027, 3, 5));
}

TEST_CASE("an impossible date is refused with the reason and nothing is stored", "[ui][dates]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("aarhus.akademi"), true);
    SessionTable sessions(path);
    const QDate before = sessions.session().date;
    const int steps = sessions.window.document()->undoStack()->count();

    TypedDateField *field = sessions.type(SessionTableModel::Date, QStringLiteral("31.2.2027"));
    // The editor stays open, marked, with the reason; the session keeps its date.
    REQUIRE(field);
    CHECK(field->toolTip().contains(QStringLiteral("There is no 31.02.2027")));
    CHECK(field->accessibleDescription() == field->toolTip());
    CHECK(sessions.window.statusBar()->currentMessage().contains(QStringLiteral("There is no 31.02.2027")));
    CHECK(sessions.session().date == before);
    CHECK(sessions.window.document()->undoStack()->count() == steps);

    // Leaving the cell with it stores nothing either.
    QTest::keyClick(field, Qt::Key_Escape);
    CHECK(sessions.openEditor() == nullptr);
    CHECK(sessions.session().date == before);
    CHECK(sessions.window.document()->undoStack()->count() == steps);

    // A year of three digits is no year.
    field = sessions.type(SessionTableModel::Date, QStringLiteral("4.3.202"));
    REQUIRE(field);
    CHECK(field->toolTip().contains(QStringLiteral("is not a date")));
    CHECK(sessions.session().date == before);
}

TEST_CASE("a date outside the academy's period is asked about before it is stored", "[ui][dates]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("aarhus.akademi"), true);
    SessionTable sessions(path);
    const QDate before = sessions.session().date;

    QString asked;
    answerNextQuestion(QMessageBox::No, &asked);
    sessions.type(SessionTableModel::Date, QStringLiteral("4.3.2029"));
    REQUIRE(asked.contains(QStringLiteral("outside the academy's period")));
    CHECK(sessions.session().date == before);

    answerNextQuestion(QMessageBox::Yes, &asked);
    CHECK(sessions.type(SessionTableModel::Date, QStringLiteral("4.3.2029")) == nullptr);
    CHECK(asked.contains(QStringLiteral("4 March 2029")));
    CHECK(sessions.session().date == QDate(2029, 3, 4));
}

TEST_CASE("a session's times are typed as 9 or 9.30 or 1415", "[ui][dates]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("aarhus.akademi"), true);
    SessionTable sessions(path);
    CHECK(sessions.type(SessionTableModel::End, QStringLiteral("1415")) == nullptr);
    CHECK(sessions.session().endTime == QTime(14, 15));
    CHECK(sessions.type(SessionTableModel::Start, QStringLiteral("9.30")) == nullptr);
    CHECK(sessions.session().startTime == QTime(9, 30));
    CHECK(sessions.type(SessionTableModel::Start, QStringLiteral("8")) == nullptr);
    CHECK(sessions.session().startTime == QTime(8, 0));
    TypedDateField *field = sessions.type(SessionTableModel::Start, QStringLiteral("25"));
    REQUIRE(field);
    CHECK(field->toolTip().contains(QStringLiteral("hours go to 23")));
    CHECK(sessions.session().startTime == QTime(8, 0));
}

TEST_CASE("the date field's calendar shows ISO weeks from Monday with whole weekday names", "[ui][dates]")
{
    TypedDateField field(TypedDateField::Kind::Date);
    field.setPeriod(QDate(2027, 2, 1), QDate(2027, 12, 17));
    field.setDate(QDate(2027, 3, 4));
    field.show();
    auto *calendarAction = field.findChild<QAction *>(QStringLiteral("calendarAction"));
    REQUIRE(calendarAction);
    calendarAction->trigger();
    auto *calendar = field.findChild<QCalendarWidget *>(QStringLiteral("calendar"));
    REQUIRE(calendar);
    CHECK(calendar->isVisible());
    CHECK(calendar->firstDayOfWeek() == Qt::Monday);
    CHECK(calendar->verticalHeaderFormat() == QCalendarWidget::ISOWeekNumbers);
    CHECK(calendar->horizontalHeaderFormat() == QCalendarWidget::LongDayNames);
    CHECK(calendar->selectedDate() == QDate(2027, 3, 4));
    // A day picked there is what the field holds.
    emit calendar->clicked(QDate(2027, 3, 11));
    CHECK(field.date() == QDate(2027, 3, 11));
    CHECK_FALSE(calendar->isVisible());
}

TEST_CASE("the academy's period is typed the same way and a date that cannot be is not stored", "[ui][dates]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("aarhus.akademi"), true);
    MainWindow window;
    REQUIRE(window.fileActions()->openFile(path));
    window.show();
    const Academy &academy = window.document()->project().academies.at(0);
    const qint64 academyId = academy.id;
    window.programmePage()->showEntity(int(EntityType::Academy), academyId);
    QList<TypedDateField *> fields = window.programmePage()->academyForm()->findChildren<TypedDateField *>();
    REQUIRE(fields.size() == 2);
    TypedDateField *start = fields.at(0)->accessibleName() == QStringLiteral("Start date") ? fields.at(0) : fields.at(1);
    CHECK(start->accessibleName() == QStringLiteral("Start date"));
    CHECK(start->text() == academy.startDate.toString(QStringLiteral("dd.MM.yyyy")));

    start->setFocus();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("1.3.27"));
    QTest::keyClick(start, Qt::Key_Return);
    // A form writes what was typed once the typing pauses.
    CHECK(QTest::qWaitFor(
        [&] { return window.document()->project().academies.find(academyId)->startDate == QDate(2027, 3, 1); },
        2000));

    const int steps = window.document()->undoStack()->count();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("30.2.2027"));
    QTest::keyClick(start, Qt::Key_Return);
    // Leaving the field: the text stays, marked, and the period keeps its start.
    window.programmePage()->academyForm()->findChild<QLineEdit *>()->setFocus();
    QTest::qWait(600);
    CHECK(start->text() == QStringLiteral("30.2.2027"));
    CHECK(start->toolTip().contains(QStringLiteral("There is no 30.02.2027")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("There is no 30.02.2027")));
    CHECK(window.document()->project().academies.find(academyId)->startDate == QDate(2027, 3, 1));
    CHECK(window.document()->undoStack()->count() == steps);
}
