// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"
#include "exitcode.h"
#include "outputwriters.h"

namespace Akademiplan {

int OutputWriters::onePager(const Project &, const OutputOptions &, const QString &)
{
    CommandLine::printError(tr("This output is not available yet."));
    return ExitUsage;
}

} // namespace Akademiplan
