// SPDX-License-Identifier: MPL-2.0
#include "plancheck.h"

#include "calendarrules.h"
#include "overlaprules.h"
#include "planindex.h"
#include "programmerules.h"

#include <QHash>

#include <algorithm>

namespace Akademiplan {

namespace {

using Severity = PlanWarning::Severity;

void sortForReading(PlanWarnings &warnings)
{
    std::stable_sort(warnings.begin(), warnings.end(), [](const PlanWarning &a, const PlanWarning &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        const QDate first = a.dates.isEmpty() ? QDate() : a.dates.first();
        const QDate second = b.dates.isEmpty() ? QDate() : b.dates.first();
        if (first != second)
            return first < second;
        return a.kind < b.kind;
    });
}

// Marks the warnings the consultant dismissed, looking each up by what a dismissal names.
void applyDismissals(const Project &project, PlanWarnings &warnings)
{
    if (project.dismissals.isEmpty())
        return;
    QHash<QString, const Dismissal *> byName;
    for (const Dismissal &dismissal : project.dismissals)
        byName.insert(PlanWarning::nameOf(dismissal.kind, dismissal.subjectUuid, dismissal.detail), &dismissal);
    for (PlanWarning &warning : warnings) {
        if (const Dismissal *dismissal = byName.value(warning.name())) {
            warning.dismissed = true;
            warning.dismissalReason = dismissal->reason;
        }
    }
}

} // namespace

const Dismissal *PlanCheck::dismissalOf(const Project &project, const PlanWarning &warning)
{
    const QString name = warning.name();
    for (const Dismissal &dismissal : project.dismissals)
        if (PlanWarning::nameOf(dismissal.kind, dismissal.subjectUuid, dismissal.detail) == name)
            return &dismissal;
    return nullptr;
}

PlanWarnings PlanCheck::run(const Project &project)
{
    const PlanIndex index(project);
    PlanWarnings warnings;
    for (const PlanIndex::SessionFacts &facts : index.sessions())
        CalendarRules::check(index, facts, warnings);
    OverlapRules::check(index, warnings);
    ProgrammeRules::check(index, warnings);
    applyDismissals(project, warnings);
    sortForReading(warnings);
    return warnings;
}

PlanWarnings PlanCheck::ofMovedSession(const Project &project, const Session &moved)
{
    const PlanIndex index(project, &moved);
    const PlanIndex::SessionFacts *facts = index.factsOf(moved.id);
    if (!facts)
        return {};
    PlanWarnings warnings;
    CalendarRules::check(index, *facts, warnings);
    OverlapRules::checkOne(index, project.sessions.positionOf(moved.id), warnings);
    applyDismissals(project, warnings);
    sortForReading(warnings);
    return warnings;
}

bool PlanCheck::hasProblems(const PlanWarnings &warnings)
{
    return countOf(warnings, Severity::Problem) > 0;
}

int PlanCheck::countOf(const PlanWarnings &warnings, Severity severity)
{
    return int(std::count_if(warnings.begin(), warnings.end(), [severity](const PlanWarning &warning) {
        return warning.severity == severity && !warning.dismissed;
    }));
}

QString PlanCheck::key(Severity severity)
{
    switch (severity) {
    case Severity::Problem: return QStringLiteral("problem");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Information: return QStringLiteral("information");
    }
    return {};
}

QString PlanCheck::label(Severity severity)
{
    switch (severity) {
    case Severity::Problem: return tr("Problem");
    case Severity::Warning: return tr("Warning");
    case Severity::Information: return tr("Information");
    }
    return {};
}

QStringList PlanCheck::kinds()
{
    return {QStringLiteral("session-on-public-holiday"),
            QStringLiteral("session-on-day-off"),
            QStringLiteral("session-in-school-holiday"),
            QStringLiteral("session-on-weekend"),
            QStringLiteral("session-outside-academy-period"),
            QStringLiteral("session-without-time"),
            QStringLiteral("session-without-location"),
            QStringLiteral("participant-double-booked"),
            QStringLiteral("facilitator-double-booked"),
            QStringLiteral("location-double-booked"),
            QStringLiteral("activity-over-capacity"),
            QStringLiteral("track-across-election"),
            QStringLiteral("session-in-budget-season"),
            QStringLiteral("session-on-council-meeting-day"),
            QStringLiteral("target-group-not-covered")};
}

QString PlanCheck::kindLabel(const QString &kind)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("session-on-public-holiday"), QT_TR_NOOP("Public holiday")},
        {QStringLiteral("session-on-day-off"), QT_TR_NOOP("Customary day off")},
        {QStringLiteral("session-in-school-holiday"), QT_TR_NOOP("School holiday")},
        {QStringLiteral("session-on-weekend"), QT_TR_NOOP("Weekend")},
        {QStringLiteral("session-outside-academy-period"), QT_TR_NOOP("Outside the academy's period")},
        {QStringLiteral("session-without-time"), QT_TR_NOOP("No time")},
        {QStringLiteral("session-without-location"), QT_TR_NOOP("No place")},
        {QStringLiteral("participant-double-booked"), QT_TR_NOOP("Participants booked twice")},
        {QStringLiteral("facilitator-double-booked"), QT_TR_NOOP("Facilitator booked twice")},
        {QStringLiteral("location-double-booked"), QT_TR_NOOP("Place booked twice")},
        {QStringLiteral("activity-over-capacity"), QT_TR_NOOP("Over capacity")},
        {QStringLiteral("track-across-election"), QT_TR_NOOP("Municipal election")},
        {QStringLiteral("session-in-budget-season"), QT_TR_NOOP("Budget season")},
        {QStringLiteral("session-on-council-meeting-day"), QT_TR_NOOP("Council meeting day")},
        {QStringLiteral("target-group-not-covered"), QT_TR_NOOP("Target group not covered")},
    };
    const char *label = labels.value(kind);
    return label ? tr(label) : kind;
}

} // namespace Akademiplan
