// SPDX-License-Identifier: MPL-2.0
#include "partnershippanel.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "models/partnershiptablemodel.h"
#include "tablestyle.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Akademiplan {

PartnershipPanel::PartnershipPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_heading(new QLabel(tr("Partners"), this))
    , m_add(new QPushButton(tr("Add &Partner"), this))
    , m_remove(new QPushButton(tr("Remove Partner"), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_proxy->setSourceModel(workspace->partnerships());
    m_proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^$"))); // none until shown
    m_table->setObjectName(QStringLiteral("partnershipTable"));
    m_table->setModel(m_proxy);
    TableStyle *style = applyTableStyle(m_table, PartnershipTableModel::Partner, PartnershipTableModel::Note);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAccessibleName(tr("Partners"));
    // Most tracks and activities have one or two partners: two rows keep the form's height for
    // the sessions and the people, and a third partner scrolls. The register's list grows.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height()
                              + 2 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_table->setMaximumHeight(m_table->minimumHeight());
    m_add->setToolTip(tr("Make one of the partner register's organisations a partner here"));
    m_remove->setToolTip(tr("The partner stays in the register; only its part here goes"));
    style->setRowMenu([this](QMenu *menu) {
        if (m_add->isVisible())
            menu->addAction(m_add->text(), this, &PartnershipPanel::offerPartners);
        menu->addAction(m_remove->text(), this, &PartnershipPanel::removeSelection)
            ->setEnabled(m_table->selectionModel()->hasSelection());
    });
    connect(m_add, &QPushButton::clicked, this, &PartnershipPanel::offerPartners);
    connect(m_remove, &QPushButton::clicked, this, &PartnershipPanel::removeSelection);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &PartnershipPanel::showInProgramme);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_heading);
    buttons->addSpacing(m_heading->fontMetrics().height());
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void PartnershipPanel::show(int filterRole, qint64 id)
{
    // The form reloads on every edit of its row; filtering again would reset the table under the
    // consultant's pointer and selection.
    const QString pattern = QStringLiteral("^%1$").arg(id);
    if (m_proxy->filterRole() == filterRole && m_proxy->filterRegularExpression().pattern() == pattern)
        return;
    m_proxy->setFilterRole(filterRole);
    m_proxy->setFilterRegularExpression(QRegularExpression(pattern));
}

void PartnershipPanel::showTrack(qint64 trackId)
{
    m_trackId = trackId;
    m_activityId = 0;
    m_table->setColumnHidden(PartnershipTableModel::Place, true);
    show(PartnershipTableModel::TrackIdRole, trackId);
}

void PartnershipPanel::showActivity(qint64 activityId)
{
    m_trackId = 0;
    m_activityId = activityId;
    m_table->setColumnHidden(PartnershipTableModel::Place, true);
    show(PartnershipTableModel::ActivityIdRole, activityId);
}

void PartnershipPanel::showPartner(qint64 organisationId)
{
    m_trackId = 0;
    m_activityId = 0;
    // Attaching is done where the activity or track is planned; the register shows where.
    m_heading->setText(tr("Takes part in"));
    m_add->hide();
    m_remove->setText(tr("Remove from Selected"));
    m_table->setColumnHidden(PartnershipTableModel::Partner, true);
    m_table->setColumnHidden(PartnershipTableModel::Place, false);
    m_table->setMaximumHeight(QWIDGETSIZE_MAX);
    m_table->setAccessibleName(tr("Tracks and activities the partner takes part in"));
    show(PartnershipTableModel::OrganisationIdRole, organisationId);
}

void PartnershipPanel::offerPartners()
{
    const Project &project = m_workspace->document()->project();
    const auto attached = m_trackId != 0 ? project.partnershipsOfTrack(m_trackId)
                                         : project.partnershipsOfActivity(m_activityId);
    std::vector<const Organisation *> partners;
    bool anyPartner = false;
    for (const Organisation &organisation : project.organisations)
        if (organisation.isPartner() && (anyPartner = true)
            && std::none_of(attached.begin(), attached.end(), [&](const Partnership *partnership) {
                   return partnership->organisationId == organisation.id;
               }))
            partners.push_back(&organisation);
    std::sort(partners.begin(), partners.end(), [](const Organisation *a, const Organisation *b) {
        return QString::localeAwareCompare(a->name, b->name) < 0;
    });
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("partnerMenu"));
    for (const Organisation *partner : partners) {
        const qint64 id = partner->id;
        menu.addAction(partner->name, this, [this, id] {
            m_workspace->editor()->attachPartner(id, m_trackId, m_activityId);
        });
    }
    if (partners.empty())
        menu.addAction(!anyPartner ? tr("No partners yet: add them in the Partners tab")
                           : tr("Every partner is here already"))
            ->setEnabled(false);
    menu.exec(m_add->mapToGlobal(QPoint(0, m_add->height())));
}

void PartnershipPanel::removeSelection()
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(PartnershipTableModel::IdRole).toLongLong());
    if (ids.size() == 1)
        m_workspace->editor()->detachPartner(ids.front());
    else if (ids.size() > 1)
        m_workspace->editor()->remove(EntityType::Partnership, ids);
}

void PartnershipPanel::showInProgramme(const QModelIndex &index)
{
    // In a track's or an activity's form the rows are partners, and a double click on the note
    // edits it; only the register's rows are places to go to.
    if (index.column() == PartnershipTableModel::Note || m_table->isColumnHidden(PartnershipTableModel::Place))
        return;
    const qint64 activityId = index.data(PartnershipTableModel::ActivityIdRole).toLongLong();
    const qint64 trackId = index.data(PartnershipTableModel::TrackIdRole).toLongLong();
    if (activityId != 0)
        emit m_workspace->showRequested(int(EntityType::Activity), activityId);
    else if (trackId != 0)
        emit m_workspace->showRequested(int(EntityType::Track), trackId);
}

} // namespace Akademiplan
