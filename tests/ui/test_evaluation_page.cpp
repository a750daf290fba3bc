// SPDX-License-Identifier: MPL-2.0
// The evaluation plan in the window, as a consultant builds it for a new academy: looking at the
// Evaluation tab writes nothing; the programme theory is typed step by step along its chain and
// undone; learning goals are added to a track, typed and deleted; and an indicator with a
// baseline and a target shows its status change as the values of its measurements are typed, in
// the direction that is better, and comes back with its measurements when its deletion is undone.
#include "academychoice.h"
#include "evaluationpage.h"
#include "programmetheoryform.h"
#include "windowfixture.h"
#include "editor/projecteditor.h"
#include "i18n/displaytext.h"
#include "models/indicatortablemodel.h"
#include "models/learninggoaltablemodel.h"
#include "models/measurementtablemodel.h"
#include "workspace.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// Types into a cell as a user does: select it, start typing (which opens the cell's editor with
// the first key), go on typing, Enter.
void typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
{
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClicks(table, text.left(1));
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor != table);
    QTest::keyClicks(editor, text.mid(1));
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits the cell and closes its editor in the next turn of the event loop.
    QCoreApplication::processEvents();
}

// Types over the text of the cell a button has just opened for typing, and Enter.
void typeIntoOpenCell(const QString &text)
{
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor != nullptr);
    CHECK(editor->hasSelectedText()); // the placeholder text goes with the first key
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

QString cellText(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// A new academy of the four recommended tracks, shown on the Evaluation tab: its plan is empty
// whatever the example holds.
struct EvaluationWindow : OpenWindow
{
    EvaluationPage *page = nullptr;
    qint64 academyId = 0;

    EvaluationWindow()
    {
        Academy draft;
        draft.name = QStringLiteral("Evaluation Academy");
        // Far ahead, so that no planned measurement has passed whenever the test runs.
        draft.startDate = QDate(2090, 1, 9);
        draft.endDate = QDate(2090, 6, 23);
        const EditResult added = window.workspace()->editor()->addAcademyFromTemplate(draft);
        REQUIRE(added.ok);
        academyId = added.id;
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        page = window.evaluationPage();
        REQUIRE(page->isVisible());
        page->academyChoice()->setCurrentIndex(page->academyChoice()->findData(academyId));
        REQUIRE(page->academyId() == academyId);
    }

    const Project &project() const { return window.document()->project(); }
    // The new academy's theory: the example has one of its own.
    const ProgrammeTheory *theory() const
    {
        for (const ProgrammeTheory &row : project().programmeTheories)
            if (row.academyId == academyId)
                return &row;
        return nullptr;
    }
    QUndoStack *undoStack() const { return window.document()->undoStack(); }
    void undo() { window.findChild<QAction *>(QStringLiteral("undoAction"))->trigger(); }
};

} // namespace

