// SPDX-License-Identifier: MPL-2.0
// The parts of the document that exchange the file with someone else: sharing a copy, and taking
// in a copy that came back.
#include "document.h"

#include "backgroundwork.h"
#include "documentstore.h"
#include "storage/migrations.h"
#include "storage/projectinspector.h"
#include "storage/workingcopy.h"
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
    if (!keepsEveryChange() && (m_filePath.isEmpty() || isModified())) {
        *problem = FileProblem(FileProblem::Kind::NoPath,
                             tr("Save the project before you share a copy: the copy is made from the saved file, "
                                "which records that it was shared."));
        return false;
    }
    // The copy names the revision it was made from: a file from an older version has none yet,
    // and where every change is kept the changes since the last revision make one.
    if ((keepsEveryChange() || m_project.info.revisionUuid.isNull()) && !save(problem))
        return false;
    const QFileInfo target(path);
    if ((!m_filePath.isEmpty() && target.absoluteFilePath() == m_filePath)
        || (target.exists() && !m_filePath.isEmpty() && target.canonicalFilePath() == QFileInfo(m_filePath).canonicalFilePath())) {
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
    if (!m_store->recordShare(share, &error)) {
        *problem = FileProblem(FileProblem::Kind::WriteFailed,
                             tr("%1 could not be written: %2").arg(target.fileName(), error));
        return false;
    }
    // The complete copy it is made from holds everyone's data: it stays in the private folder of
    // the working copies, never beside the shared file.
    QDir().mkpath(WorkingCopy::folder());
    const QString scratch = QDir(WorkingCopy::folder())
                                .filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sharing"));
    const QString temporary = target.absoluteDir().filePath(QStringLiteral(".%1.sharing-%2").arg(
        target.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    error = BackgroundWork::run([&]() -> QString {
        QString reason;
        QFile::remove(scratch);
        if (!m_store->copySharedTo(scratch, share.uuid, &reason)) {
            QFile::remove(scratch);
            return reason;
        }
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
        m_store->forgetShare(share.uuid, &ignored);
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

bool Document::loadBase(HistoryTables::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error)
{
    return m_store->loadBase(kind, uuid, rows, error);
}

bool Document::loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error)
{
    return m_store->loadTombstones(type, tombstones, error);
}

} // namespace Akademiplan
