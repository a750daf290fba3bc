// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Akademiplan {

// Asks for a file to open or save. Where the desktop has a file dialog of its own, that one is
// used, and it names a project file's type from the installed MIME type (packaging/linux). Qt's
// own dialog, used everywhere else, is made readable: wide enough for its columns, each as wide
// as its content, and a project file is named "Akademiplan project" instead of the SQLite
// database the system sees in it, which the narrow Type column clipped to "SQL…ase".
class FileDialog
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::FileDialog)

public:
    // The path chosen; empty when the user cancels. `filter` as for QFileDialog, e.g.
    // "PDF documents (*.pdf)".
    static QString openFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &title, const QString &suggestion, const QString &filter);
};

} // namespace Akademiplan