TEST_CASE("a programme theory is typed along its chain and undone and looking writes nothing", "[ui][evaluation]")
{
    EvaluationWindow open;
    EvaluationPage *page = open.page;
    ProgrammeTheoryForm *theory = page->programmeTheory();
    REQUIRE(theory->isVisible());
    const int steps = open.undoStack()->index();
    CHECK(open.theory() == nullptr);
    CHECK(mnemonicsWithoutField(page).isEmpty());

    // The chain reads in numbered steps with arrows between them.
    auto *chain = theory->findChild<QWidget *>(QStringLiteral("programmeTheoryChain"));
    REQUIRE(chain != nullptr);
    QStringList labels;
    int arrows = 0;
    for (QLabel *label : chain->findChildren<QLabel *>()) {
        if (label->text() == QStringLiteral("→"))
            ++arrows;
        else
            labels.append(label->text());
    }
    CHECK(arrows == 4);
    CHECK(labels
          == QStringList{QStringLiteral("1. &Activities"), QStringLiteral("2. What they lear&n"),
                         QStringLiteral("3. What they do &differently"), QStringLiteral("4. Short-term &results"),
                         QStringLiteral("5. Long-term effect&s")});

    // Alt+N goes to what the participants learn; typing there writes the theory as one step.
    QTest::keyClick(&open.window, Qt::Key_N, Qt::AltModifier);
    QPlainTextEdit *learning = theory->field(QStringLiteral("learning"));
    REQUIRE(QApplication::focusWidget() == learning);
    QTest::keyClicks(learning, QStringLiteral("New ways to test ideas"));
    open.window.workspace()->flushPendingEdits();
    REQUIRE(open.theory() != nullptr);
    const ProgrammeTheory &written = *open.theory();
    CHECK(written.academyId == open.academyId);
    CHECK(written.learning == QStringLiteral("New ways to test ideas"));
    CHECK(open.undoStack()->index() == steps + 1);

    // The next field's typing is a step of its own, however many keys.
    QPlainTextEdit *behaviour = theory->field(QStringLiteral("behaviour"));
    behaviour->setFocus();
    QTest::keyClicks(behaviour, QStringLiteral("They test"));
    QTest::keyClicks(behaviour, QStringLiteral(" with citizens"));
    open.window.workspace()->flushPendingEdits();
    REQUIRE(open.theory() != nullptr);
    CHECK(open.theory()->behaviour == QStringLiteral("They test with citizens"));
    CHECK(open.undoStack()->index() == steps + 2);

    open.undo();
    CHECK(behaviour->toPlainText().isEmpty());
    CHECK(learning->toPlainText() == QStringLiteral("New ways to test ideas"));
    open.undo();
    CHECK(open.theory() == nullptr);
    CHECK(learning->toPlainText().isEmpty());

    // Another academy shows its own, empty theory; back again, still nothing was written.
    page->academyChoice()->setCurrentIndex(0);
    page->academyChoice()->setCurrentIndex(page->academyChoice()->findData(open.academyId));
    CHECK(open.undoStack()->index() == steps);
}

TEST_CASE("learning goals are added to a track typed in place and deleted", "[ui][evaluation]")
{
    EvaluationWindow open;
    EvaluationPage *page = open.page;
    page->sections()->setCurrentIndex(1);
    QTableView *goals = page->learningGoalTable();
    REQUIRE(goals->isVisible());
    CHECK(goals->model()->rowCount() == 0);
    CHECK_FALSE(page->deleteGoalButton()->isEnabled());
    const std::vector<const Track *> tracks = open.project().tracksOf(open.academyId);
    REQUIRE(tracks.size() == 4);

    // Without a selection the goal goes to the first track, opened for its text.
    QTest::mouseClick(page->addGoalButton(), Qt::LeftButton);
    REQUIRE(goals->model()->rowCount() == 1);
    const QString phases = QStringLiteral("Knows the phases of an innovation process");
    typeIntoOpenCell(phases);
    CHECK(cellText(goals, 0, LearningGoalTableModel::Track) == tracks.at(0)->name);
    CHECK(cellText(goals, 0, LearningGoalTableModel::Kind) == QStringLiteral("Knowledge"));
    CHECK(cellText(goals, 0, LearningGoalTableModel::Text) == phases);

    // Moved to the second track, as the Track column's choice does; a goal added beside it goes there too.
    REQUIRE(goals->model()->setData(goals->model()->index(0, LearningGoalTableModel::Track), tracks.at(1)->id));
    goals->setCurrentIndex(goals->model()->index(0, LearningGoalTableModel::Text));
    QTest::mouseClick(page->addGoalButton(), Qt::LeftButton);
    typeIntoOpenCell(QStringLiteral("Can lead a test with citizens"));
    // And one of the first track, which comes first in the academy's order.
    goals->clearSelection();
    goals->setCurrentIndex(QModelIndex());
    QTest::mouseClick(page->addGoalButton(), Qt::LeftButton);
    typeIntoOpenCell(QStringLiteral("Can explain the academy's purpose"));
    REQUIRE(goals->model()->rowCount() == 3);
    CHECK(cellText(goals, 0, LearningGoalTableModel::Text) == QStringLiteral("Can explain the academy's purpose"));
    CHECK(cellText(goals, 1, LearningGoalTableModel::Text) == phases);
    CHECK(cellText(goals, 2, LearningGoalTableModel::Text) == QStringLiteral("Can lead a test with citizens"));
    CHECK(cellText(goals, 2, LearningGoalTableModel::Track) == tracks.at(1)->name);

    // Typing over a goal's text, then deleting it; undo brings it back.
    typeIntoCell(goals, goals->model()->index(2, LearningGoalTableModel::Text), QStringLiteral("Leads a test"));
    CHECK(cellText(goals, 2, LearningGoalTableModel::Text) == QStringLiteral("Leads a test"));
    goals->setCurrentIndex(goals->model()->index(2, LearningGoalTableModel::Text));
    QTest::mouseClick(page->deleteGoalButton(), Qt::LeftButton);
    CHECK(goals->model()->rowCount() == 2);
    open.undo();
    CHECK(goals->model()->rowCount() == 3);
    CHECK(cellText(goals, 2, LearningGoalTableModel::Text) == QStringLiteral("Leads a test"));
}

