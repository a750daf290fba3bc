// SPDX-License-Identifier: MPL-2.0
#include "indicatortablemodel.h"

#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "evaluation/evaluationnumber.h"
#include "i18n/displaytext.h"

namespace Akademiplan {

IndicatorTableModel::IndicatorTableModel(Document *document, ProjectEditor *editor, QObject *parent)
    : EntityTableModel<Indicator>(document, parent)
    , m_editor(editor)
{
    // A measurement recorded, added or taken away changes where its indicator stands.
    auto measurements = [this](EntityType type) {
        if (type == EntityType::Measurement)
            measurementsChanged();
    };
    connect(document, &Document::rowsInserted, this, measurements);
    connect(document, &Document::rowsRemoved, this, measurements);
    connect(document, &Document::rowsReset, this, measurements);
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorTableModel::directionText(bool higherIsBetter)
{
    return higherIsBetter ? tr("Higher is better") : tr("Lower is better");
}

QColor IndicatorTableModel::colourOf(IndicatorStatus::State state)
{
    switch (state) {
    case IndicatorStatus::State::OnTarget: return QColor(0x1b, 0x7a, 0x3a);
    case IndicatorStatus::State::ShortOfTarget: return QColor(0xb0, 0x00, 0x20);
    default: return {};
    }
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Indicator &indicator = rowAt(index.row());
    if (role == IdRole)
        return indicator.id;
    if (role == AcademyIdRole)
        return indicator.academyId;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && (column == Baseline || column == Target || column == Latest))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool computed = column == Latest || column == Status || column == Next;
    if (!computed) {
        if (role != Qt::DisplayRole && role != Qt::EditRole)
            return {};
        const bool edit = role == Qt::EditRole;
        switch (column) {
        case Name: return indicator.name;
        case Scope: {
            if (edit)
                return indicator.trackId;
            const Track *track = project().tracks.find(indicator.trackId);
            return track ? track->name : tr("Whole academy");
        }
        case Level: return edit ? QVariant(int(indicator.level)) : QVariant(DomainLabels::label(indicator.level));
        case ValueKind:
            return edit ? QVariant(int(indicator.valueKind)) : QVariant(DomainLabels::label(indicator.valueKind));
        case Method: return edit ? QVariant(int(indicator.method)) : QVariant(DomainLabels::label(indicator.method));
        case Unit: return indicator.unit;
        case Baseline: return EvaluationNumber::text(indicator.baseline);
        case Target: return EvaluationNumber::text(indicator.target);
        case Direction:
            return edit ? QVariant(indicator.higherIsBetter) : QVariant(directionText(indicator.higherIsBetter));
        }
        return {};
    }
    // Worked out only for what a view shows of it: each cell is asked for many roles as it paints.
    if (role != Qt::DisplayRole && role != Qt::ForegroundRole && role != Qt::ToolTipRole)
        return {};
    const IndicatorStatus status(indicator, measurementsOf(indicator.id));
    switch (column) {
    case Latest:
        return role == Qt::DisplayRole ? QVariant(EvaluationNumber::text(status.latestValue())) : QVariant();
    case Status:
        if (role == Qt::DisplayRole)
            return IndicatorStatus::label(status.state());
        if (role == Qt::ForegroundRole && colourOf(status.state()).isValid())
            return colourOf(status.state());
        return {};
    case Next: {
        const Measurement *next = status.next();
        if (!next)
            return {};
        const bool overdue = IndicatorStatus::isOverdue(*next, QDate::currentDate());
        if (role == Qt::ForegroundRole)
            return overdue ? QVariant(colourOf(IndicatorStatus::State::ShortOfTarget)) : QVariant();
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        QString text = DomainLabels::timing(next->timing, next->monthsAfter);
        if (next->plannedDate)
            text = tr("%1, %2", "when, then the planned date").arg(text, DisplayText::shortDate(*next->plannedDate));
        if (overdue)
            text = tr("%1 (overdue)", "a planned measurement whose day has passed").arg(text);
        return text;
    }
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Level: return tr("Kirkpatrick's level: reaction, learning, behaviour or results");
        case ValueKind: return tr("The kind of public value the indicator shows");
        case Baseline: return tr("Where the indicator starts, before the academy; empty until known");
        case Target: return tr("Where it should end; empty while no target is set");
        case Latest: return tr("The latest measured value");
        case Next: return tr("The next measurement planned and not yet made; marked when its day has passed");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Indicator");
    case Scope: return tr("For");
    case Level: return tr("Level");
    case ValueKind: return tr("Public value");
    case Method: return tr("Method");
    case Unit: return tr("Unit");
    case Baseline: return tr("Baseline");
    case Target: return tr("Target");
    case Direction: return tr("Direction");
    case Latest: return tr("Latest");
    case Status: return tr("Status");
    case Next: return tr("Next measurement");
    }
    return {};
}

Qt::ItemFlags IndicatorTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<Indicator>::flags(index);
    const bool computed = index.column() == Latest || index.column() == Status || index.column() == Next;
    return index.isValid() && !computed ? base | Qt::ItemIsEditable : base;
}

bool IndicatorTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Indicator changed = rowAt(index.row());
    switch (index.column()) {
    case Name: changed.name = value.toString().trimmed(); break;
    case Scope: changed.trackId = value.toLongLong(); break;
    case Level: changed.level = KirkpatrickLevel(value.toInt()); break;
    case ValueKind: changed.valueKind = PublicValue(value.toInt()); break;
    case Method: changed.method = MeasurementMethod(value.toInt()); break;
    case Unit: changed.unit = value.toString().trimmed(); break;
    case Baseline:
    case Target: {
        const EvaluationNumber::Optional read = EvaluationNumber::parseOptional(value.toString());
        if (!read.isValid()) {
            emit refused(read.error);
            return false;
        }
        (index.column() == Baseline ? changed.baseline : changed.target) = read.hundredths;
        break;
    }
    case Direction: changed.higherIsBetter = value.toBool(); break;
    default: return false;
    }
    return changed == rowAt(index.row()) || m_editor->update(changed).ok;
}

void IndicatorTableModel::relatedChanged(EntityType type, const QList<qint64> &)
{
    if (type == EntityType::Track)
        columnChanged(Scope);
    else if (type == EntityType::Measurement)
        measurementsChanged();
}

std::vector<const Measurement *> IndicatorTableModel::measurementsOf(qint64 indicatorId) const
{
    if (m_measurementIdsStale) {
        m_measurementIds.clear();
        for (const Measurement &measurement : project().measurements)
            m_measurementIds[measurement.indicatorId].append(measurement.id);
        m_measurementIdsStale = false;
    }
    std::vector<const Measurement *> own;
    for (qint64 id : m_measurementIds.value(indicatorId))
        if (const Measurement *measurement = project().measurements.find(id))
            own.push_back(measurement);
    return own;
}

void IndicatorTableModel::measurementsChanged()
{
    m_measurementIdsStale = true;
    columnChanged(Latest);
    columnChanged(Status);
    columnChanged(Next);
}

} // namespace Akademiplan
