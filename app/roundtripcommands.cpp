// SPDX-License-Identifier: MPL-2.0
#include "roundtripcommands.h"

#include "commandline.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "exitcode.h"
#include "merge/comparisonreport.h"
#include "merge/differencetext.h"
#include "merge/mergeplan.h"
#include "merge/returnedcopycomparer.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Akademiplan {

std::unique_ptr<Document> RoundTripCommands::openAndCompare(const QString &theirPath, const QString &projectPath,
                                                            bool forEditing, CopyComparison &comparison)
{
    std::unique_ptr<Document> document = CommandLine::openProject(projectPath, forEditing);
    FileProblem problem;
    if (document && !ReturnedCopyComparer::compare(*document, theirPath, comparison, &problem)) {
        CommandLine::printError(problem.message);
        document.reset();
    }
    return document;
}

int RoundTripCommands::compare(const QString &theirPath, const QString &projectPath)
{
    // Read-only: comparing changes nothing, and works beside someone who has the file open.
    CopyComparison comparison;
    if (!openAndCompare(theirPath, projectPath, false, comparison))
        return ExitFileUnusable;
    const QJsonObject report = ComparisonReport::toJson(comparison, QFileInfo(projectPath).fileName());
    CommandLine::printOut(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    return ExitSuccess;
}

int RoundTripCommands::merge(const QString &theirPath, const QString &projectPath, const QString &prefer)
{
    Resolution::Decision conflicts = Resolution::Decision::Undecided;
    if (prefer == QLatin1String("mine"))
        conflicts = Resolution::Decision::Mine;
    else if (prefer == QLatin1String("theirs"))
        conflicts = Resolution::Decision::Theirs;
    else if (!prefer.isNull()) {
        CommandLine::printError(tr("--prefer takes mine or theirs, not \"%1\".").arg(prefer));
        return ExitUsage;
    }
    CopyComparison comparison;
    std::unique_ptr<Document> document = openAndCompare(theirPath, projectPath, true, comparison);
    if (!document)
        return ExitFileUnusable;
    const QString projectName = QFileInfo(projectPath).fileName();
    if (comparison.theirChangeCount() == 0 && comparison.conflictCount() == 0) {
        CommandLine::printOut(tr("Nothing new in %1: %2 already holds everything in it.\n").arg(comparison.theirFile,
                                                                                       projectName));
        return ExitSuccess;
    }
    const MergePlan::Result plan =
        MergePlan::build(*document, comparison, MergePlan::takeAllWithoutConflict(comparison, conflicts));
    for (const QString &warning : plan.warnings)
        CommandLine::printError(tr("warning: %1").arg(warning));
    if (!plan.problems.isEmpty()) {
        for (const QString &line : plan.problems)
            CommandLine::printError(line);
        // Singular and plural as separate sources, as the other counts: English has no
        // translation file to choose the plural form of a "%n" text, which printed "conflict(s)".
        if (conflicts == Resolution::Decision::Undecided && comparison.conflictCount() == 1)
            CommandLine::printError(tr("1 conflict left: decide it in the window, or give --prefer mine or --prefer "
                                       "theirs. Nothing was changed."));
        else if (conflicts == Resolution::Decision::Undecided && comparison.conflictCount() > 1)
            CommandLine::printError(tr("%1 conflicts left: decide them in the window, or give --prefer mine or "
                                       "--prefer theirs. Nothing was changed.")
                                        .arg(comparison.conflictCount()));
        return ExitInputRejected;
    }
    ProjectEditor editor(*document);
    const EditResult result = editor.merge(tr("Merge %1").arg(comparison.theirFile), plan.changes, plan.takenIn);
    if (!result) {
        CommandLine::printError(result.error);
        return ExitInputRejected;
    }
    FileProblem problem;
    if (!document->save(&problem)) {
        CommandLine::printError(problem.message);
        return ExitFileUnusable;
    }
    const QString merged = plan.taken == 1 ? tr("Merged %1 into %2: 1 change taken in.").arg(comparison.theirFile,
                                                                                             projectName)
                                           : tr("Merged %1 into %2: %3 changes taken in.")
                                                 .arg(comparison.theirFile, projectName, QString::number(plan.taken));
    CommandLine::printOut(merged + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace Akademiplan
