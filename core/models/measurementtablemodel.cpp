// SPDX-License-Identifier: MPL-2.0
#include "measurementtablemodel.h"

#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "evaluation/evaluationnumber.h"
#include "i18n/displaytext.h"
#include "indicatortablemodel.h"

namespace Akademiplan {

MeasurementTableModel::MeasurementTableModel(Document *document, ProjectEditor *editor, QObject *parent)
    : EntityTableModel<Measurement>(document, parent)
    , m_editor(editor)
{
}

int MeasurementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeasurementTableModel::timingKey(MeasurementTiming timing, int monthsAfter)
{
    switch (timing) {
    case MeasurementTiming::Before: return QStringLiteral("before");
    case MeasurementTiming::During: return QStringLiteral("during");
    case MeasurementTiming::After: break;
    }
    return QStringLiteral("after:%1").arg(monthsAfter);
}

QList<std::pair<MeasurementTiming, int>> MeasurementTableModel::usualTimings()
{
    return {{MeasurementTiming::Before, 0}, {MeasurementTiming::During, 0}, {MeasurementTiming::After, 0},
            {MeasurementTiming::After, 3},  {MeasurementTiming::After, 6},  {MeasurementTiming::After, 12},
            {MeasurementTiming::After, 18}, {MeasurementTiming::After, 24}, {MeasurementTiming::After, 36}};
}

QVariant MeasurementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Measurement &measurement = rowAt(index.row());
    const Indicator *indicator = project().indicators.find(measurement.indicatorId);
    const IndicatorStatus::State state =
        indicator ? IndicatorStatus::stateOf(*indicator, measurement.value) : IndicatorStatus::State::NotMeasured;
    switch (role) {
    case IdRole: return measurement.id;
    case IndicatorIdRole: return measurement.indicatorId;
    case SortRole:
        switch (index.column()) {
        case Planned: return measurement.plannedDate.value_or(QDate());
        case Measured: return measurement.measuredDate.value_or(QDate());
        case Value: return measurement.value ? QVariant(*measurement.value) : QVariant();
        case AgainstTarget: return int(state);
        case Note: return measurement.note.toLower();
        // The plan's order: before, during, at the end, then months after.
        default: return int(measurement.timing) * 1000 + measurement.monthsAfter;
        }
    case Qt::TextAlignmentRole:
        return index.column() == Value ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == AgainstTarget && IndicatorTableModel::colourOf(state).isValid())
            return IndicatorTableModel::colourOf(state);
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case When: return timingKey(measurement.timing, measurement.monthsAfter);
        case Planned: return measurement.plannedDate.value_or(QDate());
        case Measured: return measurement.measuredDate.value_or(QDate());
        case Value: return EvaluationNumber::text(measurement.value);
        case Note: return measurement.note;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return DomainLabels::timing(measurement.timing, measurement.monthsAfter);
        case Planned: return measurement.plannedDate ? DisplayText::shortDate(*measurement.plannedDate) : QString();
        case Measured: return measurement.measuredDate ? DisplayText::shortDate(*measurement.measuredDate) : QString();
        case Value: return EvaluationNumber::text(measurement.value);
        case AgainstTarget:
            // Only a value has something to say against the target; a planned one says nothing yet.
            return measurement.value ? IndicatorStatus::label(state) : QString();
        case Note: return measurement.note;
        }
        return {};
    }
    return {};
}

QVariant MeasurementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Value: return tr("The measured value; empty while the measurement is only planned");
        case AgainstTarget: return tr("The value against the indicator's target, in the direction that is better");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Planned: return tr("Planned");
    case Measured: return tr("Measured");
    case Value: return tr("Value");
    case AgainstTarget: return tr("Against target");
    case Note: return tr("Note");
    }
    return {};
}

Qt::ItemFlags MeasurementTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<Measurement>::flags(index);
    return index.isValid() && index.column() != AgainstTarget ? base | Qt::ItemIsEditable : base;
}

bool MeasurementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Measurement changed = rowAt(index.row());
    auto optionalDate = [&value]() -> std::optional<QDate> {
        const QDate date = value.toDate();
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    };
    switch (index.column()) {
    case When: {
        const QString key = value.toString();
        if (key == QLatin1String("before")) {
            changed.timing = MeasurementTiming::Before;
            changed.monthsAfter = 0;
        } else if (key == QLatin1String("during")) {
            changed.timing = MeasurementTiming::During;
            changed.monthsAfter = 0;
        } else if (key.startsWith(QLatin1String("after:"))) {
            changed.timing = MeasurementTiming::After;
            changed.monthsAfter = key.section(QLatin1Char(':'), 1).toInt();
        } else {
            return false;
        }
        break;
    }
    case Planned: changed.plannedDate = optionalDate(); break;
    case Measured: changed.measuredDate = optionalDate(); break;
    case Value: {
        const EvaluationNumber::Optional read = EvaluationNumber::parseOptional(value.toString());
        if (!read.isValid()) {
            emit refused(read.error);
            return false;
        }
        changed.value = read.hundredths;
        break;
    }
    case Note: changed.note = value.toString().trimmed(); break;
    default: return false;
    }
    return changed == rowAt(index.row()) || m_editor->update(changed).ok;
}

void MeasurementTableModel::relatedChanged(EntityType type, const QList<qint64> &)
{
    // A new target or direction changes what every value says against it.
    if (type == EntityType::Indicator)
        columnChanged(AgainstTarget);
}

} // namespace Akademiplan
