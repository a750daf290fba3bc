// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "catch.h"
#include "programrun.h"
#include "testfiles.h"

namespace Akademiplan::Test {

// The built akademiplan, run the way a script runs it, with private folders and English messages
// (AKADEMIPLAN_BINARY is defined for every test program).
inline ProgramResult akademiplan(const PrivateEnvironment &environment, const QStringList &arguments)
{
    return runProgram(QStringLiteral(AKADEMIPLAN_BINARY), arguments, environment.environment());
}

// plan.akademi in `folder`, with the example academy for the municipality, made on the command
// line as a user makes one.
inline QString newExampleProject(const PrivateEnvironment &environment, const TempFolder &folder,
                                 int municipalityCode)
{
    const QString path = folder.path(QStringLiteral("plan.akademi"));
    const ProgramResult created =
        akademiplan(environment, {QStringLiteral("--new"), path, QStringLiteral("--municipality"),
                                  QString::number(municipalityCode), QStringLiteral("--example")});
    INFO(created.errText().toStdString());
    REQUIRE(created.exitCode == 0);
    return path;
}

} // namespace Akademiplan::Test
