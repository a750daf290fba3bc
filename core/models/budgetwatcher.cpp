// SPDX-License-Identifier: MPL-2.0
#include "budgetwatcher.h"

#include "budget/budgetcalculator.h"
#include "document/document.h"

namespace Akademiplan {

BudgetWatcher::BudgetWatcher(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::rowsInserted, this, &BudgetWatcher::forget);
    connect(document, &Document::rowsRemoved, this, &BudgetWatcher::forget);
    connect(document, &Document::rowsReset, this, &BudgetWatcher::forget);
    connect(document, &Document::rowsChanged, this, &BudgetWatcher::forget);
}

const AcademyBudget &BudgetWatcher::budgetOf(qint64 academyId) const
{
    auto found = m_budgets.find(academyId);
    if (found == m_budgets.end())
        found = m_budgets.insert(academyId, BudgetCalculator::of(m_document->project(), academyId));
    return *found;
}

void BudgetWatcher::forget()
{
    m_budgets.clear();
    emit changed();
}

} // namespace Akademiplan
