// SPDX-License-Identifier: MPL-2.0
#include "workingcopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace Akademiplan {

namespace {

const QString noteSuffix = QStringLiteral(".json");
const QString databaseSuffix = QStringLiteral(".akademi");
const QString lockSuffix = QStringLiteral(".lock");

QString basePathOf(const QString &notePath)
{
    return notePath.left(notePath.size() - noteSuffix.size());
}

std::unique_ptr<QLockFile> lockFor(const QString &basePath)
{
    auto lock = std::make_unique<QLockFile>(basePath + lockSuffix);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

WorkingCopy::~WorkingCopy() = default;

QString WorkingCopy::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/working-copies");
}

std::unique_ptr<WorkingCopy> WorkingCopy::create(QString *error)
{
    if (!QDir().mkpath(folder())) {
        *error = QCoreApplication::translate("Akademiplan::WorkingCopy", "Cannot create Akademiplan's data folder %1.").arg(folder());
        return nullptr;
    }
    const QString basePath = folder() + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<WorkingCopy> copy(new WorkingCopy);
    copy->m_lock = lockFor(basePath);
    if (!copy->m_lock) {
        *error = QCoreApplication::translate("Akademiplan::WorkingCopy", "Cannot write in Akademiplan's data folder %1.").arg(folder());
        return nullptr;
    }
    copy->m_notePath = basePath + noteSuffix;
    copy->m_databasePath = basePath + databaseSuffix;
    copy->m_opened = QDateTime::currentDateTimeUtc();
    if (!copy->writeNote()) {
        *error = QCoreApplication::translate("Akademiplan::WorkingCopy", "Cannot write in Akademiplan's data folder %1.").arg(folder());
        return nullptr;
    }
    return copy;
}

std::unique_ptr<WorkingCopy> WorkingCopy::adopt(const Recoverable &work, QString *error)
{
    std::unique_ptr<WorkingCopy> copy(new WorkingCopy);
    copy->m_lock = lockFor(basePathOf(work.notePath));
    Recoverable read;
    if (!copy->m_lock || !readNote(work.notePath, read, copy->m_unsaved, copy->m_fingerprint)) {
        *error = QCoreApplication::translate("Akademiplan::WorkingCopy",
                                             "The unsaved work is in use by another Akademiplan window.");
        return nullptr;
    }
    copy->m_notePath = work.notePath;
    copy->m_databasePath = read.databasePath;
    copy->m_documentPath = read.documentPath;
    copy->m_opened = QDateTime::currentDateTimeUtc();
    return copy;
}

QList<WorkingCopy::Recoverable> WorkingCopy::findRecoverable()
{
    QList<Recoverable> result;
    const QDir dir(folder());
    const QStringList notes = dir.entryList({QStringLiteral("*") + noteSuffix}, QDir::Files, QDir::Time);
    for (const QString &name : notes) {
        const QString notePath = dir.filePath(name);
        // A working copy whose lock can be taken belongs to no running Akademiplan.
        auto lock = lockFor(basePathOf(notePath));
        if (!lock)
            continue;
        Recoverable work;
        bool unsaved = false;
        FileFingerprint fingerprint;
        if (!readNote(notePath, work, unsaved, fingerprint) || !QFileInfo::exists(work.databasePath)) {
            continue;
        }
        if (unsaved) {
            result.append(work);
        } else {
            // Left behind clean: nothing to recover, so tidy it away.
            lock.reset();
            discard(work);
        }
    }
    return result;
}

void WorkingCopy::discard(const Recoverable &work)
{
    const QString basePath = basePathOf(work.notePath);
    QFile::remove(basePath + databaseSuffix);
    QFile::remove(basePath + databaseSuffix + QStringLiteral("-journal"));
    QFile::remove(work.notePath);
    QFile::remove(basePath + lockSuffix);
}

void WorkingCopy::setDocument(const QString &documentPath, const FileFingerprint &fingerprint)
{
    m_documentPath = documentPath;
    m_fingerprint = fingerprint;
    writeNote();
}

void WorkingCopy::setUnsavedWork(bool unsaved)
{
    if (m_unsaved == unsaved)
        return;
    m_unsaved = unsaved;
    writeNote();
}

void WorkingCopy::remove()
{
    const QString basePath = basePathOf(m_notePath);
    QFile::remove(m_databasePath);
    QFile::remove(m_databasePath + QStringLiteral("-journal"));
    QFile::remove(m_notePath);
    m_lock.reset();
    QFile::remove(basePath + lockSuffix);
}

bool WorkingCopy::writeNote()
{
    const QJsonObject note{{QStringLiteral("database"), QFileInfo(m_databasePath).fileName()},
                           {QStringLiteral("document"), m_documentPath},
                           {QStringLiteral("fingerprint"), m_fingerprint.toString()},
                           {QStringLiteral("unsaved"), m_unsaved},
                           {QStringLiteral("opened"), m_opened.toString(Qt::ISODate)}};
    QSaveFile file(m_notePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(note).toJson());
    return file.commit();
}

bool WorkingCopy::readNote(const QString &notePath, Recoverable &work, bool &unsaved, FileFingerprint &fingerprint)
{
    QFile file(notePath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError parseError{};
    const QJsonObject note = QJsonDocument::fromJson(file.read(1 << 16), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return false;
    work.notePath = notePath;
    work.databasePath = QFileInfo(notePath).absolutePath() + QLatin1Char('/')
                        + QFileInfo(note.value(QStringLiteral("database")).toString()).fileName();
    work.documentPath = note.value(QStringLiteral("document")).toString();
    work.lastEdit = QFileInfo(work.databasePath).lastModified();
    unsaved = note.value(QStringLiteral("unsaved")).toBool();
    fingerprint = FileFingerprint::fromString(note.value(QStringLiteral("fingerprint")).toString());
    return true;
}

} // namespace Akademiplan
