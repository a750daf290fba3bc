// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// The command line's participant lists: --import-participants takes a municipality's spreadsheet
// in, all or nothing; --export-participants writes one for Excel.
class ParticipantCommands
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ParticipantCommands)

public:
    static int importList(const QString &csvPath, const QString &projectPath, bool updateExisting);
    static int exportList(const QString &outPath, const QString &projectPath, const QString &academyName,
                          const QString &trackName, const QString &activityName);
};

} // namespace Akademiplan
