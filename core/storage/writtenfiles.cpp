// SPDX-License-Identifier: MPL-2.0
#include "writtenfiles.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Akademiplan {

namespace {

QStringList readList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // A list far longer than it ever grows is not ours: it is ignored.
    const QStringList lines = QString::fromLatin1(file.read(64 * 1024)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() <= WrittenFiles::remembered ? lines : QStringList();
}

} // namespace

QString WrittenFiles::listPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/written-files");
}

void WrittenFiles::record(const FileFingerprint &fingerprint)
{
    if (!fingerprint.isValid())
        return;
    const QString path = listPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    // Two windows may save at once; a lost entry only means one more full check.
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(1000))
        return;
    QStringList lines = readList(path);
    lines.removeAll(fingerprint.toString());
    lines.append(fingerprint.toString());
    while (lines.size() > remembered)
        lines.removeFirst();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return;
    file.write(lines.join(QLatin1Char('\n')).toLatin1() + '\n');
    file.commit();
}

bool WrittenFiles::contains(const FileFingerprint &fingerprint)
{
    return fingerprint.isValid() && readList(listPath()).contains(fingerprint.toString());
}

} // namespace Akademiplan
