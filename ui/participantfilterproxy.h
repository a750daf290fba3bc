// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/participant.h"
#include "domain/personname.h"

#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace Akademiplan {

class Workspace;

// What the participants table shows of ParticipantTableModel: the rows that match the search
// words, the role and the organisation the consultant chose, sorted the way the UI language
// sorts names (in Danish, æ, ø and å after z) and by first or last name as the consultant chose.
// Each filter change re-filters once; the source rows are never copied, so it stays instant at
// 10,000 people. Other lists of people (the enrolments) use it for the order of their names with
// the base class's filter only: the search, role and organisation filters read the roles of
// ParticipantTableModel.
class ParticipantFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr qint64 AllOrganisations = -1;
    static constexpr qint64 NoOrganisation = 0;

    explicit ParticipantFilterProxy(QObject *parent = nullptr);

    // Every word must occur somewhere in the row, in any case: "anne jensen" finds
    // "Anne Marie Jensen".
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // std::nullopt for every role.
    void setRoleFilter(std::optional<ParticipantRole> role);
    std::optional<ParticipantRole> roleFilter() const { return m_role; }

    // An organisation's id, NoOrganisation for people who belong to none, or AllOrganisations.
    void setOrganisationFilter(qint64 organisationId);
    qint64 organisationFilter() const { return m_organisationId; }

    // People who cannot be chosen here (e.g. already enrolled), with why. Hidden unless
    // `show`; shown, they are greyed out, cannot be selected and say why in a tooltip.
    void setUnavailable(const QHash<qint64, QString> &reasons, bool show);
    bool isUnavailable(qint64 participantId) const { return m_unavailable.contains(participantId); }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The column of the names, which sorts by `order`.
    void setNameColumn(int column) { m_nameColumn = column; }
    void setNameOrder(NameOrder order);
    NameOrder nameOrder() const { return m_nameOrder; }
    // Takes the workspace's name order, now and whenever the consultant changes it.
    void followNameOrder(const Workspace *workspace);

    // Sorts again in the UI language after it changed (the order of names depends on it).
    void localeChanged();
    // Picks up a changed UI language before sorting.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // True when the UI language changed since the collator was made.
    bool updateCollator();

    QString m_searchText;
    QStringList m_words; // lower case, as the model's search text is
    std::optional<ParticipantRole> m_role;
    qint64 m_organisationId = AllOrganisations;
    QHash<qint64, QString> m_unavailable;
    bool m_showUnavailable = false;
    QCollator m_collator;
    int m_nameColumn = 0;
    NameOrder m_nameOrder = NameOrder::FirstName;
};

} // namespace Akademiplan
