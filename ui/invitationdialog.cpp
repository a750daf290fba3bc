// SPDX-License-Identifier: MPL-2.0
#include "invitationdialog.h"

#include "filedialog.h"
#include "pdfoutputactions.h"
#include "workspace.h"

#include "document/document.h"
#include "domain/project.h"
#include "editor/projecteditor.h"
#include "report/invitationletter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Akademiplan {

InvitationDialog::InvitationDialog(Workspace *workspace, qint64 firstActivityId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_activity(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_letter(new QPlainTextEdit(this))
    , m_filled(new QPlainTextEdit(this))
    , m_placeholders(new QListWidget(this))
    , m_keep(new QTimer(this))
{
    setWindowTitle(tr("Invitation Letter"));
    const Project &project = workspace->document()->project();
    // The activities in the programme's order, under their academy and track.
    const QString indent = QStringLiteral("    ");
    for (const Academy &academy : project.academies) {
        for (const Track *track : project.tracksOf(academy.id)) {
            for (const Activity *activity : project.activitiesOf(track->id)) {
                m_activity->addItem(QStringLiteral("%1 – %2").arg(track->name, activity->title), activity->id);
                if (activity->id == firstActivityId)
                    m_activity->setCurrentIndex(m_activity->count() - 1);
            }
        }
    }
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activity->setMinimumContentsLength(36);
    m_activity->setAccessibleName(tr("Activity"));
    // Each language in its own name.
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setAccessibleName(tr("Language of the letter"));

    m_letter->setObjectName(QStringLiteral("invitationLetter"));
    m_letter->setAccessibleName(tr("The letter, with placeholders"));
    m_letter->setReadOnly(workspace->document()->isReadOnly());
    m_filled->setObjectName(QStringLiteral("invitationFilledIn"));
    m_filled->setAccessibleName(tr("The letter as it will read"));
    m_filled->setReadOnly(true);
    m_placeholders->setAccessibleName(tr("Placeholders"));
    m_placeholders->setToolTip(tr("Double-click a placeholder to put it where the cursor is"));
    m_placeholders->setMaximumHeight(m_placeholders->fontMetrics().height() * 7);
    m_keep->setSingleShot(true);
    m_keep->setInterval(400);

    auto *standard = new QPushButton(tr("Use the S&tandard Letter"), this);
    standard->setEnabled(!workspace->document()->isReadOnly());
    auto *form = new QFormLayout;
    form->addRow(tr("A&ctivity:"), m_activity);
    form->addRow(tr("&Language:"), m_language);

    auto *editing = new QGridLayout;
    auto *letterLabel = new QLabel(tr("L&etter:"), this);
    letterLabel->setBuddy(m_letter);
    auto *filledLabel = new QLabel(tr("As it will read:"), this);
    auto *placeholderLabel = new QLabel(tr("&Placeholders:"), this);
    placeholderLabel->setBuddy(m_placeholders);
    editing->addWidget(letterLabel, 0, 0);
    editing->addWidget(filledLabel, 0, 1);
    editing->addWidget(m_letter, 1, 0);
    editing->addWidget(m_filled, 1, 1);
    editing->addWidget(placeholderLabel, 2, 0);
    editing->addWidget(m_placeholders, 3, 0);
    editing->addWidget(standard, 4, 0, Qt::AlignLeft);
    editing->setRowStretch(1, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *savePdf = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    QPushButton *saveText = buttons->addButton(tr("Save as Te&xt…"), QDialogButtonBox::ActionRole);
    QPushButton *copy = buttons->addButton(tr("C&opy Text"), QDialogButtonBox::ActionRole);
    QPushButton *preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    savePdf->setDefault(true);
    m_outputButtons = {savePdf, saveText, copy, preview, print};
    for (QPushButton *button : std::as_const(m_outputButtons))
        button->setEnabled(m_activity->count() > 0);
    copy->setToolTip(tr("Copy the letter as it will read, to paste into an e-mail"));

    connect(savePdf, &QPushButton::clicked, this, &InvitationDialog::savePdf);
    connect(saveText, &QPushButton::clicked, this, &InvitationDialog::saveText);
    connect(copy, &QPushButton::clicked, this, &InvitationDialog::copyText);
    connect(preview, &QPushButton::clicked, this, [this] {
        keepLetter();
        const Project &current = m_workspace->document()->project();
        PdfOutputActions::preview(this, tr("Invitation Letter Preview"), current, [this, &current] {
            return InvitationLetter::document(current, activityId(), m_letter->toPlainText(), options());
        });
    });
    connect(print, &QPushButton::clicked, this, [this] {
        keepLetter();
        const Project &current = m_workspace->document()->project();
        PdfOutputActions::print(this, current, [this, &current] {
            return InvitationLetter::document(current, activityId(), m_letter->toPlainText(), options());
        });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(standard, &QPushButton::clicked, this, &InvitationDialog::useStandardLetter);
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] {
        keepLetter();
        loadLetter();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &InvitationDialog::loadLetter);
    connect(m_letter, &QPlainTextEdit::textChanged, this, [this] {
        updateFilledIn();
        if (!m_loading)
            m_keep->start();
    });
    connect(m_keep, &QTimer::timeout, this, &InvitationDialog::keepLetter);
    connect(m_placeholders, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_letter->insertPlainText(item->data(Qt::UserRole).toString());
        m_letter->setFocus();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(editing, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 36);
    loadLetter();
}

InvitationDialog::~InvitationDialog()
{
    keepLetter();
}

qint64 InvitationDialog::activityId() const
{
    return m_activity->currentData().toLongLong();
}

OutputOptions InvitationDialog::options() const
{
    OutputOptions options;
    options.activityId = activityId();
    options.locale = m_language->currentData().toString() == QLatin1String("en")
                         ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                         : QLocale(QLocale::Danish, QLocale::Denmark);
    return options;
}

void InvitationDialog::loadLetter()
{
    const Activity *activity = m_workspace->document()->project().activities.find(activityId());
    const QLocale locale = options().locale;
    m_placeholders->clear();
    for (const auto &[placeholder, meaning] : InvitationLetter::placeholders(locale)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(placeholder, meaning), m_placeholders);
        item->setData(Qt::UserRole, placeholder);
    }
    m_loading = true;
    m_letter->setPlainText(activity ? InvitationLetter::textOf(*activity, locale) : QString());
    m_loading = false;
    updateFilledIn();
}

void InvitationDialog::updateFilledIn()
{
    m_filled->setPlainText(InvitationLetter::filledIn(m_workspace->document()->project(), activityId(),
                                                      m_letter->toPlainText(), options().locale));
}

void InvitationDialog::keepLetter()
{
    m_keep->stop();
    const Document *document = m_workspace->document();
    const Activity *activity = document->project().activities.find(activityId());
    if (!activity || document->isReadOnly())
        return;
    const QString typed = m_letter->toPlainText();
    // The standard letter in either language is kept as none, so that it follows the language.
    const bool standard = typed == InvitationLetter::standardText(QLocale(QLocale::Danish, QLocale::Denmark))
                          || typed == InvitationLetter::standardText(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString kept = standard ? QString() : typed;
    if (kept == activity->invitation)
        return;
    Activity changed = *activity;
    changed.invitation = kept;
    // A refusal is told by the window, as every refused edit is.
    m_workspace->editor()->update(changed, QStringLiteral("invitation"));
}

void InvitationDialog::useStandardLetter()
{
    m_letter->setPlainText(InvitationLetter::standardText(options().locale));
    keepLetter();
}

void InvitationDialog::savePdf()
{
    keepLetter();
    const Project &project = m_workspace->document()->project();
    const QString path = PdfOutputActions::save(
        this, tr("Save Invitation Letter"),
        PdfOutputActions::suggestion(m_workspace->document()->filePath(),
                                     tr("Invitation %1").arg(project.activities.find(activityId())->title),
                                     QStringLiteral("pdf")),
        project, [this, &project] {
            return InvitationLetter::document(project, activityId(), m_letter->toPlainText(), options());
        });
    if (path.isEmpty())
        return;
    m_writtenPath = path;
    accept();
}

void InvitationDialog::saveText()
{
    keepLetter();
    const Project &project = m_workspace->document()->project();
    QString path = FileDialog::saveFile(
        this, tr("Save Invitation Letter"),
        PdfOutputActions::suggestion(m_workspace->document()->filePath(),
                                     tr("Invitation %1").arg(project.activities.find(activityId())->title),
                                     QStringLiteral("txt")),
        tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".txt");
    QString error;
    if (!InvitationLetter::write(project, activityId(), m_letter->toPlainText(), options(), path, &error)) {
        QMessageBox::warning(this, tr("Cannot Save Invitation Letter"), error);
        return;
    }
    m_writtenPath = path;
    accept();
}

void InvitationDialog::copyText()
{
    QApplication::clipboard()->setText(m_filled->toPlainText());
}

} // namespace Akademiplan
