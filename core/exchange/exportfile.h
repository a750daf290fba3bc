// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// Writes an exported file (a participant list, a calendar) whole or not at all: a file already at
// the path is replaced only once the new one is complete, so that a full disk never leaves half a
// list where a whole one was.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ExportFile)

public:
    // False, with the reason in words a user can act on, when the file cannot be written.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace Akademiplan
