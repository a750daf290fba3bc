// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planning/planwarning.h"

#include <QCoreApplication>
#include <QStringList>

namespace Akademiplan {

// The text of the timeline's tooltips, in one style for a session, a day and a dragged session.
class TimelineToolTip
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::TimelineToolTip)

public:
    // The facts line by line as they are, then notes (findings of the checks, a hint) that may
    // be long and wrap. Both already HTML.
    static QString html(const QStringList &lines, const QStringList &notes = {});
    // A finding of the planning checks as a note: "Problem: …".
    static QString note(const PlanWarning &warning);
};

} // namespace Akademiplan
