// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// `akademiplan --apply CHANGES.json FILE`: applies a batch of changes (docs/change-batch.md) to a
// project file as one checked step and saves it, or, at the first doubt, leaves the file exactly
// as it was and says why, one line per problem. For scripts, and for tests that play both sides
// of a shared file.
class ApplyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ApplyCommand)

public:
    // Returns the process exit code (exitcode.h).
    static int run(const QString &changesPath, const QString &projectPath);
};

} // namespace Akademiplan
