// SPDX-License-Identifier: MPL-2.0
#include "importpreviewmodel.h"

#include "domain/domainlabels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Akademiplan {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setImport(const ParticipantImport *import)
{
    beginResetModel();
    m_import = import;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_import ? 0 : int(m_import->rows().size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::actionText(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Add: return tr("New");
    case ImportRow::Action::Update: return tr("Updated");
    case ImportRow::Action::Unchanged: return tr("Already there");
    case ImportRow::Action::Skip: return tr("Skipped");
    case ImportRow::Action::Reject: return tr("Problem");
    }
    return {};
}

QString ImportPreviewModel::noteText(const ImportRow &row) const
{
    QStringList lines;
    const QStringList header = m_import->table().header();
    for (const ImportProblem &problem : row.problems)
        lines.append(problem.column >= 0 ? tr("%1: %2", "column: problem").arg(header.value(problem.column), problem.message)
                                         : problem.message);
    if (!row.note.isEmpty())
        lines.append(row.note);
    return lines.join(QLatin1Char(' '));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_import || !index.isValid() || index.row() >= rowCount())
        return {};
    const ImportRow &row = m_import->rows()[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Row: return QLocale().toString(row.rowNumber);
        case Action: return actionText(row.action);
        case Name: return row.person.name;
        case Email: return row.person.email;
        case Phone: return row.person.phone;
        case Role:
            // A refused row shows the role word as the file has it; the others the role it means.
            return row.action == ImportRow::Action::Reject && !row.roleText.isEmpty()
                       ? row.roleText
                       : DomainLabels::label(row.person.role);
        case Organisation:
            return row.person.organisationId < 0 ? tr("%1 (new)").arg(row.organisationName) : row.organisationName;
        case Note: return noteText(row);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Note) {
        return noteText(row);
    } else if (role == Qt::ForegroundRole && index.column() == Action) {
        if (row.action == ImportRow::Action::Reject)
            return QBrush(QColor(0xa4, 0x00, 0x0f)); // a dark red that keeps its contrast on white
    } else if (role == Qt::BackgroundRole && row.action == ImportRow::Action::Reject) {
        return QBrush(QColor(0xfd, 0xec, 0xea));
    } else if (role == Qt::TextAlignmentRole && index.column() == Row) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return int(row.action);
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row: return tr("Row");
    case Action: return tr("Import");
    case Name: return tr("Name");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case Role: return tr("Role");
    case Organisation: return tr("Organisation");
    case Note: return tr("Problems and notes");
    }
    return {};
}

} // namespace Akademiplan
