// SPDX-License-Identifier: MPL-2.0
// The budget in the window, as a consultant uses it: the Budget tab shows the example's cost
// lines, totals and chart; a line added and priced by typing changes the totals; a session added
// to the plan changes what the lines count and cost at once; undo takes both back; the staff
// rates and the funding are edited in place; and the budget is written as CSV.
#include "budgetchart.h"
#include "budgetpage.h"
#include "windowfixture.h"
#include "editor/projecteditor.h"
#include "exchange/csvreader.h"
#include "models/costlinetablemodel.h"
#include "models/fundingtablemodel.h"
#include "models/staffratetablemodel.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QModelIndex cellOf(QTableView *table, const QString &text, int searchColumn, int column)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, searchColumn).data().toString() == text)
            return table->model()->index(row, column);
    FAIL("no row with " << text.toStdString());
    return {};
}

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

bool totalsSay(const BudgetPage *page, const QString &text)
{
    return page->totals()->text().contains(text);
}

} // namespace

TEST_CASE("the budget tab shows the example's lines totals and chart and follows the plan", "[ui][budget]")
{
    OpenWindow open;
    QTest::keyClick(&open.window, Qt::Key_5, Qt::ControlModifier);
    BudgetPage *page = open.window.budgetPage();
    REQUIRE(page->isVisible());
    QTableView *lines = page->costLineTable();
    CHECK(lines->model()->rowCount() == 21);
    // The example's hand-worked totals (tests/core/test_example_budget.cpp).
    CHECK(totalsSay(page, QStringLiteral("DKK 659,260.00")));
    CHECK(totalsSay(page, QStringLiteral("DKK 822,180.00")));
    CHECK(totalsSay(page, QStringLiteral("DKK 162,344.68")));
    const QList<BudgetChart::Group> &byTrack = page->trackChart()->groups();
    REQUIRE(byTrack.size() == 1);
    REQUIRE(byTrack.at(0).bars.size() == 5); // four tracks and the academy's shared lines
    CHECK(byTrack.at(0).bars.at(0).amount == Money::fromKroner(52'600));
    CHECK(page->trackChart()->accessibleDescription().contains(QStringLiteral("DKK 431,040")));
    // Facilitation: 15,000 + 30,000 + 288,000 + 7,500 + 22,500 + 15,000 × 3 + 22,800 = 430,800 kr.
    const QList<BudgetChart::Group> &byKind = page->kindChart()->groups();
    REQUIRE(byKind.size() == 1);
    CHECK(byKind.at(0).bars.at(0).label == QStringLiteral("Facilitation"));
    CHECK(byKind.at(0).bars.at(0).amount == Money::fromKroner(430'800));

    // A line for the whole academy, priced by typing a rate: 1,000 kr. without VAT.
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    REQUIRE(lines->model()->rowCount() == 22);
    const QModelIndex added = lines->currentIndex();
    REQUIRE(added.isValid());
    typeIntoCell(lines, added.siblingAtColumn(CostLineTableModel::Description), QStringLiteral("Name badges"));
    typeIntoCell(lines, added.siblingAtColumn(CostLineTableModel::Rate), QStringLiteral("1000"));
    CHECK(added.siblingAtColumn(CostLineTableModel::Description).data().toString() == QStringLiteral("Name badges"));
    CHECK(added.siblingAtColumn(CostLineTableModel::WithoutVat).data().toString() == QStringLiteral("1,000.00"));
    CHECK(totalsSay(page, QStringLiteral("DKK 660,260.00")));
    // A rate that cannot be read is not taken, and the status bar says why.
    typeIntoCell(lines, added.siblingAtColumn(CostLineTableModel::Rate), QStringLiteral("1.0.0"));
    CHECK(added.siblingAtColumn(CostLineTableModel::Rate).data().toString() == QStringLiteral("1,000.00"));
    CHECK_FALSE(open.window.statusBar()->currentMessage().isEmpty());

    // A fifth network meeting: 7,500 kr. more for its facilitation and 20 more days of lunch at
    // 95 kr. with VAT (1,520 without); the line shows what it counts now.
    const Project &project = open.window.document()->project();
    const qint64 meetings = std::find_if(project.activities.begin(), project.activities.end(), [](const Activity &a) {
                                return a.title == QStringLiteral("Network meetings");
                            })->id;
    REQUIRE(open.window.workspace()->editor()->addNextSession(meetings).ok);
    const QModelIndex counted =
        cellOf(lines, QStringLiteral("Facilitation, half days"), CostLineTableModel::Description, CostLineTableModel::Units);
    CHECK(counted.data().toString() == QStringLiteral("5"));
    CHECK(totalsSay(page, QStringLiteral("DKK 669,280.00")));

    // Undo takes back the session and then the line, one step each; the rate and the description
    // typed into the line are steps of their own, and the refused rate is none.
    QUndoStack *undo = open.window.document()->undoStack();
    for (int step = 0; step < 4; ++step)
        undo->undo();
    CHECK(lines->model()->rowCount() == 21);
    CHECK(totalsSay(page, QStringLiteral("DKK 659,260.00")));
}

TEST_CASE("staff rates and funding are edited in their tables and the totals follow", "[ui][budget]")
{
    OpenWindow open;
    QTest::keyClick(&open.window, Qt::Key_5, Qt::ControlModifier);
    BudgetPage *page = open.window.budgetPage();
    CHECK(totalsSay(page, QStringLiteral("DKK 899,199.94")));

    // Managers at 722,000 kr. a year instead of 680,400: 375.26 kr. an hour for their 1,566 hours.
    page->tables()->setCurrentWidget(page->staffRateTable());
    QTableView *rates = page->staffRateTable();
    const QModelIndex salary = cellOf(rates, QStringLiteral("Managers"), StaffRateTableModel::Role,
                                      StaffRateTableModel::AnnualSalary);
    typeIntoCell(rates, salary, QStringLiteral("722000"));
    CHECK(salary.siblingAtColumn(StaffRateTableModel::Hourly).data().toString() == QStringLiteral("375.26"));
    CHECK(salary.siblingAtColumn(StaffRateTableModel::PlannedHours).data().toString() == QStringLiteral("1,566.00"));
    // 1,566 × (375.26 - 353.64) = 33,856.92 kr. more.
    CHECK(totalsSay(page, QStringLiteral("DKK 933,056.86")));

    // A pledge from a foundation lowers the municipality's share by as much.
    page->tables()->setCurrentWidget(page->fundingTable());
    QTableView *funding = page->fundingTable();
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    REQUIRE(funding->model()->rowCount() == 4);
    const QModelIndex pledge = funding->currentIndex().siblingAtColumn(FundingTableModel::Pledged);
    typeIntoCell(funding, pledge, QStringLiteral("50000"));
    CHECK(totalsSay(page, QStringLiteral("DKK 112,344.68")));
    // The competence fund pays by its rule, shown and not typed.
    const QModelIndex fund = cellOf(funding, QStringLiteral("Competence fund"), FundingTableModel::Kind,
                                    FundingTableModel::Pays);
    CHECK(fund.data().toString() == QStringLiteral("436,915.32"));
    CHECK_FALSE(fund.flags().testFlag(Qt::ItemIsEditable));

    // Delete takes the selected source away again.
    funding->setCurrentIndex(pledge);
    QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
    CHECK(funding->model()->rowCount() == 3);
    CHECK(totalsSay(page, QStringLiteral("DKK 162,344.68")));
}

TEST_CASE("the budget is written from the window as the CSV the command line writes", "[ui][budget]")
{
    OpenWindow open;
    BudgetPage *page = open.window.budgetPage();
    // File › Export › Budget… is where the other exports are.
    auto *exportMenu = open.window.findChild<QMenu *>(QStringLiteral("exportMenu"));
    REQUIRE(exportMenu != nullptr);
    CHECK(exportMenu->actions().contains(page->exportAction()));
    CHECK(page->exportAction()->isEnabled());
    const QString path = open.folder.path(QStringLiteral("budget.csv"));
    REQUIRE(page->exportBudgetTo(path));
    const CsvTable table = CsvReader::read(readBytes(path));
    REQUIRE(table.rows.size() > 21);
    CHECK(table.rows.at(0).at(0) == QStringLiteral("Section"));
    CHECK(std::count_if(table.rows.begin(), table.rows.end(),
                        [](const QStringList &row) { return row.at(0) == QStringLiteral("Cost"); })
          == 21);
}
