// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"
#include "projectinspector.h"
#include "tombstone.h"

#include <vector>

namespace Akademiplan {

// Reads a project file straight into memory, read-only, for headless look-ups such as --info
// that need no working copy and must leave the file exactly as it is.
class ProjectReader
{
public:
    // On failure the inspection result says why; a file of a newer format is read if it can be.
    // With `removedSessions`, the sessions whose tombstones keep their fields are read too.
    static ProjectInspector::Result read(const QString &path, Project &project,
                                         std::vector<Tombstone> *removedSessions = nullptr);

private:
    static ProjectInspector::Result readFile(const QString &path, const QString &displayName, Project &project,
                                             std::vector<Tombstone> *removedSessions);
};

} // namespace Akademiplan
