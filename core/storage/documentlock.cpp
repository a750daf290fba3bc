// SPDX-License-Identifier: MPL-2.0
#include "documentlock.h"

#include <QFileInfo>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace Akademiplan {

DocumentLock::DocumentLock(const QString &documentPath)
    : m_lockPath(lockPathFor(documentPath))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // A lock is stale only when its process is gone, never because it is old: a consultant may
    // keep a plan open for days.
    m_lock->setStaleLockTime(0);
}

DocumentLock::~DocumentLock()
{
    unlock();
}

QString DocumentLock::lockPathFor(const QString &documentPath)
{
    const QFileInfo info(documentPath);
    return info.absolutePath() + QStringLiteral("/.~lock.") + info.fileName() + QLatin1Char('#');
}

QString DocumentLock::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

QString DocumentLock::ownerPath() const
{
    return m_lockPath + QStringLiteral(".owner");
}

// A lock file that says nothing (its program was killed between making it and writing it) is one
// QLockFile keeps for ever when locks never go stale by age. Its holder, while alive, keeps an
// flock() on it; a lock file nobody holds that way was abandoned.
bool DocumentLock::isAbandoned() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock->getLockInfo(&pid, &host, &application))
        return false; // a lock that names its process: QLockFile's own rule decides
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(m_lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool free = ::flock(descriptor, LOCK_EX | LOCK_NB) == 0;
    ::close(descriptor);
    return free;
#else
    return false;
#endif
}

DocumentLock::Result DocumentLock::tryLock()
{
    if (m_lock->isLocked())
        return Result::Acquired;
    if (!m_lock->tryLock(0) && QFileInfo(m_lockPath).isFile() && isAbandoned())
        m_lock->removeStaleLockFile();
    if (!m_lock->isLocked() && !m_lock->tryLock(0)) {
        // Something that is no lock file where the lock would go: nobody holds it, and no lock
        // can be written, as in a folder that cannot be written to.
        if (!QFileInfo(m_lockPath).isFile())
            return Result::Unavailable;
        return m_lock->error() == QLockFile::LockFailedError ? Result::HeldByOther : Result::Unavailable;
    }
    QSaveFile note(ownerPath());
    if (note.open(QIODevice::WriteOnly)) {
        const QJsonObject owner{{QStringLiteral("user"), currentUser()},
                                {QStringLiteral("host"), QSysInfo::machineHostName()},
                                {QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        note.write(QJsonDocument(owner).toJson(QJsonDocument::Compact));
        note.commit();
    }
    return Result::Acquired;
}

void DocumentLock::unlock()
{
    if (!m_lock->isLocked())
        return;
    QFile::remove(ownerPath());
    m_lock->unlock();
}

bool DocumentLock::isLocked() const
{
    return m_lock->isLocked();
}

std::optional<DocumentLock::Owner> DocumentLock::heldBy(const QString &documentPath)
{
    DocumentLock lock(documentPath);
    if (!QFileInfo::exists(lock.m_lockPath))
        return std::nullopt;
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.m_lock->getLockInfo(&pid, &host, &application))
        return lock.isAbandoned() ? std::nullopt : std::optional<Owner>(lock.owner());
#ifdef Q_OS_UNIX
    // The same test QLockFile makes before it takes over a lock: its process is gone.
    if (host == QSysInfo::machineHostName() && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return std::nullopt;
#endif
    return lock.owner();
}

QString DocumentLock::describe(const Owner &owner)
{
    const QString who = owner.user.isEmpty() ? tr("someone else") : owner.user;
    return owner.host.isEmpty() ? who : tr("%1 on %2", "user on computer").arg(who, owner.host);
}

QString DocumentLock::lockedMessage(const QString &documentPath, const Owner &owner)
{
    const QString who = describe(owner);
    const QString name = QFileInfo(documentPath).fileName();
    if (!owner.since.isValid())
        return tr("%1 is open for editing by %2. You can open it read-only.").arg(name, who);
    return tr("%1 has been open for editing by %2 since %3. You can open it read-only.")
        .arg(name, who, QLocale().toString(owner.since.toLocalTime(), QLocale::ShortFormat));
}

DocumentLock::Owner DocumentLock::owner() const
{
    Owner owner;
    qint64 pid = 0;
    QString application;
    m_lock->getLockInfo(&pid, &owner.host, &application);
    QFile note(ownerPath());
    if (note.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(note.read(4096)).object();
        owner.user = object.value(QStringLiteral("user")).toString();
        if (owner.host.isEmpty())
            owner.host = object.value(QStringLiteral("host")).toString();
        owner.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    }
    if (!owner.since.isValid())
        owner.since = QFileInfo(m_lockPath).lastModified();
    return owner;
}

} // namespace Akademiplan
