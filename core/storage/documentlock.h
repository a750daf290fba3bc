// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Akademiplan {

// Marks a document as open for editing, beside the document itself, so that a colleague who
// opens the same file on a shared folder learns who has it and since when.
class DocumentLock
{
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
    static QString currentUser();

private:
    QString ownerPath() const;

    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Akademiplan