TEST_CASE("an indicator's status follows the values typed into its measurements", "[ui][evaluation]")
{
    EvaluationWindow open;
    EvaluationPage *page = open.page;
    page->sections()->setCurrentIndex(2);
    QTableView *indicators = page->indicatorTable();
    QTableView *measurements = page->measurementTable();
    REQUIRE(indicators->isVisible());
    CHECK_FALSE(page->addMeasurementButton()->isEnabled());

    QTest::mouseClick(page->addIndicatorButton(), Qt::LeftButton);
    REQUIRE(indicators->model()->rowCount() == 1);
    typeIntoOpenCell(QStringLiteral("Share of units that test a new idea"));
    const QModelIndex row = indicators->model()->index(0, 0);
    typeIntoCell(indicators, row.siblingAtColumn(IndicatorTableModel::Unit), QStringLiteral("%"));
    typeIntoCell(indicators, row.siblingAtColumn(IndicatorTableModel::Baseline), QStringLiteral("20"));
    typeIntoCell(indicators, row.siblingAtColumn(IndicatorTableModel::Target), QStringLiteral("42.5"));
    auto shown = [&](int column) { return row.siblingAtColumn(column).data().toString(); };
    CHECK(shown(IndicatorTableModel::Name) == QStringLiteral("Share of units that test a new idea"));
    CHECK(shown(IndicatorTableModel::Scope) == QStringLiteral("Whole academy"));
    CHECK(shown(IndicatorTableModel::Baseline) == QStringLiteral("20"));
    CHECK(shown(IndicatorTableModel::Target) == QStringLiteral("42.5"));
    CHECK(shown(IndicatorTableModel::Direction) == QStringLiteral("Higher is better"));
    CHECK(shown(IndicatorTableModel::Status) == QStringLiteral("Not measured yet"));

    // Two measurements, 3 and 12 months after the academy ends on 23 June 2090.
    indicators->setCurrentIndex(row);
    CHECK(page->measurementTable()->model()->rowCount() == 0);
    QTest::mouseClick(page->addMeasurementButton(), Qt::LeftButton);
    QTest::mouseClick(page->addMeasurementButton(), Qt::LeftButton);
    REQUIRE(measurements->model()->rowCount() == 2);
    CHECK(cellText(measurements, 0, MeasurementTableModel::When) == QStringLiteral("3 months after"));
    const QString inThreeMonths = DisplayText::shortDate(QDate(2090, 9, 23));
    CHECK(cellText(measurements, 0, MeasurementTableModel::Planned) == inThreeMonths);
    CHECK(cellText(measurements, 1, MeasurementTableModel::When) == QStringLiteral("12 months after"));
    CHECK(shown(IndicatorTableModel::Next) == QStringLiteral("3 months after, %1").arg(inThreeMonths));

    // Short of the target after three months, on it after a year.
    typeIntoCell(measurements, measurements->model()->index(0, MeasurementTableModel::Value), QStringLiteral("30"));
    CHECK(shown(IndicatorTableModel::Latest) == QStringLiteral("30"));
    CHECK(shown(IndicatorTableModel::Status) == QStringLiteral("Short of target"));
    CHECK(cellText(measurements, 0, MeasurementTableModel::AgainstTarget) == QStringLiteral("Short of target"));
    const QString inAYear = DisplayText::shortDate(QDate(2091, 6, 23));
    CHECK(shown(IndicatorTableModel::Next) == QStringLiteral("12 months after, %1").arg(inAYear));
    typeIntoCell(measurements, measurements->model()->index(1, MeasurementTableModel::Value), QStringLiteral("45"));
    CHECK(shown(IndicatorTableModel::Latest) == QStringLiteral("45"));
    CHECK(shown(IndicatorTableModel::Status) == QStringLiteral("On target"));
    CHECK(cellText(measurements, 1, MeasurementTableModel::AgainstTarget) == QStringLiteral("On target"));
    CHECK(shown(IndicatorTableModel::Next).isEmpty());

    // Where lower is better (as the Direction column's choice sets it), 45 falls short of 42.5.
    REQUIRE(indicators->model()->setData(row.siblingAtColumn(IndicatorTableModel::Direction), false));
    CHECK(shown(IndicatorTableModel::Status) == QStringLiteral("Short of target"));
    CHECK(cellText(measurements, 0, MeasurementTableModel::AgainstTarget) == QStringLiteral("On target"));
    open.undo();
    CHECK(shown(IndicatorTableModel::Status) == QStringLiteral("On target"));

    // A value that cannot be read is not stored, and the status bar says why.
    typeIntoCell(measurements, measurements->model()->index(1, MeasurementTableModel::Value), QStringLiteral("4,25"));
    CHECK(cellText(measurements, 1, MeasurementTableModel::Value) == QStringLiteral("45"));
    CHECK(open.window.statusBar()->currentMessage().contains(QStringLiteral("\"4,25\"")));

    // A third measurement planned for a day that has passed is flagged as overdue.
    QTest::mouseClick(page->addMeasurementButton(), Qt::LeftButton);
    REQUIRE(measurements->model()->rowCount() == 3);
    typeIntoCell(measurements, measurements->model()->index(2, MeasurementTableModel::Planned),
                 QStringLiteral("1.3.2024"));
    const QString passed = DisplayText::shortDate(QDate(2024, 3, 1));
    CHECK(cellText(measurements, 2, MeasurementTableModel::Planned) == passed);
    CHECK(shown(IndicatorTableModel::Next) == QStringLiteral("24 months after, %1 (overdue)").arg(passed));
    CHECK(row.siblingAtColumn(IndicatorTableModel::Next).data(Qt::ForegroundRole).isValid());

    // Deleting the indicator takes its measurements along; undo brings both back.
    QTest::mouseClick(page->deleteIndicatorButton(), Qt::LeftButton);
    CHECK(indicators->model()->rowCount() == 0);
    CHECK(measurements->model()->rowCount() == 0);
    CHECK_FALSE(page->addMeasurementButton()->isEnabled());
    open.undo();
    REQUIRE(indicators->model()->rowCount() == 1);
    indicators->setCurrentIndex(indicators->model()->index(0, 0));
    CHECK(measurements->model()->rowCount() == 3);
    CHECK(cellText(indicators, 0, IndicatorTableModel::Status) == QStringLiteral("On target"));
}
