// SPDX-License-Identifier: MPL-2.0
#include "participanttablemodel.h"

#include "editor/projecteditor.h"
#include "domain/domainlabels.h"

namespace Akademiplan {

ParticipantTableModel::ParticipantTableModel(Document *document, ProjectEditor *editor, QObject *parent)
    : EntityTableModel<Participant>(document, parent)
    , m_editor(editor)
{
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ParticipantTableModel::organisationName(qint64 id) const
{
    const Akademiplan::Organisation *organisation = project().organisations.find(id);
    return organisation ? organisation->name : QString();
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Participant &participant = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Name: return participant.name;
        case Email: return participant.email;
        case Phone: return participant.phone;
        case Role:
            return role == Qt::EditRole ? QVariant(int(participant.role)) : DomainLabels::label(participant.role);
        case Organisation:
            return role == Qt::EditRole ? QVariant(participant.organisationId)
                                        : QVariant(organisationName(participant.organisationId));
        }
        break;
    case IdRole: return participant.id;
    case ParticipantRoleRole: return int(participant.role);
    case OrganisationIdRole: return participant.organisationId;
    case SearchTextRole: return searchText(participant);
    }
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case Role: return tr("Role");
    case Organisation: return tr("Organisation");
    }
    return {};
}

Qt::ItemFlags ParticipantTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<Participant>::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

bool ParticipantTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Participant changed = rowAt(index.row());
    switch (index.column()) {
    case Name: changed.name = value.toString().trimmed(); break;
    case Email: changed.email = value.toString().trimmed(); break;
    case Phone: changed.phone = value.toString().trimmed(); break;
    case Role: changed.role = ParticipantRole(value.toInt()); break;
    case Organisation: changed.organisationId = value.toLongLong(); break;
    default: return false;
    }
    // A finished cell edit is one undo step of its own; only typing in forms merges.
    return changed == rowAt(index.row()) || m_editor->update(changed).ok;
}

const QString &ParticipantTableModel::searchText(const Participant &participant) const
{
    auto it = m_searchText.find(participant.id);
    if (it == m_searchText.end() || it->first != participant.changeCounter) {
        const QString text = QStringList{participant.name, participant.email, participant.phone,
                                         DomainLabels::label(participant.role),
                                         organisationName(participant.organisationId)}
                                 .join(QLatin1Char('\n'))
                                 .toLower();
        it = m_searchText.insert(participant.id, {participant.changeCounter, text});
    }
    return it->second;
}

void ParticipantTableModel::relatedChanged(EntityType type, const QList<qint64> &)
{
    if (type == EntityType::Organisation) {
        m_searchText.clear();
        columnChanged(Organisation);
    }
}

} // namespace Akademiplan
