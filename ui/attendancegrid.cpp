// SPDX-License-Identifier: MPL-2.0
#include "attendancegrid.h"

#include "i18n/displaytext.h"
#include "models/attendancegridmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace Akademiplan {

AttendanceGrid::AttendanceGrid(QWidget *parent)
    : QTableView(parent)
    , m_footerRow(new QWidget(parent))
    , m_footer(new QTableView(m_footerRow))
    , m_scrollBarRoom(new QWidget(m_footerRow))
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    const int rowHeight = fontMetrics().height() + 6;
    for (QTableView *view : {static_cast<QTableView *>(this), m_footer}) {
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(rowHeight);
    }
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setHighlightSections(true);

    m_footer->setObjectName(QStringLiteral("attendanceRates"));
    m_footer->setFocusPolicy(Qt::NoFocus);
    m_footer->setSelectionMode(QAbstractItemView::NoSelection);
    m_footer->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_footer->horizontalHeader()->hide();
    m_footer->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_footer->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footer->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_footer->setFixedHeight(rowHeight + 2 * m_footer->frameWidth());
    auto *row = new QHBoxLayout(m_footerRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_footer, 1);
    row->addWidget(m_scrollBarRoom);
    // The footer's columns move with the grid's, and end where the grid's end.
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, m_footer->horizontalScrollBar(), &QScrollBar::setValue);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int minimum, int maximum) {
        m_scrollBarRoom->setFixedWidth(maximum > minimum ? verticalScrollBar()->sizeHint().width() : 0);
    });
    m_scrollBarRoom->setFixedWidth(0);
    connect(verticalHeader(), &QHeaderView::geometriesChanged, this, &AttendanceGrid::fitColumns);
}

void AttendanceGrid::setGridModel(AttendanceGridModel *model)
{
    m_model = model;
    setModel(model);
    m_footer->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &AttendanceGrid::showOnlyRates);
    showOnlyRates();
}

void AttendanceGrid::showOnlyRates()
{
    const int rates = m_model->rateRow();
    for (int row = 0; row < rates; ++row)
        m_footer->setRowHidden(row, true);
    m_footer->setRowHidden(rates, false);
    setRowHidden(rates, true);
    fitColumns();
}

void AttendanceGrid::fitColumns()
{
    if (!m_model)
        return;
    // The widest rate the footer can show, in its bold.
    QFont bold = font();
    bold.setBold(true);
    int width = QFontMetrics(bold).horizontalAdvance(DisplayText::percent(1.0)) + fontMetrics().height();
    for (int column = 0; column < m_model->columnCount(); ++column)
        width = std::max({width, horizontalHeader()->sectionSizeHint(column), sizeHintForColumn(column)});
    for (int column = 0; column < m_model->columnCount(); ++column) {
        setColumnWidth(column, width);
        m_footer->setColumnWidth(column, width);
    }
    m_footer->verticalHeader()->setFixedWidth(verticalHeader()->width());
}

int AttendanceGrid::contentWidth() const
{
    int width = verticalHeader()->sizeHint().width() + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (int column = 0; m_model && column < m_model->columnCount(); ++column)
        width += columnWidth(column);
    return width;
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
