// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "budget/academybudget.h"

#include <QHash>
#include <QObject>

namespace Akademiplan {

class Document;

// Keeps the academies' budgets current for the budget view: any edit to the project (a cost line,
// a session, an enrolment, a salary) may change a total, so every change forgets the budgets, and
// each is worked out again the first time it is asked for after that, not per edit. A burst of
// edits (an import) thus costs one calculation when the view paints, and none while the budget is
// not on screen.
class BudgetWatcher : public QObject
{
    Q_OBJECT

public:
    explicit BudgetWatcher(Document *document, QObject *parent = nullptr);

    const AcademyBudget &budgetOf(qint64 academyId) const;

signals:
    // The budgets may read differently now.
    void changed();

private:
    void forget();

    Document *m_document;
    mutable QHash<qint64, AcademyBudget> m_budgets;
};

} // namespace Akademiplan
