// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planning/planwarning.h"

#include <QAbstractTableModel>

namespace Akademiplan {

class PlanChecker;

// The planning warnings of the open document as a table, one row per warning, for the warnings
// panel. It follows the checker: each new result replaces the rows.
class PlanWarningModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, DateColumn, MessageColumn, KindColumn, DismissalColumn, ColumnCount };
    enum Roles {
        SeverityRole = Qt::UserRole + 1, // int of PlanWarning::Severity
        KindRole,                        // the stable kind
        DismissedRole,                   // bool
        SortRole
    };

    explicit PlanWarningModel(PlanChecker *checker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const PlanWarning *warningAt(int row) const;
    // The row of the warning that is the same finding as `warning` (kind, item and detail), or -1.
    int rowOf(const PlanWarning &warning) const;

private:
    PlanChecker *m_checker;
};

} // namespace Akademiplan
