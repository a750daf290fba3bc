// SPDX-License-Identifier: MPL-2.0
#include "planwarningmodel.h"

#include "i18n/displaytext.h"
#include "planning/plancheck.h"
#include "planning/planchecker.h"

namespace Akademiplan {

PlanWarningModel::PlanWarningModel(PlanChecker *checker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_checker(checker)
{
    connect(checker, &PlanChecker::warningsAboutToChange, this, &PlanWarningModel::beginResetModel);
    connect(checker, &PlanChecker::warningsChanged, this, &PlanWarningModel::endResetModel);
}

int PlanWarningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checker->warnings().size());
}

int PlanWarningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PlanWarning *PlanWarningModel::warningAt(int row) const
{
    const PlanWarnings &warnings = m_checker->warnings();
    return row >= 0 && row < int(warnings.size()) ? &warnings[std::size_t(row)] : nullptr;
}

int PlanWarningModel::rowOf(const PlanWarning &warning) const
{
    const PlanWarnings &warnings = m_checker->warnings();
    const QString name = warning.name();
    for (int row = 0; row < int(warnings.size()); ++row)
        if (warnings[std::size_t(row)].name() == name)
            return row;
    return -1;
}

QVariant PlanWarningModel::data(const QModelIndex &index, int role) const
{
    const PlanWarning *warning = warningAt(index.row());
    if (!warning)
        return {};
    const QDate date = warning->dates.isEmpty() ? QDate() : warning->dates.first();
    switch (role) {
    case SeverityRole: return int(warning->severity);
    case KindRole: return warning->kind;
    case DismissedRole: return warning->dismissed;
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return int(warning->severity);
        case DateColumn: return date;
        case DismissalColumn: return warning->dismissed;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return PlanCheck::label(warning->severity);
        case DateColumn: return date.isValid() ? DisplayText::shortDate(date) : QString();
        case MessageColumn: return warning->message;
        case KindColumn: return PlanCheck::kindLabel(warning->kind);
        case DismissalColumn: return warning->dismissed ? tr("Dismissed: %1").arg(warning->dismissalReason) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == DismissalColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == DateColumn && date.isValid())
            return DisplayText::date(date);
        break;
    default: break;
    }
    return {};
}

QVariant PlanWarningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case DateColumn: return tr("Date");
    case MessageColumn: return tr("Warning");
    case KindColumn: return tr("Kind");
    case DismissalColumn: return tr("Dismissed");
    }
    return {};
}

} // namespace Akademiplan
