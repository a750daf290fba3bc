// SPDX-License-Identifier: MPL-2.0
#include "participantfilterbar.h"

#include "document/document.h"
#include "domain/domainlabels.h"
#include "participantdialog.h"
#include "participantfilterproxy.h"
#include "workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>

namespace Akademiplan {

ParticipantFilterBar::ParticipantFilterBar(Workspace *workspace, ParticipantFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_roleFilter(new QComboBox(this))
    , m_organisationFilter(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 24);
    connect(m_search, &QLineEdit::textChanged, proxy, &ParticipantFilterProxy::setSearchText);

    m_roleFilter->setObjectName(QStringLiteral("roleFilter"));
    m_roleFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int role = m_roleFilter->currentData().toInt();
        m_proxy->setRoleFilter(role < 0 ? std::nullopt : std::optional(ParticipantRole(role)));
    });

    m_organisationFilter->setObjectName(QStringLiteral("organisationFilter"));
    m_organisationFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisationFilter->setMinimumContentsLength(18);
    connect(m_organisationFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOrganisationFilter(m_organisationFilter->currentData().toLongLong());
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_roleFilter);
    layout->addWidget(m_organisationFilter);
    setFocusProxy(m_search);
    retranslate();
}

void ParticipantFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, e-mail, phone…"));
    m_search->setAccessibleName(tr("Search participants"));
    m_roleFilter->setAccessibleName(tr("Show role"));
    m_organisationFilter->setAccessibleName(tr("Show organisation"));
    refresh();
}

void ParticipantFilterBar::refresh()
{
    const QVariant role = m_roleFilter->count() > 0 ? m_roleFilter->currentData() : QVariant(-1);
    {
        const QSignalBlocker blocker(m_roleFilter); // the filter itself stays as it is
        m_roleFilter->clear();
        m_roleFilter->addItem(tr("All roles"), -1);
        for (const EnumComboDelegate::Choice &choice : ParticipantDialog::roleChoices())
            m_roleFilter->addItem(DomainLabels::plural(ParticipantRole(choice.value.toInt())), choice.value);
        m_roleFilter->setCurrentIndex(std::max(0, m_roleFilter->findData(role)));
    }
    const QVariant organisation = m_organisationFilter->count() > 0
                                      ? m_organisationFilter->currentData()
                                      : QVariant(ParticipantFilterProxy::AllOrganisations);
    {
        const QSignalBlocker blocker(m_organisationFilter);
        m_organisationFilter->clear();
        m_organisationFilter->addItem(tr("All organisations"), ParticipantFilterProxy::AllOrganisations);
        for (const EnumComboDelegate::Choice &choice :
             ParticipantDialog::organisationChoices(m_workspace->document()->project()))
            m_organisationFilter->addItem(choice.label, choice.value);
        m_organisationFilter->insertSeparator(2);
        // A deleted organisation leaves nothing to filter by: show everyone again.
        m_organisationFilter->setCurrentIndex(std::max(0, m_organisationFilter->findData(organisation)));
    }
    const int chosenRole = m_roleFilter->currentData().toInt();
    m_proxy->setRoleFilter(chosenRole < 0 ? std::nullopt : std::optional(ParticipantRole(chosenRole)));
    m_proxy->setOrganisationFilter(m_organisationFilter->currentData().toLongLong());
}

void ParticipantFilterBar::clear()
{
    m_search->clear();
    m_roleFilter->setCurrentIndex(0);
    m_organisationFilter->setCurrentIndex(0);
}

} // namespace Akademiplan
