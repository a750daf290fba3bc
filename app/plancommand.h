// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// `akademiplan --check-plan FILE`: the planning warnings of a project, one line each on stdout
// (severity, message, kind and the UUID of the row it is about), and a count at the end. Exit
// code 3 when any warning that has not been dismissed is a problem, so that a script can stop a
// plan going out with a seminar on Ascension Day.
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PlanCommand)

public:
    static int run(const QString &projectPath);
};

} // namespace Akademiplan
