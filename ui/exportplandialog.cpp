// SPDX-License-Identifier: MPL-2.0
#include "exportplandialog.h"

#include "pdfoutputactions.h"

#include "domain/project.h"
#include "report/programmeplan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    const QString path = PdfOutputActions::save(
        this, tr("Save Programme Plan"), PdfOutputActions::suggestion(m_documentPath, m_academy->currentText(), QStringLiteral("pdf")),
        m_project, [this] { return ProgrammePlan::document(m_project, options()); });
    if (path.isEmpty())
        return;
    m_writtenPath = path;
    accept();
}

void ExportPlanDialog::preview()
{
    PdfOutputActions::preview(this, tr("Programme Plan Preview"), m_project,
                              [this] { return ProgrammePlan::document(m_project, options()); });
}

void ExportPlanDialog::print()
{
    PdfOutputActions::print(this, m_project, [this] { return ProgrammePlan::document(m_project, options()); });
}

} // namespace Akademiplan
