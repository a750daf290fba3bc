// SPDX-License-Identifier: MPL-2.0
#include "safereplace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <filesystem>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Akademiplan {

namespace {

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QDir::toNativeSeparators(path).toStdU16String());
}

} // namespace

bool SafeReplace::syncFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *error = file.errorString();
        return false;
    }
#ifdef Q_OS_WIN
    const bool synced = _commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        *error = QStringLiteral("fsync failed");
    return synced;
}

void SafeReplace::syncFolder(const QString &folder)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

bool SafeReplace::replace(const QString &source, const QString &target, QString *error)
{
    const QString folder = QFileInfo(target).absolutePath();
    // std::filesystem::rename replaces an existing target in one step: rename(2) on POSIX,
    // MoveFileExW with MOVEFILE_REPLACE_EXISTING on Windows.
    std::error_code code;
    std::filesystem::rename(fsPath(source), fsPath(target), code);
    if (!code) {
        syncFolder(folder);
        return true;
    }
    // Some synced folders refuse to rename over an open or tracked file. Then move the old
    // document aside (never delete it first), move the new one in, and only then drop the old.
    if (!QFileInfo::exists(target)) {
        *error = QString::fromStdString(code.message());
        return false;
    }
    const QString aside = target + QStringLiteral(".old-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    std::filesystem::rename(fsPath(target), fsPath(aside), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return false;
    }
    std::filesystem::rename(fsPath(source), fsPath(target), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        std::error_code restoreCode;
        std::filesystem::rename(fsPath(aside), fsPath(target), restoreCode);
        return false;
    }
    QFile::remove(aside);
    syncFolder(folder);
    return true;
}

} // namespace Akademiplan
