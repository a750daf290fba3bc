// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

class BudgetWatcher;
class ProjectEditor;

// The staff rates of the project, one row each, editable in place, with the hourly cost they give
// and the working time the plan asks of the people they price. A view shows one academy's rates
// through a filter proxy on AcademyIdRole.
class StaffRateTableModel : public EntityTableModel<StaffRate>
{
    Q_OBJECT

public:
    enum Column { Role, Organisation, AnnualSalary, AnnualHours, Overhead, Hourly, Cover, PriceYear, PlannedHours,
                  PlannedCost, ColumnCount };
    enum Roles { AcademyIdRole = FirstCustomRole };

    StaffRateTableModel(Document *document, ProjectEditor *editor, BudgetWatcher *budgets, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A cell edit was not taken, and why: an amount that cannot be read, or a rule it would break.
    void refused(const QString &why);

protected:
    void relatedChanged(EntityType type, const QList<qint64> &ids) override;

private:
    ProjectEditor *m_editor;
    BudgetWatcher *m_budgets;
};

} // namespace Akademiplan
