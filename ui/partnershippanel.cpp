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


namespace Akademiplan {

PartnershipPanel::PartnershipPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_heading(new QLabel(tr("Takes part in"), this))
    , m_remove(new QPushButton(tr("Remove from Selected"), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_heading->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_proxy->setSourceModel(workspace->partnerships());
    m_proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^$"))); // none until shown
    m_table->setObjectName(QStringLiteral("partnershipTable"));
    m_table->setModel(m_proxy);
    TableStyle *style = applyTableStyle(m_table, PartnershipTableModel::Place, PartnershipTableModel::Note);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setColumnHidden(PartnershipTableModel::Partner, true);
    m_table->setAccessibleName(tr("Tracks and activities the partner takes part in"));
    m_remove->setToolTip(tr("The partner stays in the register; only its part there goes"));
    style->setRowMenu([this](QMenu *menu) {
        menu->addAction(m_remove->text(), this, &PartnershipPanel::removeSelection)
            ->setEnabled(m_table->selectionModel()->hasSelection());
    });
    connect(m_remove, &QPushButton::clicked, this, &PartnershipPanel::removeSelection);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &PartnershipPanel::showInProgramme);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_heading);
    buttons->addSpacing(m_heading->fontMetrics().height());
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void PartnershipPanel::showPartner(qint64 organisationId)
{
    const QString pattern = QStringLiteral("^%1$").arg(organisationId);
    // The form reloads on every edit of its row; filtering again would reset the table under the
    // consultant's pointer and selection.
    if (m_proxy->filterRole() == PartnershipTableModel::OrganisationIdRole
        && m_proxy->filterRegularExpression().pattern() == pattern)
        return;
    m_proxy->setFilterRole(PartnershipTableModel::OrganisationIdRole);
    m_proxy->setFilterRegularExpression(QRegularExpression(pattern));
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
    // A double click on the note edits it.
    if (index.column() == PartnershipTableModel::Note)
        return;
    const qint64 activityId = index.data(PartnershipTableModel::ActivityIdRole).toLongLong();
    const qint64 trackId = index.data(PartnershipTableModel::TrackIdRole).toLongLong();
    if (activityId != 0)
        emit m_workspace->showRequested(int(EntityType::Activity), activityId);
    else if (trackId != 0)
        emit m_workspace->showRequested(int(EntityType::Track), trackId);
}

} // namespace Akademiplan
