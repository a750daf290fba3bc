// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Akademiplan {

class Project;
struct Tombstone;
struct OutputOptions;

// The last step of each export for one audience, once OutputCommand has checked the usage, read
// the project and found the rows named: write the output, say what was written on stdout, and
// return the exit code. Each lives in a file of its own.
class OutputWriters
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::OutputWriters)

public:
    static int programmePlan(const Project &project, const OutputOptions &options, const QString &outPath,
                             bool pdfA, bool budgetWithStaffTime);
    static int onePager(const Project &project, const OutputOptions &options, const QString &outPath);
    static int runSheets(const Project &project, const OutputOptions &options, const QString &outPath);
    // `outPath` is a folder, made when missing. The removed sessions whose tombstones keep their
    // date are cancelled in the calendar files, as --export-ics cancels them.
    static int schedules(const Project &project, const OutputOptions &options,
                         const std::vector<Tombstone> &removedSessions, const QString &outPath);
    static int invitation(const Project &project, const OutputOptions &options, const QString &outPath);
    static int webPage(const Project &project, const OutputOptions &options, const QString &outPath);
};

} // namespace Akademiplan
