// SPDX-License-Identifier: MPL-2.0
#include "planwarninglines.h"

#include "workspace.h"

#include "planning/plancheck.h"
#include "planning/planchecker.h"

#include <QResizeEvent>

namespace Akademiplan {

PlanWarningLines::PlanWarningLines(Workspace *workspace, QWidget *parent)
    : QLabel(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("planWarnings"));
    setAccessibleName(tr("Planning warnings"));
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(workspace->planChecker(), &PlanChecker::warningsChanged, this, &PlanWarningLines::refresh);
}

void PlanWarningLines::showItem(const QUuid &uuid)
{
    m_uuid = uuid;
    refresh();
}

void PlanWarningLines::refresh()
{
    const auto warnings = m_workspace->planChecker()->warningsConcerning(m_uuid);
    QStringList lines;
    const PlanWarning *worst = nullptr;
    int counting = 0;
    for (const PlanWarning *warning : warnings) {
        QString line = QStringLiteral("%1: %2").arg(PlanCheck::label(warning->severity), warning->message);
        if (warning->dismissed)
            line += QLatin1Char(' ') + tr("(dismissed: %1)").arg(warning->dismissalReason);
        lines.append(line.toHtmlEscaped());
        if (warning->dismissed)
            continue;
        ++counting;
        if (!worst || warning->severity < worst->severity)
            worst = warning;
    }
    m_full = !worst ? QString()
             : counting == 1
                 ? QStringLiteral("%1: %2").arg(PlanCheck::label(worst->severity), worst->message)
                 : tr("%n planning warnings. %1: %2", nullptr, counting)
                       .arg(PlanCheck::label(worst->severity), worst->message);
    setToolTip(lines.isEmpty() ? QString() : lines.join(QStringLiteral("<br>")));
    setAccessibleDescription(m_full);
    fit();
}

void PlanWarningLines::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void PlanWarningLines::fit()
{
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, width());
    if (shown != text())
        setText(shown);
}

} // namespace Akademiplan
