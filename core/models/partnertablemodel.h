// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

// The partner register: every organisation with what the register says of it. A view shows the
// partners (IsPartnerRole), not the municipal departments, through a filter proxy.
class PartnerTableModel : public EntityTableModel<Organisation>
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Contact, Contributions, Agreement, Places, ColumnCount };
    enum Roles { IsPartnerRole = FirstCustomRole };

    explicit PartnerTableModel(Document *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Agreed 19.11.2026": the agreement and its date.
    static QString agreementText(const Organisation &organisation);
};

} // namespace Akademiplan
