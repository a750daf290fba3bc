// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace Akademiplan {

// Marks a document as open for editing, beside the document itself, so that a colleague who
// opens the same file on a shared folder learns who has it and since when.
class DocumentLock
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::DocumentLock)

public:
    struct Owner
    {
        QString user;
        QString host;
        QDateTime since;
    };

    enum class Result { Acquired, HeldByOther, Unavailable };

    explicit DocumentLock(const QString &documentPath);
    ~DocumentLock();
    DocumentLock(const DocumentLock &) = delete;
    DocumentLock &operator=(const DocumentLock &) = delete;

    Result tryLock();
    void unlock();
    bool isLocked() const;
    // Who holds the lock, as far as their note says.
    Owner owner() const;

    static QString lockPathFor(const QString &documentPath);
    // Who holds the lock of a document, without taking it (which would write beside the file):
    // nothing when it is free, or left by a program on this computer that has ended.
    static std::optional<Owner> heldBy(const QString &documentPath);
    // "anna on PC-17", or "someone else" when the note names no one.
    static QString describe(const Owner &owner);
    // What a user is told who cannot open a document for editing because someone holds it.
    static QString lockedMessage(const QString &documentPath, const Owner &owner);
    static QString currentUser();

private:
    QString ownerPath() const;
    bool isAbandoned() const;

    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Akademiplan
