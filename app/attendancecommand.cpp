// SPDX-License-Identifier: MPL-2.0
#include "attendancecommand.h"

#include "commandline.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "exchange/attendanceimport.h"
#include "exchange/csvreader.h"
#include "exitcode.h"
#include "namedrows.h"

#include <QFileInfo>

namespace Akademiplan {

int AttendanceCommand::run(const QString &csvPath, const QString &projectPath, const QString &academyName,
                           const QString &trackName)
{
    // The list is read before the project is opened, so that a wrong path costs no lock.
    QByteArray bytes;
    QString readError;
    if (!CsvReader::readFile(csvPath, &bytes, &readError)) {
        CommandLine::printError(readError);
        return ExitInputRejected;
    }
    const QFileInfo info(csvPath);

    std::unique_ptr<Document> document = CommandLine::openProject(projectPath, true);
    if (!document)
        return ExitFileUnusable;
    const Project &project = document->project();
    QString error;
    const qint64 academyId = NamedRows::academy(project, academyName, &error);
    const qint64 trackId = error.isEmpty() ? NamedRows::track(project, trackName, academyId, &error) : 0;
    if (!error.isEmpty()) {
        CommandLine::printError(error);
        return ExitInputRejected;
    }

    const CsvTable table = CsvReader::read(bytes);
    const AttendanceImport import = AttendanceImport::prepare(project, table, academyId, trackId);
    const QString listName = info.fileName();
    const QString projectName = QFileInfo(projectPath).fileName();
    for (const QString &line : import.problemLines())
        CommandLine::printError(tr("%1: %2", "file: problem").arg(listName, line));
    if (!import.ok()) {
        CommandLine::printError(tr("Nothing was recorded; %1 is unchanged.").arg(projectName));
        return ExitInputRejected;
    }
    const QString format = CsvReader::describe(table.format);
    const EditResult edit = ProjectEditor(*document).recordAttendance(import.marks());
    if (!edit) {
        CommandLine::printError(edit.error);
        return ExitInputRejected;
    }
    for (const QString &warning : edit.warnings)
        CommandLine::printError(tr("%1: warning: %2").arg(listName, warning));
    // Marks that only repeat what the file holds make no step, and the file stays as it was.
    if (document->isModified()) {
        FileProblem problem;
        if (!document->save(&problem)) {
            CommandLine::printError(problem.message);
            return ExitFileUnusable;
        }
    }
    CommandLine::printOut(
        tr("Recorded the attendance of %1 (%2) in %3: %4.\n").arg(listName, format, projectName, import.summary()));
    return ExitSuccess;
}

} // namespace Akademiplan
