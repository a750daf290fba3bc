// SPDX-License-Identifier: MPL-2.0
#include "planwarningfilter.h"

#include "planwarningmodel.h"

namespace Akademiplan {

PlanWarningFilter::PlanWarningFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PlanWarningModel::SortRole);
}

void PlanWarningFilter::setSeverity(std::optional<PlanWarning::Severity> severity)
{
    m_severity = severity;
    invalidateFilter();
}

void PlanWarningFilter::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

void PlanWarningFilter::setShowDismissed(bool show)
{
    m_showDismissed = show;
    invalidateFilter();
}

bool PlanWarningFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showDismissed && index.data(PlanWarningModel::DismissedRole).toBool())
        return false;
    if (m_severity && index.data(PlanWarningModel::SeverityRole).toInt() != int(*m_severity))
        return false;
    return m_kind.isEmpty() || index.data(PlanWarningModel::KindRole).toString() == m_kind;
}

} // namespace Akademiplan
