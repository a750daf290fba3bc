// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "projectarchive.h"

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// A project file written from an archive, e.g. a project fetched from a team server: complete
// and checked as a file from someone else is checked before it replaces anything at its path.
class ArchiveFile
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ArchiveFile)

public:
    // False with the reason, leaving whatever was at `path` as it was.
    static bool write(const ProjectArchive &archive, const QString &path, QString *error);
    // Whether a file can be put at `path`: it is no folder, and its folder exists. False with
    // the reason.
    static bool canWriteAt(const QString &path, QString *error);
};

} // namespace Akademiplan
