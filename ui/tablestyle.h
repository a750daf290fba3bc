// SPDX-License-Identifier: MPL-2.0
#pragma once

class QTableView;

namespace Akademiplan {

// The one look of the program's tables: whole rows selected, alternating colours, compact
// single-line rows, sorted ascending by `sortColumn` (Qt's default would be descending).
void applyTableStyle(QTableView *table, int sortColumn);

} // namespace Akademiplan
