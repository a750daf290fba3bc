// SPDX-License-Identifier: MPL-2.0
#include "tablestyle.h"

#include <QHeaderView>
#include <QTableView>

namespace Akademiplan {

void applyTableStyle(QTableView *table, int sortColumn)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->setSortingEnabled(true);
    table->sortByColumn(sortColumn, Qt::AscendingOrder);
}

} // namespace Akademiplan
