// SPDX-License-Identifier: MPL-2.0
#include "attendancegrid.h"

#include "models/attendancegridmodel.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace Akademiplan {

AttendanceGrid::AttendanceGrid(QWidget *parent)
    : QTableView(parent)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    verticalHeader()->setHighlightSections(true);
}

void AttendanceGrid::setGridModel(AttendanceGridModel *model)
{
    m_model = model;
    setModel(model);
}

QModelIndexList AttendanceGrid::chosenCells() const
{
    QModelIndexList cells;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        if (m_model->isCell(index))
            cells.append(index);
    if (cells.isEmpty() && m_model->isCell(currentIndex()))
        cells.append(currentIndex());
    return cells;
}

void AttendanceGrid::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QTableView::keyPressEvent(event);
        return;
    }
    const QModelIndexList cells = chosenCells();
    if (event->key() == Qt::Key_Space && !cells.isEmpty()) {
        // Every chosen cell gets the mark after the current one, so that a selection ends alike.
        const QModelIndex from = m_model->isCell(currentIndex()) ? currentIndex() : cells.front();
        m_model->setStatus(cells, AttendanceGridModel::nextStatus(m_model->statusAt(from)));
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && !cells.isEmpty()) {
        m_model->setStatus(cells, std::nullopt);
        return;
    }
    if (const auto status = AttendanceGridModel::statusOfLetter(event->text()); status && !cells.isEmpty()) {
        m_model->setStatus(cells, status);
        // Down the column to the next person, as one goes down the list of who came.
        if (cells.size() == 1) {
            const QModelIndex next = m_model->index(cells.front().row() + 1, cells.front().column());
            if (m_model->isCell(next))
                setCurrentIndex(next);
        }
        return;
    }
    QTableView::keyPressEvent(event);
}

QModelIndex AttendanceGrid::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex next = QTableView::moveCursor(cursorAction, modifiers);
    if (!m_model || !next.isValid() || m_model->rateRow() == 0 || m_model->rateColumn() == 0)
        return next;
    // The rates are read, not marked: the cursor stops at the last person and the last session.
    return m_model->index(std::min(next.row(), m_model->rateRow() - 1),
                          std::min(next.column(), m_model->rateColumn() - 1));
}

} // namespace Akademiplan
