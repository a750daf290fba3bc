// SPDX-License-Identifier: MPL-2.0
#include "timelinetooltip.h"

#include "planning/plancheck.h"

namespace Akademiplan {

QString TimelineToolTip::html(const QStringList &lines, const QStringList &notes)
{
    QString html = QStringLiteral("<p style='white-space:pre'>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    for (const QString &note : notes)
        html += QStringLiteral("<p>%1</p>").arg(note);
    return html;
}

QString TimelineToolTip::note(const PlanWarning &warning)
{
    return tr("%1: %2").arg(PlanCheck::label(warning.severity), warning.message).toHtmlEscaped();
}

} // namespace Akademiplan
