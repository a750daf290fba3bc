// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QTableView>

namespace Akademiplan {

class AttendanceGridModel;

// The attendance grid of one activity, made for the keyboard: the arrow keys move among the
// cells (never onto the rates), Space changes the mark (not recorded, present, absent, excused),
// a letter sets one (P, A, E in English), Delete clears it. With several cells selected the key
// marks all of them. Each key is one undo step.
class AttendanceGrid : public QTableView
{
    Q_OBJECT

public:
    explicit AttendanceGrid(QWidget *parent = nullptr);

    void setGridModel(AttendanceGridModel *model);
    AttendanceGridModel *gridModel() const { return m_model; }
    // The selected cells, or the current one when none is selected.
    QModelIndexList chosenCells() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    AttendanceGridModel *m_model = nullptr;
};

} // namespace Akademiplan
