// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planwarning.h"

#include "domain/project.h"

#include <QCoreApplication>

namespace Akademiplan {

// The planning checks: what in the plan may embarrass the consultant in front of a municipality,
// judged against the Danish planning year (DanishCalendar) and the plan itself. Every rule looks
// things up in a PlanIndex built in one pass per table, so the whole file of a large municipality
// is checked in well under a tenth of a second; no rule compares all sessions pairwise.
class PlanCheck
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PlanCheck)

public:
    // Every warning of the project, problems first, then by date; those the consultant dismissed
    // are included, marked as dismissed.
    static PlanWarnings run(const Project &project);
    // The warnings one session would have if it were as `moved` says (another date or time), for
    // the timeline while a session is dragged: its own day and the sessions of that day only.
    static PlanWarnings ofMovedSession(const Project &project, const Session &moved);

    // The dismissal that holds for a warning, if any.
    static const Dismissal *dismissalOf(const Project &project, const PlanWarning &warning);

    // The warnings that count: not dismissed.
    static bool hasProblems(const PlanWarnings &warnings);
    static int countOf(const PlanWarnings &warnings, PlanWarning::Severity severity);

    static QString key(PlanWarning::Severity severity); // "problem", "warning", "information"
    static QString label(PlanWarning::Severity severity); // in the UI language
    // Every kind the checks report, with a label for filtering, in a fixed order.
    static QStringList kinds();
    static QString kindLabel(const QString &kind);
};

} // namespace Akademiplan
