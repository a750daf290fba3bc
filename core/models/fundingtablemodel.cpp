// SPDX-License-Identifier: MPL-2.0
#include "fundingtablemodel.h"

#include "budget/moneyformat.h"
#include "budget/typedmoney.h"
#include "budgetwatcher.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"

namespace Akademiplan {

FundingTableModel::FundingTableModel(Document *document, ProjectEditor *editor, BudgetWatcher *budgets,
                                     QObject *parent)
    : EntityTableModel<Funding>(document, parent)
    , m_editor(editor)
    , m_budgets(budgets)
{
    // The competence fund pays by the plan: a person enrolled changes its share.
    connect(budgets, &BudgetWatcher::changed, this, [this] { columnChanged(Pays); });
}

int FundingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FundingTableModel::applies(const Funding &funding, int column)
{
    const bool fund = funding.kind == FundingKind::CompetenceFund;
    switch (column) {
    case Pledged: return !fund;
    case Share:
    case CapPerPerson: return fund;
    }
    return true;
}

QVariant FundingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Funding &funding = rowAt(index.row());
    if (role == IdRole)
        return funding.id;
    if (role == AcademyIdRole)
        return funding.academyId;
    if (role == Qt::TextAlignmentRole && index.column() >= Pledged)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if ((role != Qt::DisplayRole && role != Qt::EditRole) || !applies(funding, index.column()))
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Kind: return edit ? QVariant(int(funding.kind)) : QVariant(DomainLabels::label(funding.kind));
    case Name: return funding.name;
    case Pledged: return MoneyFormat::number(Money::fromOre(funding.amountOre));
    // Hundredths of a per cent read and are typed like øre: "80,00".
    case Share: return MoneyFormat::number(Money::fromOre(funding.shareHundredthsOfPercent));
    case CapPerPerson: return MoneyFormat::number(Money::fromOre(funding.capPerPersonOre));
    case Pays:
        for (const FundingTotal &total : m_budgets->budgetOf(funding.academyId).funding)
            if (total.fundingId == funding.id)
                return MoneyFormat::number(total.planned);
        return {};
    case Received: return funding.actualOre ? MoneyFormat::number(Money::fromOre(*funding.actualOre)) : QString();
    }
    return {};
}

QVariant FundingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Share: return tr("The competence fund's share of each eligible person's costs, in per cent");
        case CapPerPerson: return tr("The most the competence fund pays for one person in a year");
        case Pays: return tr("What the source pays by the plan as it is now");
        case Received: return tr("What the source has actually paid; empty until known");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Source");
    case Name: return tr("Name");
    case Pledged: return tr("Pledged, kr.");
    case Share: return tr("Share, %");
    case CapPerPerson: return tr("Cap per person, kr.");
    case Pays: return tr("Pays, kr.");
    case Received: return tr("Received, kr.");
    }
    return {};
}

Qt::ItemFlags FundingTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<Funding>::flags(index);
    if (!index.isValid() || index.column() == Pays || !applies(rowAt(index.row()), index.column()))
        return base;
    return base | Qt::ItemIsEditable;
}

bool FundingTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Funding changed = rowAt(index.row());
    const QString text = value.toString().trimmed();
    auto typed = [this, &text](qint64 &into) {
        const TypedMoney::Result result = TypedMoney::parse(text);
        if (result.isValid())
            into = result.amount.ore();
        else
            emit refused(result.error);
        return result.isValid();
    };
    qint64 share = changed.shareHundredthsOfPercent;
    switch (index.column()) {
    case Kind: changed.kind = FundingKind(value.toInt()); break;
    case Name: changed.name = text; break;
    case Pledged:
        if (!typed(changed.amountOre))
            return false;
        break;
    case Share:
        if (!typed(share))
            return false;
        changed.shareHundredthsOfPercent = int(share);
        break;
    case CapPerPerson:
        if (!typed(changed.capPerPersonOre))
            return false;
        break;
    case Received:
        if (text.isEmpty())
            changed.actualOre.reset();
        else if (!typed(changed.actualOre.emplace()))
            return false;
        break;
    default: return false;
    }
    if (changed == rowAt(index.row()))
        return true;
    const EditResult result = m_editor->update(changed);
    if (!result.ok)
        emit refused(result.error);
    return result.ok;
}

} // namespace Akademiplan
