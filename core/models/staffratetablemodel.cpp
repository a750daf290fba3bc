// SPDX-License-Identifier: MPL-2.0
#include "staffratetablemodel.h"

#include "budget/hourlycost.h"
#include "budget/moneyformat.h"
#include "budget/participanttime.h"
#include "budget/typedmoney.h"
#include "budgetwatcher.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"

namespace Akademiplan {

namespace {

// A percentage in hundredths reads and is typed like an amount in øre, "47,00", so that it takes
// the same separators and the same exact parsing.
QString percentText(qint64 hundredths) { return MoneyFormat::number(Money::fromOre(hundredths)); }

} // namespace

StaffRateTableModel::StaffRateTableModel(Document *document, ProjectEditor *editor, BudgetWatcher *budgets,
                                         QObject *parent)
    : EntityTableModel<StaffRate>(document, parent)
    , m_editor(editor)
    , m_budgets(budgets)
{
    connect(budgets, &BudgetWatcher::changed, this, [this] {
        columnChanged(PlannedHours);
        columnChanged(PlannedCost);
    });
}

int StaffRateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffRateTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const StaffRate &rate = rowAt(index.row());
    if (role == IdRole)
        return rate.id;
    if (role == AcademyIdRole)
        return rate.academyId;
    if (role == Qt::TextAlignmentRole && index.column() >= AnnualSalary)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const auto use = m_budgets->budgetOf(rate.academyId).staffByRate.value(rate.id);
    switch (index.column()) {
    case Role: return edit ? QVariant(int(rate.role)) : QVariant(DomainLabels::plural(rate.role));
    case Organisation: {
        if (edit)
            return rate.organisationId;
        const Akademiplan::Organisation *organisation = project().organisations.find(rate.organisationId);
        return organisation ? organisation->name : tr("Everyone");
    }
    case AnnualSalary: return MoneyFormat::number(Money::fromOre(rate.annualSalaryOre));
    case AnnualHours: return edit ? QVariant(rate.annualHours) : QVariant(QLocale().toString(rate.annualHours));
    case Overhead: return percentText(rate.overheadHundredthsOfPercent);
    case Hourly:
        return MoneyFormat::number(
            HourlyCost::of(Money::fromOre(rate.annualSalaryOre), rate.annualHours, rate.overheadHundredthsOfPercent));
    case Cover: return MoneyFormat::number(Money::fromOre(rate.coverHourlyOre));
    case PriceYear: return rate.priceYear ? QVariant(rate.priceYear) : QVariant(edit ? QVariant(0) : QVariant());
    case PlannedHours: return MoneyFormat::number(Money::fromOre(ParticipantTime::hundredthsOfHours(use.first)));
    case PlannedCost: return MoneyFormat::number(use.second);
    }
    return {};
}

QVariant StaffRateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AnnualSalary: return tr("The annual salary with pension");
        case AnnualHours: return tr("The hours of a year the salary is spread over: 1,924 (the state) or about 1,635 "
                                    "productive hours");
        case Overhead: return tr("Overheads some cost models add, in per cent of the salary");
        case Cover: return tr("What a substitute costs an hour while the person is away; 0 when no one covers");
        case PlannedHours: return tr("The working time the plan asks of the people this rate prices");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Role: return tr("Role");
    case Organisation: return tr("Organisation");
    case AnnualSalary: return tr("Salary a year, kr.");
    case AnnualHours: return tr("Hours a year");
    case Overhead: return tr("Overheads, %");
    case Hourly: return tr("An hour, kr.");
    case Cover: return tr("Cover an hour, kr.");
    case PriceYear: return tr("Price year");
    case PlannedHours: return tr("Hours planned");
    case PlannedCost: return tr("Cost, kr.");
    }
    return {};
}

Qt::ItemFlags StaffRateTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<StaffRate>::flags(index);
    const bool computed = index.column() == Hourly || index.column() == PlannedHours || index.column() == PlannedCost;
    return index.isValid() && !computed ? base | Qt::ItemIsEditable : base;
}

bool StaffRateTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    StaffRate changed = rowAt(index.row());
    auto typed = [this, &value](qint64 &into) {
        const TypedMoney::Result result = TypedMoney::parse(value.toString());
        if (result.isValid())
            into = result.amount.ore();
        else
            emit refused(result.error);
        return result.isValid();
    };
    switch (index.column()) {
    case Role: changed.role = ParticipantRole(value.toInt()); break;
    case Organisation: changed.organisationId = value.toLongLong(); break;
    case AnnualSalary:
        if (!typed(changed.annualSalaryOre))
            return false;
        break;
    case AnnualHours: changed.annualHours = value.toInt(); break;
    case Overhead: {
        qint64 hundredths = 0;
        if (!typed(hundredths))
            return false;
        changed.overheadHundredthsOfPercent = int(hundredths);
        break;
    }
    case Cover:
        if (!typed(changed.coverHourlyOre))
            return false;
        break;
    case PriceYear: changed.priceYear = value.toInt(); break;
    default: return false;
    }
    if (changed == rowAt(index.row()))
        return true;
    const EditResult result = m_editor->update(changed);
    if (!result.ok)
        emit refused(result.error);
    return result.ok;
}

void StaffRateTableModel::relatedChanged(EntityType type, const QList<qint64> &)
{
    if (type == EntityType::Organisation)
        columnChanged(Organisation);
}

} // namespace Akademiplan
