// SPDX-License-Identifier: MPL-2.0
#include "projectreader.h"

#include "filefingerprint.h"
#include "projectstore.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace Akademiplan {

ProjectInspector::Result ProjectReader::read(const QString &path, Project &project,
                                              std::vector<Tombstone> *removedSessions)
{
    return readSettled(path, [&](ProjectStore &store, QString *error) {
        return store.load(project, error)
               && (!removedSessions || store.loadTombstones(EntityType::Session, *removedSessions, error));
    });
}

ProjectInspector::Result ProjectReader::readArchive(const QString &path, ProjectArchive &archive)
{
    return readSettled(path, [&](ProjectStore &store, QString *error) { return store.loadArchive(archive, error); });
}

ProjectInspector::Result ProjectReader::readSettled(const QString &path, const Reading &reading)
{
    // Another SQLite program that stopped in the middle of a change left a journal; the change
    // must be rolled back before the file can be read, and that needs a writable copy, since
    // the file itself is only ever read.
    const QString journal = path + QStringLiteral("-journal");
    if (QFileInfo(journal).size() > 0) {
        QTemporaryDir folder;
        const QString copy = folder.filePath(QFileInfo(path).fileName());
        QString error;
        if (folder.isValid() && FileFingerprint::copy(path, copy, &error).isValid()
            && FileFingerprint::copy(journal, copy + QStringLiteral("-journal"), &error).isValid()) {
            ProjectInspector::settleJournal(copy);
            return readFile(copy, QFileInfo(path).fileName(), reading);
        }
    }
    return readFile(path, QString(), reading);
}

ProjectInspector::Result ProjectReader::readFile(const QString &path, const QString &displayName, const Reading &reading)
{
    ProjectInspector::Result result = ProjectInspector::inspect(path, displayName);
    if (!result.canRead())
        return result;
    ProjectStore store;
    QString error;
    if (!store.open(path, true, &error) || !reading(store, &error)) {
        if (!result.problem.isProblem())
            result.problem = {FileProblem::Kind::Damaged,
                              ProjectInspector::tr("%1 cannot be used: %2")
                                  .arg(displayName.isEmpty() ? QFileInfo(path).fileName() : displayName, error)};
        result.schemaVersion = 0;
    }
    return result;
}

} // namespace Akademiplan
