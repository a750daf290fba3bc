// SPDX-License-Identifier: MPL-2.0
#include "participantfilterproxy.h"

#include "models/participanttablemodel.h"
#include "workspace.h"

#include <QLocale>

namespace Akademiplan {

namespace {

QCollator collatorFor(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // "Team 2" before "Team 10", and phone numbers by value rather than digit by digit.
    collator.setNumericMode(true);
    return collator;
}

} // namespace

ParticipantFilterProxy::ParticipantFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collatorFor(QLocale()))
{
    // Sorting by the edit role would sort roles and organisations by their numbers.
    setSortRole(Qt::DisplayRole);
}

void ParticipantFilterProxy::setNameOrder(NameOrder order)
{
    if (order == m_nameOrder)
        return;
    m_nameOrder = order;
    // sort() with the same column and order does nothing, so the rows are re-sorted this way.
    invalidate();
}

void ParticipantFilterProxy::followNameOrder(const Workspace *workspace)
{
    setNameOrder(workspace->nameOrder());
    connect(workspace, &Workspace::nameOrderChanged, this, &ParticipantFilterProxy::setNameOrder);
}

void ParticipantFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_searchText = text;
    if (words == m_words)
        return; // e.g. a trailing space: the rows are the same, so spare the re-filter
    m_words = words;
    invalidateRowsFilter();
}

void ParticipantFilterProxy::setRoleFilter(std::optional<ParticipantRole> role)
{
    if (role == m_role)
        return;
    m_role = role;
    invalidateRowsFilter();
}

void ParticipantFilterProxy::setOrganisationFilter(qint64 organisationId)
{
    if (organisationId == m_organisationId)
        return;
    m_organisationId = organisationId;
    invalidateRowsFilter();
}

void ParticipantFilterProxy::setUnavailable(const QHash<qint64, QString> &reasons, bool show)
{
    if (reasons == m_unavailable && show == m_showUnavailable)
        return;
    m_unavailable = reasons;
    m_showUnavailable = show;
    invalidateRowsFilter();
}

Qt::ItemFlags ParticipantFilterProxy::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QSortFilterProxyModel::flags(index);
    if (!m_unavailable.isEmpty() && m_unavailable.contains(index.data(ParticipantTableModel::IdRole).toLongLong()))
        return flags & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return flags;
}

QVariant ParticipantFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && !m_unavailable.isEmpty()) {
        const auto reason = m_unavailable.constFind(index.data(ParticipantTableModel::IdRole).toLongLong());
        if (reason != m_unavailable.constEnd())
            return *reason;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool ParticipantFilterProxy::updateCollator()
{
    if (m_collator.locale() == QLocale())
        return false;
    m_collator = collatorFor(QLocale());
    return true;
}

void ParticipantFilterProxy::localeChanged()
{
    // sort() with the same column and order does nothing, so the rows are re-sorted this way.
    if (updateCollator())
        invalidate();
}

void ParticipantFilterProxy::sort(int column, Qt::SortOrder order)
{
    updateCollator();
    QSortFilterProxyModel::sort(column, order);
}

bool ParticipantFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    // The integer tests first: they are cheap and often decide alone.
    if (!m_showUnavailable && !m_unavailable.isEmpty()
        && m_unavailable.contains(row.data(ParticipantTableModel::IdRole).toLongLong()))
        return false;
    if (m_role && row.data(ParticipantTableModel::ParticipantRoleRole).toInt() != int(*m_role))
        return false;
    if (m_organisationId != AllOrganisations
        && row.data(ParticipantTableModel::OrganisationIdRole).toLongLong() != m_organisationId)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = row.data(ParticipantTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool ParticipantFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QString leftText = left.data(sortRole()).toString();
    const QString rightText = right.data(sortRole()).toString();
    const int order = left.column() == m_nameColumn
                          ? PersonName::compare(m_collator, leftText, rightText, m_nameOrder)
                          : m_collator.compare(leftText, rightText);
    if (order != 0)
        return order < 0;
    // Two people of the same name keep one order, whichever column was sorted before.
    return left.row() < right.row();
}

} // namespace Akademiplan
