// SPDX-License-Identifier: MPL-2.0
#include "sharecopydialog.h"

#include "domain/project.h"
#include "exchange/sharesummary.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Akademiplan {

ShareCopyDialog::ShareCopyDialog(const Project &project, const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_fileName(fileName)
    , m_recipient(new QLineEdit(this))
    , m_withoutPersonalData(new QRadioButton(tr("&Without personal data: people are shown by neutral labels"), this))
    , m_withPersonalData(new QRadioButton(tr("With &personal data: names, e-mail addresses and phone numbers"), this))
    , m_withoutFreeText(new QCheckBox(tr("Leave out &free text that may name people"), this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Share a Copy"));
    setObjectName(QStringLiteral("shareCopyDialog"));
    m_recipient->setPlaceholderText(tr("e.g. the municipality's HR department"));
    m_recipient->setAccessibleName(tr("Who the copy is for"));
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_withoutPersonalData->setObjectName(QStringLiteral("withoutPersonalData"));
    m_withPersonalData->setObjectName(QStringLiteral("withPersonalData"));
    m_withoutFreeText->setObjectName(QStringLiteral("withoutFreeText"));
    m_summary->setObjectName(QStringLiteral("shareSummary"));
    m_withoutPersonalData->setChecked(true);
    m_withoutFreeText->setVisible(!ShareSummary::freeTextInUse(project).isEmpty());
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("What the copy will hold"));

    auto *intro = new QLabel(tr("A copy of the project as it is saved, to send to the municipality or a partner. "
                                "It is written as one clean file, and your own file records that it was shared."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&For (optional):"), m_recipient);
    auto *personalData = new QGroupBox(tr("Personal data"), this);
    auto *choices = new QVBoxLayout(personalData);
    choices->addWidget(m_withoutPersonalData);
    choices->addWidget(m_withPersonalData);
    choices->addWidget(m_withoutFreeText);
    auto *contents = new QGroupBox(tr("The copy"), this);
    (new QVBoxLayout(contents))->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *share = buttons->addButton(tr("&Share…"), QDialogButtonBox::AcceptRole);
    share->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QAbstractButton *choice : {static_cast<QAbstractButton *>(m_withoutPersonalData),
                                    static_cast<QAbstractButton *>(m_withPersonalData),
                                    static_cast<QAbstractButton *>(m_withoutFreeText)})
        connect(choice, &QAbstractButton::toggled, this, &ShareCopyDialog::updateSummary);
    connect(m_recipient, &QLineEdit::textChanged, this, &ShareCopyDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(personalData);
    layout->addWidget(contents);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    updateSummary();
}

ShareOptions ShareCopyDialog::options() const
{
    ShareOptions options;
    options.recipient = m_recipient->text().trimmed();
    options.withoutPersonalData = m_withoutPersonalData->isChecked();
    options.withoutFreeText = !m_withoutFreeText->isHidden() && m_withoutFreeText->isChecked();
    return options;
}

void ShareCopyDialog::updateSummary()
{
    m_summary->setText(ShareSummary::describe(m_project, m_fileName, options()).join(QLatin1String("\n\n")));
}

} // namespace Akademiplan
