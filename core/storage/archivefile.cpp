// SPDX-License-Identifier: MPL-2.0
#include "archivefile.h"

#include "migrations.h"
#include "projectinspector.h"
#include "projectstore.h"
#include "safereplace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace Akademiplan {

bool ArchiveFile::canWriteAt(const QString &path, QString *error)
{
    const QFileInfo target(path);
    if (target.isDir() || !target.absoluteDir().exists()) {
        *error = target.isDir() ? tr("Cannot write %1: that is a folder.").arg(path)
                                : tr("Cannot write %1: the folder %2 does not exist.")
                                      .arg(path, QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    return true;
}

bool ArchiveFile::write(const ProjectArchive &archive, const QString &path, QString *error)
{
    if (!canWriteAt(path, error))
        return false;
    const QFileInfo target(path);
    // Written beside the target under a name of its own, so that the rename that puts it in
    // place stays on one file system.
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.fetching-%2").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    QString reason;
    bool written = false;
    {
        ProjectStore store;
        written = store.restore(temporary, archive, &reason);
    }
    if (written) {
        const ProjectInspector::Result check = ProjectInspector::inspect(temporary, target.fileName());
        if (!check.canEdit() || check.schemaVersion != Migrations::latestVersion()) {
            reason = tr("the new file did not pass its check (%1)").arg(check.problem.message);
            written = false;
        }
    }
    written = written && SafeReplace::syncFile(temporary, &reason) && SafeReplace::replace(temporary, path, &reason);
    if (!written) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        *error = tr("%1 could not be written: %2").arg(target.fileName(), reason);
    }
    return written;
}

} // namespace Akademiplan
