// SPDX-License-Identifier: MPL-2.0
#include "filedialog.h"

#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QTreeView>

namespace Akademiplan {

namespace {

// Names the program's own files by what they are in the Type column of Qt's file dialog.
class FileTypeNames : public QFileIconProvider
{
public:
    QString type(const QFileInfo &info) const override
    {
        if (info.isFile() && info.suffix().compare(QLatin1String("akademi"), Qt::CaseInsensitive) == 0)
            return FileDialog::tr("Akademiplan project");
        return QFileIconProvider::type(info);
    }
};

QString ask(QFileDialog &dialog)
{
    FileTypeNames names; // outlives the dialog's use of it: the dialog is done when this returns
    dialog.setIconProvider(&names);
    // Qt's own dialog only; a native one has no widgets of Qt's.
    if (auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView"))) {
        // The name takes the room the other columns leave; size, type and date show in full.
        view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        auto fitColumns = [view] {
            for (int column = 1; column < view->header()->count(); ++column)
                view->resizeColumnToContents(column);
        };
        if (auto *model = dialog.findChild<QFileSystemModel *>())
            QObject::connect(model, &QFileSystemModel::directoryLoaded, view, fitColumns);
        dialog.resize(dialog.sizeHint().expandedTo(QSize(880, 520)));
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString FileDialog::openFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return ask(dialog);
}

QString FileDialog::saveFile(QWidget *parent, const QString &title, const QString &suggestion, const QString &filter)
{
    QFileDialog dialog(parent, title, QString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // As QFileDialog::getSaveFileName takes a suggested path: its folder, if it has one, and its
    // name typed in.
    const QFileInfo suggested(suggestion);
    if (!suggestion.isEmpty() && suggested.path() != QLatin1String("."))
        dialog.setDirectory(suggested.absolutePath());
    dialog.selectFile(suggested.fileName());
    return ask(dialog);
}

} // namespace Akademiplan
