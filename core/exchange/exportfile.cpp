// SPDX-License-Identifier: MPL-2.0
#include "exportfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Akademiplan {

bool ExportFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        *error = tr("Cannot write %1: the folder %2 does not exist.")
                     .arg(shownPath, QDir::toNativeSeparators(folder.filePath()));
        return false;
    }
    if (QFileInfo(path).isDir()) {
        *error = tr("Cannot write %1: that is a folder.").arg(shownPath);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace Akademiplan
