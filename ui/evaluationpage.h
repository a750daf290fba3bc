// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Akademiplan {

class AcademyChoice;
class IndicatorTableModel;
class LearningGoalTableModel;
class MeasurementTableModel;
class ProgrammeTheoryForm;
class Workspace;

// An academy's evaluation plan: its programme theory and anchoring plan, the learning goals of
// its tracks, and its indicators with the measurements of the one selected, each table editable
// in place. Where an indicator stands follows the values as they are typed.
class EvaluationPage : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationPage(Workspace *workspace, QWidget *parent = nullptr);

    AcademyChoice *academyChoice() const { return m_academy; }
    QTabWidget *sections() const { return m_sections; }
    ProgrammeTheoryForm *programmeTheory() const { return m_theory; }
    QTableView *learningGoalTable() const { return m_goals; }
    QTableView *indicatorTable() const { return m_indicators; }
    QTableView *measurementTable() const { return m_measurements; }
    QPushButton *addGoalButton() const { return m_addGoal; }
    QPushButton *deleteGoalButton() const { return m_deleteGoal; }
    QPushButton *addIndicatorButton() const { return m_addIndicator; }
    QPushButton *deleteIndicatorButton() const { return m_deleteIndicator; }
    QPushButton *addMeasurementButton() const { return m_addMeasurement; }
    QPushButton *deleteMeasurementButton() const { return m_deleteMeasurement; }

    qint64 academyId() const;
    // The indicator whose measurements are shown, or 0.
    qint64 indicatorId() const;
    // Each adds a row where EvaluationDrafts puts it and selects it; a new goal or indicator is
    // opened for typing its text over the placeholder.
    void addLearningGoal();
    void addIndicator();
    void addMeasurement();
    // One row of the plan, undone with Ctrl+Z: no confirmation in the way.
    void deleteLearningGoal();
    void deleteIndicator();
    void deleteMeasurement();

private:
    QTableView *makeTable(QSortFilterProxyModel *proxy, const QString &name, int sortColumn, int stretchColumn);
    QWidget *learningGoalSection();
    QWidget *indicatorSection();
    void showAcademy();
    void showIndicator();
    void updateButtons();
    // Selects the row of `id` in `table` and opens its cell in `column` for typing.
    void selectAndEdit(QTableView *table, qint64 id, int column, bool edit = true);
    // Says in the window's status bar why something typed was not stored.
    void tell(const QString &message);

    Workspace *m_workspace;
    LearningGoalTableModel *m_goalModel;
    IndicatorTableModel *m_indicatorModel;
    MeasurementTableModel *m_measurementModel;
    QSortFilterProxyModel *m_goalProxy;
    QSortFilterProxyModel *m_indicatorProxy;
    QSortFilterProxyModel *m_measurementProxy;
    AcademyChoice *m_academy;
    QTabWidget *m_sections;
    ProgrammeTheoryForm *m_theory;
    QTableView *m_goals = nullptr;
    QTableView *m_indicators = nullptr;
    QTableView *m_measurements = nullptr;
    QLabel *m_measurementHeading = nullptr;
    QPushButton *m_addGoal = nullptr;
    QPushButton *m_deleteGoal = nullptr;
    QPushButton *m_addIndicator = nullptr;
    QPushButton *m_deleteIndicator = nullptr;
    QPushButton *m_addMeasurement = nullptr;
    QPushButton *m_deleteMeasurement = nullptr;
};

} // namespace Akademiplan
