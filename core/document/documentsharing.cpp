// SPDX-License-Identifier: MPL-2.0
// The parts of the document that exchange the file with someone else: sharing a copy, and taking
// in a copy that came back.
#include "document.h"

#include "backgroundwork.h"
#include "serverlink.h"
#include "storethread.h"
#include "storage/migrations.h"
#include "storage/projectinspector.h"
#include "storage/projectstore.h"
#include "storage/safereplace.h"
#include "storage/sharedcopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Akademiplan {

bool Document::shareCopy(const QString &path, const ShareOptions &options, FileProblem *problem)
{
    if (isReadOnly()) {
        *problem = FileProblem(FileProblem::Kind::ReadOnly,
                             tr("%1 is open read-only. A copy is shared from a file you can save, which records "
                                "that it was shared.")
                                 .arg(displayName()));
        return false;
    }
    // A file from an older version has no revision to name yet: saving it makes one.
    if (!m_filePath.isEmpty() && !isModified() && m_project.info.revisionUuid.isNull() && !save(problem))
        return false;
    if (m_filePath.isEmpty() || isModified()) {
        *problem = FileProblem(FileProblem::Kind::NoPath,
                             tr("Save the project before you share a copy: the copy is made from the saved file, "
                                "which records that it was shared."));
        return false;
    }
    const QFileInfo target(path);
    if (target.absoluteFilePath() == m_filePath
        || (target.exists() && target.canonicalFilePath() == QFileInfo(m_filePath).canonicalFilePath())) {
        *problem = FileProblem(FileProblem::Kind::AlreadyExists,
                             tr("The copy would replace the project file itself: %1").arg(target.fileName()));
        return false;
    }
    if (target.isDir() || !target.absoluteDir().exists()) {
        *problem = FileProblem(FileProblem::Kind::NotAFile,
                             target.isDir() ? tr("Cannot write the copy to %1: that is a folder.").arg(path)
                                            : tr("Cannot write the copy to %1: the folder %2 does not exist.")
                                                  .arg(path, QDir::toNativeSeparators(target.absolutePath())));
        return false;
    }
    if (const QString failure = finishWriting(Waiting::Painting); !failure.isEmpty()) {
        *problem = FileProblem(FileProblem::Kind::WriteFailed, failure);
        return false;
    }

    const ShareRecord share{QUuid::createUuid(), m_project.info.revisionUuid, QDateTime::currentDateTimeUtc(),
                            options.recipient.trimmed(), options.withoutPersonalData,
                            options.withoutFreeText};
    QString error;
    if (!m_store->call([&](ProjectStore &store) { return store.recordShare(share, &error); })) {
        *problem = FileProblem(FileProblem::Kind::WriteFailed,
                             tr("%1 could not be written: %2").arg(target.fileName(), error));
        return false;
    }
    // The complete copy it is made from holds everyone's data: it stays in the private folder of
    // the working copies, never beside the shared file.
    const QString scratch = m_workingCopy->databasePath() + QStringLiteral(".sharing");
    const QString temporary = target.absoluteDir().filePath(QStringLiteral(".%1.sharing-%2").arg(
        target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    error = BackgroundWork::run([&]() -> QString {
        QString reason;
        QFile::remove(scratch);
        if (!m_store->call([&](ProjectStore &store) { return store.copyTo(scratch, &reason); }))
            return reason;
        const bool written = SharedCopy::write(scratch, share, options, temporary, &reason);
        QFile::remove(scratch);
        if (!written)
            return reason;
        // It leaves the house: checked in full, as the receiver's program will check it.
        const ProjectInspector::Result check = ProjectInspector::inspect(temporary, target.fileName());
        if (!check.canEdit() || check.schemaVersion != Migrations::latestVersion())
            return tr("the new copy did not pass its check (%1)").arg(check.problem.message);
        if (!SafeReplace::syncFile(temporary, &reason) || !SafeReplace::replace(temporary, path, &reason))
            return reason;
        return {};
    });
    if (!error.isEmpty()) {
        QFile::remove(temporary);
        QString ignored;
        m_store->call([&](ProjectStore &store) { return store.forgetShare(share.uuid, &ignored); });
        *problem = FileProblem(FileProblem::Kind::WriteFailed,
                             tr("%1 could not be written: %2").arg(target.fileName(), error));
        return false;
    }
    m_project.info.shares.append(share);
    // The document itself records the share.
    m_tally.noteShare();
    setForcedModified(true);
    FileProblem saveProblem;
    if (!save(&saveProblem)) {
        *problem = FileProblem(saveProblem.kind, tr("The copy %1 was written, but the record of it could not be saved: "
                                                  "%2 Save the project to keep the record.")
                                                   .arg(target.fileName(), saveProblem.message));
        return false;
    }
    return true;
}

void Document::takeIn(const TakenInCopy &merge)
{
    m_takenIn.append(merge);
}

void Document::forgetTakenIn(const QUuid &merge)
{
    m_takenIn.removeIf([&merge](const TakenInCopy &taken) { return taken.record.uuid == merge; });
}

bool Document::loadBase(ProjectStore::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error)
{
    if (!m_store) {
        *error = tr("The project has no working copy.");
        return false;
    }
    return m_store->call([&](ProjectStore &store) { return store.loadBase(kind, uuid, rows, error); });
}

bool Document::loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error)
{
    if (m_server)
        return m_server->loadTombstones(type, tombstones, error);
    if (!m_store) {
        *error = tr("The project has no working copy.");
        return false;
    }
    return m_store->call([&](ProjectStore &store) { return store.loadTombstones(type, tombstones, error); });
}

} // namespace Akademiplan
