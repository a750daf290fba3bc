// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QJsonObject>

namespace Akademiplan {

// The machine-readable overview of a project that `akademiplan --info` prints: what a script or
// a support person needs to know about a file without opening the program.
class ProjectSummary
{
public:
    static QJsonObject toJson(const Project &project, int schemaVersion, const QStringList &warnings);
};

} // namespace Akademiplan
