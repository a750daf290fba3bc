// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Akademiplan {

class AttendanceGrid;
class AttendanceGridModel;
class Workspace;

// Records who came to the sessions of one activity: the grid of its people against its sessions,
// "Everyone present" for the session the cursor is in, and the rates as they change. Every mark
// is written at once as its own undo step; Ctrl+Z undoes here as in the window.
class AttendanceDialog : public QDialog
{
    Q_OBJECT

public:
    AttendanceDialog(Workspace *workspace, qint64 activityId, QWidget *parent = nullptr);

    AttendanceGrid *grid() const { return m_grid; }
    AttendanceGridModel *model() const { return m_model; }
    QPushButton *everyonePresentButton() const { return m_everyonePresent; }
    QLabel *totalsLabel() const { return m_totals; }

    // Everyone with a place who is not yet recorded at the current session is present.
    void everyonePresent();

private:
    void updateTotals();

    Workspace *m_workspace;
    AttendanceGridModel *m_model;
    AttendanceGrid *m_grid;
    QPushButton *m_everyonePresent;
    QLabel *m_totals;
};

} // namespace Akademiplan
