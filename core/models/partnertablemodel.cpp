// SPDX-License-Identifier: MPL-2.0
#include "partnertablemodel.h"

#include "domain/domainlabels.h"
#include "i18n/displaytext.h"

#include <QLocale>

namespace Akademiplan {

PartnerTableModel::PartnerTableModel(Document *document, QObject *parent)
    : EntityTableModel<Organisation>(document, parent)
{
    // How many places a partner takes part in follows its partnerships.
    auto partnershipsMoved = [this](EntityType type) {
        if (type == EntityType::Partnership)
            columnChanged(Places);
    };
    connect(document, &Document::rowsInserted, this, partnershipsMoved);
    connect(document, &Document::rowsRemoved, this, partnershipsMoved);
    connect(document, &Document::rowsReset, this, partnershipsMoved);
}

QString PartnerTableModel::agreementText(const Organisation &organisation)
{
    const QString status = DomainLabels::label(organisation.agreement);
    return organisation.agreementDate
               ? tr("%1 %2", "agreement status and its date").arg(status, DisplayText::shortDate(*organisation.agreementDate))
               : status;
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Organisation &organisation = rowAt(index.row());
    if (role == IdRole)
        return organisation.id;
    if (role == IsPartnerRole)
        return organisation.isPartner();
    if (role == Qt::TextAlignmentRole && index.column() == Places)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return organisation.name;
    case Kind: return DomainLabels::label(organisation.kind);
    case Contact: return organisation.contactName;
    case Contributions: return DomainLabels::label(organisation.contributions);
    case Agreement: return agreementText(organisation);
    case Places: return DisplayText::number(int(project().partnershipsOf(organisation.id).size()));
    }
    return {};
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Partner");
    case Kind: return tr("Kind");
    case Contact: return tr("Contact person");
    case Contributions: return tr("Contributes");
    case Agreement: return tr("Agreement");
    case Places: return tr("Takes part in", "a number of tracks and activities");
    }
    return {};
}

} // namespace Akademiplan
