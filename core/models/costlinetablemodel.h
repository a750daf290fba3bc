// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

class BudgetWatcher;
struct CostLineTotal;
class ProjectEditor;

// The cost lines of the project, one row each, editable in place; beside what the user enters, what
// the plan makes of it: the units the basis counts and the amounts with and without VAT, which
// change as the plan changes. A view shows one academy's lines through a filter proxy on
// AcademyIdRole.
class CostLineTableModel : public EntityTableModel<CostLine>
{
    Q_OBJECT

public:
    enum Column { Scope, Kind, Description, Basis, Rate, Quantity, Units, Vat, PriceYear, WithoutVat, WithVat, Actual,
                  ColumnCount };
    enum Roles { AcademyIdRole = FirstCustomRole };

    CostLineTableModel(Document *document, ProjectEditor *editor, BudgetWatcher *budgets, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // What a line belongs to, as the Scope column edits it: "academy", "track:ID" or "activity:ID".
    static QString scopeKey(qint64 trackId, qint64 activityId);
    // The line's activity or track, or the academy as a whole.
    QString scopeText(const CostLine &line) const;

signals:
    // A cell edit was not taken, and why: an amount that cannot be read, or a rule it would break.
    void refused(const QString &why);

protected:
    void relatedChanged(EntityType type, const QList<qint64> &ids) override;

private:
    const CostLineTotal *totalOf(const CostLine &line) const;

    ProjectEditor *m_editor;
    BudgetWatcher *m_budgets;
};

} // namespace Akademiplan
