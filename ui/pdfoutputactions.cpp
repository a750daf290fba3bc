// SPDX-License-Identifier: MPL-2.0
#include "pdfoutputactions.h"

#include "busyindicator.h"
#include "filedialog.h"
#include "previewzoom.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>

namespace Akademiplan {

void PdfOutputActions::preview(QWidget *parent, const QString &title, const Project &project,
                               const MakeDocument &make)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    new PreviewZoom(&dialog);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, parent, [&](QPrinter *target) {
        QString error;
        if (!make().paint(project, target, &error, true))
            QMessageBox::warning(parent, tr("Cannot Show the Document"), error);
    });
    dialog.exec();
}

void PdfOutputActions::print(QWidget *parent, const Project &project, const MakeDocument &make)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!make().paint(project, &printer, &error, true))
        QMessageBox::warning(parent, tr("Cannot Print the Document"), error);
}

QString PdfOutputActions::save(QWidget *parent, const QString &title, const QString &suggestedPath,
                               const Project &project, const MakeDocument &make)
{
    QString path = FileDialog::saveFile(parent, title, suggestedPath, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    bool written = false;
    {
        BusyIndicator busy(parent, tr("Writing %1…").arg(QFileInfo(path).fileName()));
        PdfDocument document = make();
        document.progress = [&busy](int page, int pages) { busy.setProgress(page, pages); };
        written = document.write(project, path, &error);
    }
    if (!written) {
        QMessageBox::warning(parent, tr("Cannot Save %1").arg(QFileInfo(path).fileName()), error);
        return {};
    }
    return path;
}

QString PdfOutputActions::suggestion(const QString &projectPath, const QString &name, const QString &suffix)
{
    const QString folder = projectPath.isEmpty() ? QString() : QFileInfo(projectPath).absolutePath();
    QString fileName = name;
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|]"));
    fileName.replace(forbidden, QStringLiteral("-"));
    return QDir(folder).filePath(fileName + QLatin1Char('.') + suffix);
}

} // namespace Akademiplan
