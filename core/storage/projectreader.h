// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"
#include "projectarchive.h"
#include "projectinspector.h"
#include "tombstone.h"

#include <functional>
#include <vector>

namespace Akademiplan {

class ProjectStore;

// Reads a project file straight into memory, read-only, for headless look-ups such as --info
// that need no working copy and must leave the file exactly as it is.
class ProjectReader
{
public:
    // On failure the inspection result says why; a file of a newer format is read if it can be.
    // With `removedSessions`, the sessions whose tombstones keep their fields are read too.
    static ProjectInspector::Result read(const QString &path, Project &project,
                                         std::vector<Tombstone> *removedSessions = nullptr);
    // The whole project with its history, as it travels to a team server. A file of a newer
    // format is read, but is not canEdit(): what this version cannot read would be lost on the way.
    static ProjectInspector::Result readArchive(const QString &path, ProjectArchive &archive);

private:
    using Reading = std::function<bool(ProjectStore &store, QString *error)>;
    static ProjectInspector::Result readSettled(const QString &path, const Reading &reading);
    static ProjectInspector::Result readFile(const QString &path, const QString &displayName, const Reading &reading);
};

} // namespace Akademiplan
