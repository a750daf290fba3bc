// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "outputrequest.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// The exports for each audience (`--export-pdf`, `--export-onepager`, `--export-run-sheets`,
// `--export-schedules`, `--export-invitation`, `--export-html`), which share their usage: which
// of --academy, --track, --activity, --participant, --date, --lang each takes, the output's
// name, the folder it goes in, the project read and the rows named found, all answered before
// anything is written.
class OutputCommand
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::OutputCommand)

public:
    enum class Kind { ProgrammePlan, OnePager, RunSheets, Schedules, Invitation, WebPage };
    static constexpr Kind kinds[] = {Kind::ProgrammePlan, Kind::OnePager,   Kind::RunSheets,
                                     Kind::Schedules,     Kind::Invitation, Kind::WebPage};

    // The option that asks for the export, with its help text.
    static QCommandLineOption option(Kind kind);
    // "--export-onepager" and so on.
    static QString optionName(Kind kind);
    static int run(Kind kind, const OutputRequest &request);
};

} // namespace Akademiplan
