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
    connect(document, &Document::changesApplied, this, [this](const ChangeSet &changes) {
        bool counted = false;
        for (const Change &change : changes.changes()) {
            if (entityType(change.after ? *change.after : *change.before) != EntityType::Participant)
                continue;
            if (change.before)
                --m_members[std::get<Participant>(*change.before).organisationId];
            if (change.after)
                ++m_members[std::get<Participant>(*change.after).organisationId];
            counted = true;
        }
        if (counted)
            columnChanged(Members);
    });
}

void OrganisationTableModel::countMembers()
{
    m_members.clear();
    for (const Participant &participant : project().participants)
        ++m_members[participant.organisationId];
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
