// SPDX-License-Identifier: MPL-2.0
#include "warningsdock.h"

#include "warningspanel.h"
#include "workspace.h"

#include "planning/plancheck.h"
#include "planning/planchecker.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace Akademiplan {

WarningsDock::WarningsDock(QMainWindow *window)
    : QDockWidget(tr("Planning Warnings"), window)
    , m_panel(new WarningsPanel(this))
    , m_count(new QToolButton(window))
{
    setObjectName(QStringLiteral("planningWarnings"));
    setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, this);
    hide();
    toggleViewAction()->setText(tr("Planning &Warnings"));
    toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));

    m_count->setObjectName(QStringLiteral("warningCount"));
    m_count->setAutoRaise(true);
    m_count->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_count->hide();
    window->statusBar()->addPermanentWidget(m_count);
    connect(m_count, &QToolButton::clicked, this, [this] {
        show();
        raise();
        m_panel->setFocus();
    });
    connect(m_panel, &WarningsPanel::showRequested, this, &WarningsDock::showRequested);
}

void WarningsDock::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        m_workspace->planChecker()->disconnect(this);
    m_workspace = workspace;
    m_panel->setWorkspace(workspace);
    if (workspace)
        connect(workspace->planChecker(), &PlanChecker::warningsChanged, this, &WarningsDock::updateCount);
    updateCount();
}

void WarningsDock::updateCount()
{
    m_count->setVisible(m_workspace != nullptr);
    if (!m_workspace)
        return;
    using Severity = PlanWarning::Severity;
    const PlanChecker *checker = m_workspace->planChecker();
    const int problems = checker->count(Severity::Problem);
    const int warnings = checker->count(Severity::Warning);
    const int information = checker->count(Severity::Information);
    QStringList parts;
    if (problems > 0)
        parts.append(tr("%n problem(s)", nullptr, problems));
    if (warnings > 0)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    m_count->setText(parts.isEmpty() ? tr("No planning warnings") : parts.join(QStringLiteral(", ")));
    // The style's own message icons exist on every platform, unlike a theme's.
    m_count->setIcon(style()->standardIcon(problems > 0   ? QStyle::SP_MessageBoxCritical
                                           : warnings > 0 ? QStyle::SP_MessageBoxWarning
                                                          : QStyle::SP_MessageBoxInformation));
    m_count->setToolTip(tr("Planning warnings: %1 problems, %2 warnings, %3 for information. Click to see them.")
                            .arg(problems)
                            .arg(warnings)
                            .arg(information));
    m_count->setAccessibleName(m_count->text());
}

} // namespace Akademiplan
