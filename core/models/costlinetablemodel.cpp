// SPDX-License-Identifier: MPL-2.0
#include "costlinetablemodel.h"

#include "budget/moneyformat.h"
#include "budget/participanttime.h"
#include "budget/typedmoney.h"
#include "budgetwatcher.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"

namespace Akademiplan {

CostLineTableModel::CostLineTableModel(Document *document, ProjectEditor *editor, BudgetWatcher *budgets,
                                       QObject *parent)
    : EntityTableModel<CostLine>(document, parent)
    , m_editor(editor)
    , m_budgets(budgets)
{
    // A session added or a person enrolled changes what the lines count and cost.
    connect(budgets, &BudgetWatcher::changed, this, [this] {
        columnChanged(Units);
        columnChanged(WithoutVat);
        columnChanged(WithVat);
    });
}

int CostLineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CostLineTableModel::scopeKey(qint64 trackId, qint64 activityId)
{
    if (activityId != 0)
        return QStringLiteral("activity:%1").arg(activityId);
    if (trackId != 0)
        return QStringLiteral("track:%1").arg(trackId);
    return QStringLiteral("academy");
}

QString CostLineTableModel::scopeText(const CostLine &line) const
{
    if (const Activity *activity = project().activities.find(line.activityId))
        return activity->title;
    if (const Track *track = project().tracks.find(line.trackId))
        return track->name;
    return tr("Whole academy");
}

const CostLineTotal *CostLineTableModel::totalOf(const CostLine &line) const
{
    return m_budgets->budgetOf(line.academyId).lineTotal(line.id);
}

QVariant CostLineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CostLine &line = rowAt(index.row());
    if (role == IdRole)
        return line.id;
    if (role == AcademyIdRole)
        return line.academyId;
    if (role == Qt::TextAlignmentRole && index.column() >= Rate && index.column() != Vat)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Scope: return edit ? QVariant(scopeKey(line.trackId, line.activityId)) : QVariant(scopeText(line));
    case Kind: return edit ? QVariant(int(line.kind)) : QVariant(DomainLabels::label(line.kind));
    case Description: return line.description;
    case Basis: return edit ? QVariant(int(line.basis)) : QVariant(DomainLabels::label(line.basis));
    case Rate: return MoneyFormat::number(Money::fromOre(line.rateOre));
    case Quantity: return edit ? QVariant(line.quantity) : QVariant(QLocale().toString(line.quantity));
    case Vat: return edit ? QVariant(int(line.vat)) : QVariant(DomainLabels::label(line.vat));
    case PriceYear: return line.priceYear ? QVariant(line.priceYear) : QVariant(edit ? QVariant(0) : QVariant());
    case Actual: return line.actualOre ? MoneyFormat::number(Money::fromOre(*line.actualOre)) : QString();
    default: break;
    }
    const CostLineTotal *total = totalOf(line);
    if (!total)
        return {};
    switch (index.column()) {
    case Units:
        // Hours are counted in minutes; shown as hours with two decimals, as the budget prices them.
        return line.basis == CostBasis::PerSessionHour
                   ? MoneyFormat::number(Money::fromOre(ParticipantTime::hundredthsOfHours(total->units)))
                   : QLocale().toString(total->units);
    case WithoutVat: return MoneyFormat::number(total->planned.withoutVat);
    case WithVat: return MoneyFormat::number(total->planned.withVat());
    }
    return {};
}

QVariant CostLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Quantity: return tr("A multiplier: the quantity entered, or e.g. two facilitators per session");
        case Units: return tr("What the basis counts in the plan now: sessions, hours, people, days or nights");
        case Actual: return tr("What the line actually cost, in the same VAT terms as the rate; empty until known");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Scope: return tr("For");
    case Kind: return tr("Kind");
    case Description: return tr("Description");
    case Basis: return tr("Basis");
    case Rate: return tr("Rate, kr.");
    case Quantity: return tr("Quantity");
    case Units: return tr("Counted");
    case Vat: return tr("VAT");
    case PriceYear: return tr("Price year");
    case WithoutVat: return tr("Without VAT, kr.");
    case WithVat: return tr("With VAT, kr.");
    case Actual: return tr("Actual, kr.");
    }
    return {};
}

Qt::ItemFlags CostLineTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<CostLine>::flags(index);
    const bool computed = index.column() == Units || index.column() == WithoutVat || index.column() == WithVat;
    return index.isValid() && !computed ? base | Qt::ItemIsEditable : base;
}

bool CostLineTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    CostLine changed = rowAt(index.row());
    switch (index.column()) {
    case Scope: {
        const QString key = value.toString();
        const qint64 id = key.section(QLatin1Char(':'), 1).toLongLong();
        if (key.startsWith(QLatin1String("activity:"))) {
            const Activity *activity = project().activities.find(id);
            if (!activity)
                return false;
            changed.activityId = id;
            changed.trackId = activity->trackId;
        } else {
            changed.activityId = 0;
            changed.trackId = key.startsWith(QLatin1String("track:")) ? id : 0;
        }
        break;
    }
    case Kind: changed.kind = CostKind(value.toInt()); break;
    case Description: changed.description = value.toString().trimmed(); break;
    case Basis: changed.basis = CostBasis(value.toInt()); break;
    case Rate:
    case Actual: {
        const QString text = value.toString().trimmed();
        if (index.column() == Actual && text.isEmpty()) {
            changed.actualOre.reset();
            break;
        }
        const TypedMoney::Result typed = TypedMoney::parse(text);
        if (!typed.isValid()) {
            emit refused(typed.error);
            return false;
        }
        (index.column() == Rate ? changed.rateOre : changed.actualOre.emplace()) = typed.amount.ore();
        break;
    }
    case Quantity: changed.quantity = value.toLongLong(); break;
    case Vat: changed.vat = VatTreatment(value.toInt()); break;
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

void CostLineTableModel::relatedChanged(EntityType type, const QList<qint64> &)
{
    if (type == EntityType::Track || type == EntityType::Activity)
        columnChanged(Scope);
}

} // namespace Akademiplan
