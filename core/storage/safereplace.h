// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>

namespace Akademiplan {

// Puts a finished, verified file in the place of a document so that the document is at every
// moment either the old or the new file, and both are on disk before the call returns.
class SafeReplace
{
public:
    // Flushes a file's content to the storage device.
    static bool syncFile(const QString &path, QString *error);
    // Flushes a folder's entries, so that a rename survives a power cut (POSIX only).
    static void syncFolder(const QString &folder);
    // Replaces target by source; source is gone afterwards. On failure target is untouched.
    static bool replace(const QString &source, const QString &target, QString *error);
};

} // namespace Akademiplan
