// SPDX-License-Identifier: MPL-2.0
#include "exportplandialog.h"

#include "busyindicator.h"
#include "filedialog.h"
#include "previewzoom.h"

#include "domain/project.h"
#include "report/programmeplan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Akademiplan {

ExportPlanDialog::ExportPlanDialog(const Project &project, const QString &documentPath, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_documentPath(documentPath)
    , m_academy(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_participants(new QCheckBox(tr("Add the &participants of each activity (personal data)"), this))
    , m_staffTime(new QCheckBox(tr("Show the participants' &working time in the budget"), this))
    , m_pdfA(new QCheckBox(tr("PDF/&A-1b for archiving"), this))
{
    setWindowTitle(tr("Export Programme Plan"));
    for (const Academy &academy : project.academies)
        m_academy->addItem(academy.name, academy.id);
    // Each language in its own name.
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_academy->setAccessibleName(tr("Academy"));
    m_language->setAccessibleName(tr("Language of the plan"));

    auto *form = new QFormLayout;
    form->addRow(tr("A&cademy:"), m_academy);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_participants);
    m_staffTime->setChecked(true);
    form->addRow(QString(), m_staffTime);
    form->addRow(QString(), m_pdfA);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    QPushButton *preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    save->setDefault(true);
    const bool any = !project.academies.isEmpty();
    save->setEnabled(any);
    preview->setEnabled(any);
    print->setEnabled(any);
    connect(save, &QPushButton::clicked, this, &ExportPlanDialog::exportPdf);
    connect(preview, &QPushButton::clicked, this, &ExportPlanDialog::preview);
    connect(print, &QPushButton::clicked, this, &ExportPlanDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

PlanOptions ExportPlanDialog::options() const
{
    PlanOptions options;
    options.academyId = m_academy->currentData().toLongLong();
    options.locale = m_language->currentData().toString() == QLatin1String("en")
                         ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                         : QLocale(QLocale::Danish, QLocale::Denmark);
    options.withParticipants = m_participants->isChecked();
    options.budgetWithStaffTime = m_staffTime->isChecked();
    options.pdfA = m_pdfA->isChecked();
    return options;
}

void ExportPlanDialog::exportPdf()
{
    const QString folder = m_documentPath.isEmpty() ? QString() : QFileInfo(m_documentPath).absolutePath();
    QString path = FileDialog::saveFile(this, tr("Save Programme Plan"),
                                        QDir(folder).filePath(m_academy->currentText() + QStringLiteral(".pdf")),
                                        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    bool written = false;
    {
        BusyIndicator busy(this, tr("Writing the programme plan…"));
        PlanOptions chosen = options();
        chosen.progress = [&busy](int page, int pages) { busy.setProgress(page, pages); };
        written = ProgrammePlan::exportPdf(m_project, chosen, path, &error);
    }
    if (!written) {
        QMessageBox::warning(this, tr("Cannot Save Programme Plan"), error);
        return;
    }
    m_writtenPath = path;
    accept();
}

void ExportPlanDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Programme Plan Preview"));
    new PreviewZoom(&dialog);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        QString error;
        if (!ProgrammePlan::paint(m_project, options(), target, &error, ProgrammePlan::SidewaysPages::TurnedUpright))
            QMessageBox::warning(this, tr("Cannot Show Programme Plan"), error);
    });
    dialog.exec();
}

void ExportPlanDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!ProgrammePlan::paint(m_project, options(), &printer, &error, ProgrammePlan::SidewaysPages::TurnedUpright))
        QMessageBox::warning(this, tr("Cannot Print Programme Plan"), error);
}

} // namespace Akademiplan
