// SPDX-License-Identifier: MPL-2.0
#include "applycommand.h"

#include "commandline.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "exchange/changebatch.h"
#include "exitcode.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace Akademiplan {

namespace {

void printLine(const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

} // namespace

int ApplyCommand::run(const QString &changesPath, const QString &projectPath)
{
    // The changes are read before the project is opened, so that a wrong path costs no lock.
    QFile changesFile(changesPath);
    if (QFileInfo(changesPath).isDir() || !changesFile.open(QIODevice::ReadOnly)) {
        CommandLine::printError(tr("cannot read %1: %2")
                                    .arg(changesPath, QFileInfo(changesPath).isDir() ? tr("it is a folder")
                                                                                     : changesFile.errorString()));
        return ExitInputRejected;
    }
    const QByteArray json = changesFile.readAll();
    changesFile.close();

    std::unique_ptr<Document> document = CommandLine::openProject(projectPath, true);
    if (!document)
        return ExitFileUnusable;

    ChangeBatch::Result batch = ChangeBatch::read(json, *document);
    const QString changesName = QFileInfo(changesPath).fileName();
    for (const QString &warning : std::as_const(batch.warnings))
        CommandLine::printError(tr("%1: warning: %2").arg(changesName, warning));
    for (const QString &line : std::as_const(batch.problems))
        CommandLine::printError(tr("%1: %2", "file: problem").arg(changesName, line));
    if (!batch.ok())
        return ExitInputRejected;

    const QString projectName = QFileInfo(projectPath).fileName();
    const int count = batch.counts.changes;
    if (count == 0) {
        printLine(tr("%1 holds no changes; %2 is left as it was.").arg(changesName, projectName));
        return ExitSuccess;
    }
    // Changes that only repeat what the file holds leave it as it was, byte for byte.
    if (!batch.changes.isEmpty()) {
        const EditResult edit =
            ProjectEditor(*document).applyChanges(tr("Apply %1").arg(changesName), std::move(batch.changes));
        // The rules passed above; what can still fail is writing the working copy.
        if (!edit) {
            CommandLine::printError(edit.error);
            return ExitFileUnusable;
        }
        FileProblem problem;
        if (!document->save(&problem)) {
            CommandLine::printError(problem.message);
            return ExitFileUnusable;
        }
    }
    const QString summary = ChangeBatch::summary(batch.counts);
    printLine(count == 1 ? tr("Applied 1 change to %1: %2.").arg(projectName, summary)
                         : tr("Applied %1 changes to %2: %3.").arg(QLocale().toString(count), projectName, summary));
    return ExitSuccess;
}

} // namespace Akademiplan
