// SPDX-License-Identifier: MPL-2.0
#include "organisationtablemodel.h"

#include "editor/projecteditor.h"
#include "domain/domainlabels.h"
#include "i18n/displaytext.h"

namespace Akademiplan {

OrganisationTableModel::OrganisationTableModel(Document *document, ProjectEditor *editor, QObject *parent)
    : EntityTableModel<Organisation>(document, parent)
    , m_editor(editor)
{
    countMembers();
    // Counted on from each change, so that editing one person costs nothing per other person.
    connect(document, &Document::rowsInserted, this, [this](EntityType type, int first, int last) {
        if (type != EntityType::Participant)
            return;
        for (int row = first; row <= last; ++row) {
            const Participant &participant = project().participants.at(row);
            m_organisationOf.insert(participant.id, participant.organisationId);
            ++m_members[participant.organisationId];
        }
        columnChanged(Members);
    });
    connect(document, &Document::rowsAboutToBeRemoved, this, [this](EntityType type, int first, int last) {
        if (type != EntityType::Participant)
            return;
        for (int row = first; row <= last; ++row)
            --m_members[m_organisationOf.take(project().participants.at(row).id)];
    });
    connect(document, &Document::rowsRemoved, this, [this](EntityType type) {
        if (type == EntityType::Participant)
            columnChanged(Members);
    });
    connect(document, &Document::rowsChanged, this, [this](EntityType type, const QList<qint64> &ids) {
        if (type != EntityType::Participant)
            return;
        bool moved = false;
        for (qint64 id : ids) {
            const qint64 now = project().participants.find(id)->organisationId;
            qint64 &was = m_organisationOf[id];
            if (was == now)
                continue;
            --m_members[was];
            ++m_members[now];
            was = now;
            moved = true;
        }
        if (moved)
            columnChanged(Members);
    });
    connect(document, &Document::rowsReset, this, [this](EntityType type) {
        if (type != EntityType::Participant)
            return;
        countMembers();
        columnChanged(Members);
    });
}

void OrganisationTableModel::countMembers()
{
    m_members.clear();
    m_organisationOf.clear();
    m_organisationOf.reserve(project().participants.size());
    for (const Participant &participant : project().participants) {
        ++m_members[participant.organisationId];
        m_organisationOf.insert(participant.id, participant.organisationId);
    }
}

int OrganisationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Organisation &organisation = rowAt(index.row());
    if (role == IdRole)
        return organisation.id;
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name: return organisation.name;
    case Kind: return role == Qt::EditRole ? QVariant(int(organisation.kind)) : DomainLabels::label(organisation.kind);
    case Members:
        return role == Qt::EditRole ? QVariant(m_members.value(organisation.id))
                                    : QVariant(DisplayText::number(m_members.value(organisation.id)));
    }
    return {};
}

QVariant OrganisationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Organisation");
    case Kind: return tr("Kind");
    case Members: return tr("People");
    }
    return {};
}

Qt::ItemFlags OrganisationTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<Organisation>::flags(index);
    return !index.isValid() || index.column() == Members ? base : base | Qt::ItemIsEditable;
}

bool OrganisationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Organisation changed = rowAt(index.row());
    if (index.column() == Name)
        changed.name = value.toString().trimmed();
    else if (index.column() == Kind)
        changed.kind = OrganisationKind(value.toInt());
    else
        return false;
    return changed == rowAt(index.row()) || m_editor->update(changed).ok;
}

} // namespace Akademiplan
