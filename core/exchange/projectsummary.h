// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"
#include "domain/validationissue.h"
#include "planning/planwarning.h"

#include <QJsonObject>

namespace Akademiplan {

// The machine-readable overview of a project that `akademiplan --info` prints: what a script or
// a support person needs to know about a file without opening the program.
class ProjectSummary
{
public:
    // `fileWarnings` are about the file as a whole (e.g. written by a newer version); `issues` are
    // the domain rules its rows break; `planWarnings` what the planning checks found.
    static QJsonObject toJson(const Project &project, int schemaVersion, const QStringList &fileWarnings,
                              const ValidationIssues &issues, const PlanWarnings &planWarnings);
    // One planning warning: kind, severity, message, the row it is about, the UUIDs and dates it
    // concerns, and whether it was dismissed and why.
    static QJsonObject toJson(const PlanWarning &warning);
    // One broken rule as JSON: kind, entity type, UUID, field and message.
    static QJsonObject toJson(const ValidationIssue &issue);
    // The same with "text": the message naming the row, as the window shows it.
    static QJsonObject toJson(const Project &project, const ValidationIssue &issue);
    // The attendance rates (see AttendanceRates) per academy, its roles, tracks, activities and
    // sessions, only for what has records.
    static QJsonObject attendanceJson(const Project &project);
};

} // namespace Akademiplan
