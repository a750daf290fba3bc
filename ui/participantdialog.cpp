// SPDX-License-Identifier: MPL-2.0
#include "participantdialog.h"

#include "domain/domainlabels.h"
#include "domain/project.h"
#include "domain/validator.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Akademiplan {

namespace {

// Red that stays readable on a dark palette as on a light one.
QColor errorColour(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

} // namespace

ParticipantDialog::ParticipantDialog(const Project &project, const Participant &participant, QWidget *parent)
    : QDialog(parent)
    , m_participant(participant)
    , m_name(new QLineEdit(participant.name, this))
    , m_email(new QLineEdit(participant.email, this))
    , m_emailError(new QLabel(this))
    , m_phone(new QLineEdit(participant.phone, this))
    , m_role(new QComboBox(this))
    , m_organisation(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(participant.id == 0 ? tr("Add Participant") : tr("Edit Participant"));

    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMinimumWidth(m_name->fontMetrics().averageCharWidth() * 42);
    m_email->setObjectName(QStringLiteral("emailField"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("name@example.dk"));
    m_phone->setObjectName(QStringLiteral("phoneField"));
    m_phone->setAccessibleName(tr("Phone"));
    m_role->setObjectName(QStringLiteral("roleField"));
    m_role->setAccessibleName(tr("Role"));
    m_organisation->setObjectName(QStringLiteral("organisationField"));
    m_organisation->setAccessibleName(tr("Organisation"));

    m_emailError->setObjectName(QStringLiteral("emailError"));
    m_emailError->setWordWrap(true);
    QPalette errorPalette = m_emailError->palette();
    errorPalette.setColor(QPalette::WindowText, errorColour(errorPalette));
    m_emailError->setPalette(errorPalette);
    m_emailError->hide();

    for (const EnumComboDelegate::Choice &choice : roleChoices())
        m_role->addItem(choice.label, choice.value);
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(participant.role))));
    for (const EnumComboDelegate::Choice &choice : organisationChoices(project))
        m_organisation->addItem(choice.label, choice.value);
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(participant.organisationId)));

    auto *emailColumn = new QVBoxLayout;
    emailColumn->setSpacing(2);
    emailColumn->addWidget(m_email);
    emailColumn->addWidget(m_emailError);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    // QFormLayout gives a row whose field is a layout no buddy, so its "&" would show as text.
    auto *emailLabel = new QLabel(tr("&E-mail:"), this);
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, emailColumn);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Organisation:"), m_organisation);
    // A row whose field is a layout gets no buddy of its own.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(emailColumn)))
        label->setBuddy(m_email);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize); // grows for the e-mail message, shrinks after

    setTabOrder(m_name, m_email);
    setTabOrder(m_email, m_phone);
    setTabOrder(m_phone, m_role);
    setTabOrder(m_role, m_organisation);
    setTabOrder(m_organisation, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ParticipantDialog::updateOkButton);
    // The message appears when the consultant leaves the field, not at the first letter typed,
    // and goes away as soon as the address is right.
    connect(m_email, &QLineEdit::editingFinished, this, &ParticipantDialog::checkEmail);
    connect(m_email, &QLineEdit::textChanged, this, [this] {
        if (m_emailError->isVisible())
            checkEmail();
    });
    updateOkButton();
    m_name->setFocus();
}

EnumComboDelegate::Choices ParticipantDialog::roleChoices()
{
    EnumComboDelegate::Choices choices;
    for (ParticipantRole role : {ParticipantRole::Employee, ParticipantRole::Manager, ParticipantRole::Politician,
                                 ParticipantRole::KeyPerson, ParticipantRole::ExternalPartner})
        choices.append({DomainLabels::label(role), int(role)});
    return choices;
}

EnumComboDelegate::Choices ParticipantDialog::organisationChoices(const Project &project)
{
    std::vector<const Organisation *> organisations;
    organisations.reserve(std::size_t(project.organisations.size()));
    for (const Organisation &organisation : project.organisations)
        organisations.push_back(&organisation);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(organisations.begin(), organisations.end(), [&collator](const Organisation *a, const Organisation *b) {
        return collator.compare(a->name, b->name) < 0;
    });
    EnumComboDelegate::Choices choices;
    choices.append({tr("No organisation"), qint64(0)});
    for (const Organisation *organisation : organisations)
        choices.append({organisation->name, organisation->id});
    return choices;
}

Participant ParticipantDialog::participant() const
{
    Participant result = m_participant;
    result.name = m_name->text().trimmed();
    result.email = m_email->text().trimmed();
    result.phone = m_phone->text().trimmed();
    result.role = ParticipantRole(m_role->currentData().toInt());
    result.organisationId = m_organisation->currentData().toLongLong();
    return result;
}

void ParticipantDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

bool ParticipantDialog::checkEmail()
{
    const QString email = m_email->text().trimmed();
    const bool valid = email.isEmpty() || Validator::isValidEmail(email);
    const QString message =
        valid ? QString() : tr("This is not an e-mail address. Write one like anne.jensen@silkeborg.dk, or leave the "
                               "field empty.");
    m_emailError->setText(message);
    m_emailError->setVisible(!valid);
    // Screen readers announce the field's problem along with the field.
    m_email->setAccessibleDescription(message);
    return valid;
}

void ParticipantDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (m_name->text().trimmed().isEmpty())
            return;
        if (!checkEmail()) {
            m_email->setFocus(); // to correct the address, not to type it again
            return;
        }
    }
    QDialog::done(result);
}

} // namespace Akademiplan
