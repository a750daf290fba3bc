// SPDX-License-Identifier: MPL-2.0
#include "partnerspage.h"

#include "deleteconfirmation.h"
#include "document/document.h"
#include "domain/removalplanner.h"
#include "editor/projecteditor.h"
#include "models/partnertablemodel.h"
#include "participantspage.h"
#include "partnerform.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace Akademiplan {

PartnersPage::PartnersPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add Partner"), this))
    , m_delete(new QPushButton(tr("&Delete Partner"), this))
    , m_empty(new QLabel(this))
    , m_form(new PartnerForm(workspace, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    // The municipal departments are the participants page's; the register lists the partners.
    m_proxy->setSourceModel(workspace->partners());
    m_proxy->setFilterRole(PartnerTableModel::IsPartnerRole);
    m_proxy->setFilterFixedString(QStringLiteral("true"));
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("partnerTable"));
    m_table->setModel(m_proxy);
    TableStyle *style = applyTableStyle(m_table, PartnerTableModel::Name, PartnerTableModel::Name);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Partners"));
    style->setRowMenu([this](QMenu *menu) {
        menu->addAction(m_add->text(), this, &PartnersPage::addPartner);
        menu->addSeparator();
        menu->addAction(m_delete->text(), this, &PartnersPage::deleteCurrentPartner)
            ->setEnabled(currentPartnerId() != 0);
    });
    m_delete->setToolTip(tr("Delete the selected partner from the project, with its part in tracks and activities"));
    connect(m_add, &QPushButton::clicked, this, &PartnersPage::addPartner);
    connect(m_delete, &QPushButton::clicked, this, &PartnersPage::deleteCurrentPartner);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PartnersPage::showCurrent);
    // A partner whose kind becomes a department leaves the list, and the form with it.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PartnersPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PartnersPage::showCurrent);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Choose a partner in the list, or add one: a volunteer organisation, a local business or "
                        "an education institution the academy works with."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_table, 1);

    auto *details = new QWidget(this);
    auto *stack = new QStackedLayout(details);
    stack->addWidget(m_empty);
    stack->addWidget(m_form);

    m_splitter->setObjectName(QStringLiteral("partnerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(list);
    m_splitter->addWidget(details);
    // The list's six columns need more of the width than the form: at 1280 wide the list shows
    // them whole and the form keeps its fields on one line each.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({760, 520});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
    showCurrent();
}

qint64 PartnersPage::currentPartnerId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PartnerTableModel::IdRole).toLongLong() : 0;
}

void PartnersPage::showCurrent()
{
    const qint64 id = currentPartnerId();
    auto *stack = static_cast<QStackedLayout *>(m_form->parentWidget()->layout());
    stack->setCurrentWidget(id != 0 ? static_cast<QWidget *>(m_form) : m_empty);
    m_delete->setEnabled(id != 0 && !m_workspace->document()->isReadOnly());
    if (id != 0 && id != m_form->entityId())
        m_form->showEntity(id);
}

void PartnersPage::addPartner()
{
    Organisation draft;
    draft.kind = OrganisationKind::VolunteerOrganisation;
    draft.name = ParticipantsPage::uniqueOrganisationName(m_workspace->document()->project(), tr("New partner"));
    const EditResult added = m_workspace->editor()->addOrganisation(draft);
    if (!added)
        return;
    const PartnerTableModel *source = m_workspace->partners();
    const QModelIndex index = m_proxy->mapFromSource(source->index(source->rowOf(added.id), PartnerTableModel::Name));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    showCurrent();
}

void PartnersPage::deleteCurrentPartner()
{
    const qint64 id = currentPartnerId();
    const Project &project = m_workspace->document()->project();
    const Organisation *partner = project.organisations.find(id);
    if (!partner)
        return;
    const int places = RemovalPlanner(project).countOf(EntityType::Partnership, EntityType::Organisation, {id});
    DeleteConfirmation::ask(this, tr("Delete Partner"), tr("Delete the partner “%1”?").arg(partner->name),
                            places == 0 ? tr("It takes part in no track or activity. You can undo this.")
                                        : tr("Its part in %Ln tracks and activities goes too. Its people stay in "
                                             "the project. You can undo this.",
                                             nullptr, places),
                            [this, id] { m_workspace->editor()->remove(EntityType::Organisation, id); });
}

} // namespace Akademiplan
