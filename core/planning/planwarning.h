// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <vector>

namespace Akademiplan {

// One finding of the planning checks: something in the plan that may embarrass the consultant in
// front of a municipality, such as a seminar on Ascension Day or a manager booked twice at once.
struct PlanWarning
{
    enum class Severity {
        Problem,    // the plan cannot work as it stands: --check-plan fails on it
        Warning,    // it may well go wrong; look at it
        Information // worth knowing when planning, e.g. the budget season
    };

    Severity severity = Severity::Warning;
    QString kind;    // a stable name of the rule, e.g. "session-on-public-holiday", for scripts
    QString message; // in the UI language
    // The item the warning is about: where it is shown, where "go to" leads, and what a
    // dismissal names.
    EntityType subjectType = EntityType::Session;
    qint64 subjectId = 0;
    QUuid subjectUuid;
    // What tells two warnings of one kind about one item apart (e.g. the other session of an
    // overlap, the role of a target group); part of what a dismissal names.
    QString detail;
    QList<QUuid> related; // the other rows it concerns: the other session, the people, the activity
    QList<QDate> dates;   // the days it concerns
    // Set when the consultant has dismissed it for this item, with the reason they gave.
    bool dismissed = false;
    QString dismissalReason;

    bool concerns(const QUuid &uuid) const { return subjectUuid == uuid || related.contains(uuid); }
    // What names the finding across checks and copies of the file: kind, item and detail. A
    // dismissal holds for the warning whose name it has.
    static QString nameOf(const QString &kind, const QString &subjectUuid, const QString &detail)
    {
        return kind + QLatin1Char(' ') + subjectUuid + QLatin1Char(' ') + detail;
    }
    QString name() const { return nameOf(kind, subjectUuid.toString(QUuid::WithoutBraces), detail); }
};

using PlanWarnings = std::vector<PlanWarning>;

// A warning about one row of the project.
template <typename T>
PlanWarning planWarningAbout(const T &row, PlanWarning::Severity severity, const char *kind, const QString &message)
{
    PlanWarning warning;
    warning.severity = severity;
    warning.kind = QLatin1String(kind);
    warning.message = message;
    warning.subjectType = entityTypeOf<T>();
    warning.subjectId = row.id;
    warning.subjectUuid = row.uuid;
    return warning;
}

} // namespace Akademiplan
