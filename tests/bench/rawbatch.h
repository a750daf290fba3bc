// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

namespace Akademiplan::Bench {

// One SQLite value as plain C++: NULL, integer, real, or text/blob bytes.
using RawValue = std::variant<std::monostate, qint64, double, QByteArray>;

// Whole rows of one table, every column, as the raw limits read, write and delete them.
struct RawRows
{
    QString table;
    QStringList columns;
    std::vector<std::vector<RawValue>> rows;
};

// Rows of several tables in the order they are removed (children first); they are put back in
// the reverse order, parents first, as an undo does.
using RawBatch = std::vector<RawRows>;

inline qsizetype rowCount(const RawBatch &batch)
{
    qsizetype count = 0;
    for (const RawRows &rows : batch)
        count += qsizetype(rows.rows.size());
    return count;
}

} // namespace Akademiplan::Bench
