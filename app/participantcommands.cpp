// SPDX-License-Identifier: MPL-2.0
#include "participantcommands.h"

#include "commandline.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "exchange/csvreader.h"
#include "exchange/participantexport.h"
#include "exchange/participantimport.h"
#include "exitcode.h"
#include "namedrows.h"

#include <QFileInfo>

namespace Akademiplan {

int ParticipantCommands::importList(const QString &csvPath, const QString &projectPath, bool updateExisting)
{
    // The list is read before the project is opened, so that a wrong path costs no lock.
    QByteArray bytes;
    QString error;
    if (!CsvReader::readFile(csvPath, &bytes, &error)) {
        CommandLine::printError(error);
        return ExitInputRejected;
    }
    const QFileInfo info(csvPath);

    std::unique_ptr<Document> document = CommandLine::openProject(projectPath, true);
    if (!document)
        return ExitFileUnusable;

    const CsvTable table = CsvReader::read(bytes);
    ImportOptions options;
    options.updateExisting = updateExisting;
    const ParticipantImport import = ParticipantImport::prepare(document->project(), table, options);
    const QString listName = info.fileName();
    const QStringList problems = import.problemLines();
    for (const QString &line : problems)
        CommandLine::printError(tr("%1: %2", "file: problem").arg(listName, line));
    if (!problems.isEmpty()) {
        CommandLine::printError(tr("Nothing was imported; %1 is unchanged.").arg(QFileInfo(projectPath).fileName()));
        return ExitInputRejected;
    }
    const QString projectName = QFileInfo(projectPath).fileName();
    const QString format = CsvReader::describe(table.format);
    if (!import.canImport()) {
        CommandLine::printOut(tr("%1 (%2): %3. Nothing to import; %4 is left as it was.\n")
                                  .arg(listName, format, import.summary(), projectName));
        return ExitSuccess;
    }
    const EditResult edit = ProjectEditor(*document).importParticipants(import);
    if (!edit) {
        CommandLine::printError(edit.error);
        return ExitInputRejected;
    }
    FileProblem problem;
    if (!document->save(&problem)) {
        CommandLine::printError(problem.message);
        return ExitFileUnusable;
    }
    CommandLine::printOut(tr("Imported %1 (%2) into %3: %4.\n").arg(listName, format, projectName, import.summary()));
    return ExitSuccess;
}

int ParticipantCommands::exportList(const QString &outPath, const QString &projectPath, const QString &academyName,
                                    const QString &trackName, const QString &activityName)
{
    if (QFileInfo(outPath).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0) {
        CommandLine::printError(tr("The participant list's file name must end in .csv: %1").arg(outPath));
        return ExitUsage;
    }
    Project project;
    if (!CommandLine::readProject(projectPath, project))
        return ExitFileUnusable;
    QString error;
    ExportScope scope;
    scope.academyId = NamedRows::academy(project, academyName, &error);
    if (error.isEmpty())
        scope.trackId = NamedRows::track(project, trackName, scope.academyId, &error);
    if (error.isEmpty())
        scope.activityId = NamedRows::activity(project, activityName, scope.academyId, scope.trackId, &error);
    if (!error.isEmpty()) {
        CommandLine::printError(error);
        return ExitInputRejected;
    }
    // An activity is narrower than its track: the list is of the activity.
    if (scope.activityId != 0)
        scope.trackId = 0;
    if (!ParticipantExport::write(project, scope, outPath, &error)) {
        CommandLine::printError(error);
        return ExitFileUnusable;
    }
    return ExitSuccess;
}

} // namespace Akademiplan
