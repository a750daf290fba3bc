// SPDX-License-Identifier: MPL-2.0
#include "partnerform.h"

#include "domain/domainlabels.h"
#include "partnershippanel.h"
#include "typeddatefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Akademiplan {

namespace {

constexpr PartnerContribution allContributions[] = {PartnerContribution::CoHost,  PartnerContribution::Speaker,
                                                    PartnerContribution::Venue,   PartnerContribution::Funding,
                                                    PartnerContribution::Participants, PartnerContribution::Other};

} // namespace

PartnerForm::PartnerForm(Workspace *workspace, QWidget *parent)
    : EntityForm(workspace, EntityType::Organisation, parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_contactName(new QLineEdit(this))
    , m_contactEmail(new QLineEdit(this))
    , m_contactPhone(new QLineEdit(this))
    , m_agreement(new QComboBox(this))
    , m_agreementDate(new TypedDateField(TypedDateField::Kind::Date, this))
    , m_notes(new QPlainTextEdit(this))
    , m_places(new PartnershipPanel(workspace, this))
{
    // A partner is never a municipal department; the participants page keeps those.
    for (OrganisationKind kind : {OrganisationKind::VolunteerOrganisation, OrganisationKind::LocalBusiness,
                                  OrganisationKind::EducationInstitution, OrganisationKind::Other})
        m_kind->addItem(DomainLabels::label(kind), int(kind));
    for (AgreementStatus status : {AgreementStatus::NotContacted, AgreementStatus::InDialogue,
                                   AgreementStatus::Agreed, AgreementStatus::Declined})
        m_agreement->addItem(DomainLabels::label(status), int(status));
    // Two rows of three, so that the form keeps to the width beside the register's list.
    auto *contributions = new QGridLayout;
    contributions->setContentsMargins(0, 0, 0, 0);
    for (PartnerContribution contribution : allContributions) {
        auto *box = new QCheckBox(DomainLabels::label(contribution), this);
        contributions->addWidget(box, int(m_contributions.size()) / 3, int(m_contributions.size()) % 3);
        m_contributions.append(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            commit<Organisation>(QString(), [&](Organisation &o) {
                o.contributions.clear();
                for (qsizetype i = 0; i < m_contributions.size(); ++i)
                    if (m_contributions.at(i)->isChecked())
                        o.contributions.append(allContributions[i]);
            });
        });
    }
    contributions->setColumnStretch(3, 1);
    m_contactEmail->setPlaceholderText(tr("name@example.dk"));
    m_agreementDate->setPlaceholderText(tr("No date"));
    m_notes->setTabChangesFocus(true);
    setLines(m_notes, 3);

    auto *heading = new QLabel(tr("Partner"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    form()->addRow(heading);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Contact person:"), m_contactName);
    auto *reach = new QHBoxLayout;
    auto *phoneLabel = new QLabel(tr("P&hone:"), this);
    phoneLabel->setBuddy(m_contactPhone);
    reach->addWidget(m_contactEmail, 3);
    reach->addWidget(phoneLabel);
    reach->addWidget(m_contactPhone, 2);
    auto *emailLabel = new QLabel(tr("&E-mail:"), this);
    emailLabel->setBuddy(m_contactEmail);
    form()->addRow(emailLabel, reach);
    form()->addRow(tr("Contributes:"), contributions);
    auto *agreement = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_agreementDate);
    agreement->addWidget(m_agreement);
    agreement->addWidget(dateLabel);
    agreement->addWidget(m_agreementDate);
    agreement->addStretch();
    auto *agreementLabel = new QLabel(tr("&Agreement:"), this);
    agreementLabel->setBuddy(m_agreement);
    form()->addRow(agreementLabel, agreement);
    form()->addRow(tr("N&otes:"), m_notes);
    setSections(m_places);

    m_name->setAccessibleName(tr("Partner name"));
    m_kind->setAccessibleName(tr("Kind of partner"));
    m_contactName->setAccessibleName(tr("Contact person"));
    m_contactEmail->setAccessibleName(tr("Contact person's e-mail"));
    m_contactPhone->setAccessibleName(tr("Contact person's phone"));
    m_agreement->setAccessibleName(tr("Agreement"));
    m_agreementDate->setAccessibleName(tr("Agreement date"));
    m_notes->setAccessibleName(tr("Notes"));

    auto typing = [this](QLineEdit *field, const char *name, QString Organisation::*member) {
        connect(field, &QLineEdit::textEdited, this, [this, name, member](const QString &text) {
            commit<Organisation>(QString::fromLatin1(name), [&](Organisation &o) { o.*member = text; });
        });
    };
    typing(m_name, "name", &Organisation::name);
    typing(m_contactName, "contactName", &Organisation::contactName);
    typing(m_contactEmail, "contactEmail", &Organisation::contactEmail);
    typing(m_contactPhone, "contactPhone", &Organisation::contactPhone);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        commit<Organisation>(QStringLiteral("notes"), [&](Organisation &o) { o.notes = m_notes->toPlainText(); });
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        commit<Organisation>(QString(), [&](Organisation &o) { o.kind = OrganisationKind(m_kind->currentData().toInt()); });
    });
    connect(m_agreement, &QComboBox::currentIndexChanged, this, [this] {
        commit<Organisation>(QString(),
                             [&](Organisation &o) { o.agreement = AgreementStatus(m_agreement->currentData().toInt()); });
    });
    // A date is stored once it is typed and can be read; an emptied field clears it.
    connect(m_agreementDate, &QLineEdit::editingFinished, this, [this] {
        const QDate date = m_agreementDate->date();
        if (date.isValid())
            commit<Organisation>(QString(), [&](Organisation &o) { o.agreementDate = date; });
    });
    connect(m_agreementDate, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            commit<Organisation>(QString(), [&](Organisation &o) { o.agreementDate.reset(); });
    });
}

void PartnerForm::load()
{
    const Organisation *organisation = project().organisations.find(entityId());
    if (!organisation)
        return;
    if (m_name->text() != organisation->name)
        m_name->setText(organisation->name);
    m_kind->setCurrentIndex(m_kind->findData(int(organisation->kind)));
    if (m_contactName->text() != organisation->contactName)
        m_contactName->setText(organisation->contactName);
    if (m_contactEmail->text() != organisation->contactEmail)
        m_contactEmail->setText(organisation->contactEmail);
    if (m_contactPhone->text() != organisation->contactPhone)
        m_contactPhone->setText(organisation->contactPhone);
    for (qsizetype i = 0; i < m_contributions.size(); ++i)
        m_contributions.at(i)->setChecked(organisation->contributions.contains(allContributions[i]));
    m_agreement->setCurrentIndex(m_agreement->findData(int(organisation->agreement)));
    if (organisation->agreementDate)
        m_agreementDate->setDate(*organisation->agreementDate);
    else
        m_agreementDate->clear();
    if (m_notes->toPlainText() != organisation->notes)
        m_notes->setPlainText(organisation->notes);
    m_places->showPartner(organisation->id);
}

} // namespace Akademiplan
