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
    // The rates per session, as a row that stays below the grid however far it scrolls: to be
    // put right under the grid.
    QWidget *footer() const { return m_footerRow; }
    QTableView *footerView() const { return m_footer; }
    // The width of the names, the sessions and the rates, whole: how wide a dialog should be.
    int contentWidth() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    // Every session as wide as the widest date, here and in the footer, and the footer's names
    // as wide as the grid's.
    void fitColumns();
    void showOnlyRates();

    AttendanceGridModel *m_model = nullptr;
    QWidget *m_footerRow;
    QTableView *m_footer;
    QWidget *m_scrollBarRoom; // beside the footer, as wide as the grid's vertical scroll bar
};

} // namespace Akademiplan
