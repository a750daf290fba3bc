// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Akademiplan {

class AcademyChoice;
class BudgetChart;
class BudgetWatcher;
class CostLineTableModel;
class FundingTableModel;
class StaffRateTableModel;
class Workspace;

// An academy's budget: its cost lines, the staff rates its participants' time is priced at, and
// its funding, each an editable table; beside them the totals and a chart of the cost by track
// and by kind. Everything follows the plan: a session added or a person enrolled changes the
// figures at once.
class BudgetPage : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetPage(Workspace *workspace, QWidget *parent = nullptr);

    AcademyChoice *academyChoice() const { return m_academy; }
    QTabWidget *tables() const { return m_tables; }
    QTableView *costLineTable() const { return m_costLines; }
    QTableView *staffRateTable() const { return m_staffRates; }
    QTableView *fundingTable() const { return m_fundings; }
    QLabel *totals() const { return m_totals; }
    BudgetChart *trackChart() const { return m_trackChart; }
    BudgetChart *kindChart() const { return m_kindChart; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *deleteButton() const { return m_delete; }
    // File › Export › Budget…, for the window's menu.
    QAction *exportAction() const { return m_exportAction; }

    qint64 academyId() const;
    // Adds a row to the table on top: a cost line of the academy (of the selected line's activity
    // or track, when one is selected), a staff rate or a funding source; selects it.
    void addRow();
    void deleteCurrentRow();
    // Asks where to write the budget as CSV and writes it.
    bool exportBudget();
    bool exportBudgetTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTableView *currentTable() const;
    QTableView *makeTable(QSortFilterProxyModel *proxy, const QString &name, int stretchColumn);
    void showAcademy();
    void updateTotals();
    void updateButtons();

    Workspace *m_workspace;
    BudgetWatcher *m_budgets;
    CostLineTableModel *m_costLineModel;
    StaffRateTableModel *m_staffRateModel;
    FundingTableModel *m_fundingModel;
    QSortFilterProxyModel *m_costLineProxy;
    QSortFilterProxyModel *m_staffRateProxy;
    QSortFilterProxyModel *m_fundingProxy;
    AcademyChoice *m_academy;
    QTabWidget *m_tables;
    QTableView *m_costLines;
    QTableView *m_staffRates;
    QTableView *m_fundings;
    QPushButton *m_add;
    QPushButton *m_delete;
    QPushButton *m_export;
    QAction *m_exportAction;
    QLabel *m_totals;
    BudgetChart *m_trackChart;
    BudgetChart *m_kindChart;
    // The totals read every row of the academy; while the tab is hidden an edit only marks them
    // stale, and they are worked out when the tab is shown.
    bool m_totalsStale = false;
};

} // namespace Akademiplan
