// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "filefingerprint.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Akademiplan {

// The private copy of a document that edits are written to, in the user's local application
// data folder, so that a document on a synced or network folder is never held open or
// half-written. A note beside it records which document it belongs to and whether it holds
// unsaved work, which is what lets the next start offer recovery after a crash.
class WorkingCopy
{
public:
    // Work left behind by a program that ended without saving.
    struct Recoverable
    {
        QString notePath;
        QString databasePath;
        QString documentPath; // empty for a project that was never saved
        QDateTime lastEdit;
    };

    ~WorkingCopy();
    WorkingCopy(const WorkingCopy &) = delete;
    WorkingCopy &operator=(const WorkingCopy &) = delete;

    static QString folder();
    // A new, empty slot; the database file itself is made by the caller.
    static std::unique_ptr<WorkingCopy> create(QString *error);
    static std::unique_ptr<WorkingCopy> adopt(const Recoverable &work, QString *error);
    static QList<Recoverable> findRecoverable();
    // Removes a recoverable working copy the user chose to discard.
    static void discard(const Recoverable &work);

    QString databasePath() const { return m_databasePath; }

    QString documentPath() const { return m_documentPath; }
    FileFingerprint documentFingerprint() const { return m_fingerprint; }
    bool hasUnsavedWork() const { return m_unsaved; }

    void setDocument(const QString &documentPath, const FileFingerprint &fingerprint);
    void setUnsavedWork(bool unsaved);

    // Deletes the working copy; called when the document is closed normally.
    void remove();

private:
    WorkingCopy() = default;
    bool writeNote();
    static bool readNote(const QString &notePath, Recoverable &work, bool &unsaved, FileFingerprint &fingerprint);

    QString m_notePath;
    QString m_databasePath;
    QString m_documentPath;
    FileFingerprint m_fingerprint;
    bool m_unsaved = false;
    QDateTime m_opened;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Akademiplan
