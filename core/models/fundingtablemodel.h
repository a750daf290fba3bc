// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

class BudgetWatcher;
class ProjectEditor;

// The funding sources of the project, one row each, editable in place, with what each pays by the
// plan: a pledge, or the competence fund's share of each eligible person's costs up to its cap. A
// view shows one academy's sources through a filter proxy on AcademyIdRole.
class FundingTableModel : public EntityTableModel<Funding>
{
    Q_OBJECT

public:
    enum Column { Kind, Name, Pledged, Share, CapPerPerson, Pays, Received, ColumnCount };
    enum Roles { AcademyIdRole = FirstCustomRole };

    FundingTableModel(Document *document, ProjectEditor *editor, BudgetWatcher *budgets, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A cell edit was not taken, and why: an amount that cannot be read, or a rule it would break.
    void refused(const QString &why);

private:
    // Whether the column means something for the source: the fund pays by its rule, the others
    // by their pledge.
    static bool applies(const Funding &funding, int column);

    ProjectEditor *m_editor;
    BudgetWatcher *m_budgets;
};

} // namespace Akademiplan
