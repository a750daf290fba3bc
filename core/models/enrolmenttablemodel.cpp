// SPDX-License-Identifier: MPL-2.0
#include "enrolmenttablemodel.h"

#include "editor/projecteditor.h"
#include "domain/domainlabels.h"

#include <QSet>

namespace Akademiplan {

EnrolmentTableModel::EnrolmentTableModel(Document *document, ProjectEditor *editor, QObject *parent)
    : EntityTableModel<Enrolment>(document, parent)
    , m_editor(editor)
{
    indexRows(0, rowCount() - 1, true);
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { indexRows(first, last, true); });
    connect(this, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { indexRows(first, last, false); });
    connect(this, &QAbstractItemModel::modelReset, this, [this] {
        m_enrolmentsOfPerson.clear();
        indexRows(0, rowCount() - 1, true);
    });
}

void EnrolmentTableModel::indexRows(int first, int last, bool add)
{
    for (int row = first; row <= last; ++row) {
        const Enrolment &enrolment = rowAt(row);
        if (add) {
            m_enrolmentsOfPerson[enrolment.participantId].append(enrolment.id);
        } else {
            auto it = m_enrolmentsOfPerson.find(enrolment.participantId);
            if (it == m_enrolmentsOfPerson.end())
                continue;
            it->removeOne(enrolment.id);
            if (it->isEmpty())
                m_enrolmentsOfPerson.erase(it);
        }
    }
}

int EnrolmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnrolmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Enrolment &enrolment = rowAt(index.row());
    const Participant *participant = project().participants.find(enrolment.participantId);
    const Akademiplan::Organisation *organisation =
        participant ? project().organisations.find(participant->organisationId) : nullptr;
    switch (role) {
    case IdRole: return enrolment.id;
    case TrackIdRole: return enrolment.trackId;
    case ActivityIdRole: return enrolment.activityId;
    case ParticipantIdRole: return enrolment.participantId;
    case StatusRole: return int(enrolment.status);
    case SearchTextRole:
        return participant ? QString(participant->name + QLatin1Char('\n') + participant->email).toLower() : QString();
    case Qt::EditRole:
        if (index.column() == Status)
            return int(enrolment.status);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return participant ? participant->name : QString();
        case Role: return participant ? DomainLabels::label(participant->role) : QString();
        case Organisation: return organisation ? organisation->name : QString();
        case Status: return DomainLabels::label(enrolment.status);
        }
        break;
    }
    return {};
}

QVariant EnrolmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Role: return tr("Role");
    case Organisation: return tr("Organisation");
    case Status: return tr("Status");
    }
    return {};
}

Qt::ItemFlags EnrolmentTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = EntityTableModel<Enrolment>::flags(index);
    return index.column() == Status ? base | Qt::ItemIsEditable : base;
}

bool EnrolmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != Status)
        return false;
    return m_editor->setEnrolmentStatus(idAt(index.row()), EnrolmentStatus(value.toInt())).ok;
}

void EnrolmentTableModel::relatedChanged(EntityType type, const QList<qint64> &ids)
{
    if (type == EntityType::Organisation) {
        columnChanged(Organisation);
    } else if (type == EntityType::Participant) {
        for (qint64 person : ids) {
            for (qint64 enrolment : m_enrolmentsOfPerson.value(person)) {
                const int row = rowOf(enrolment);
                emit dataChanged(index(row, Name), index(row, Organisation));
            }
        }
    }
}

} // namespace Akademiplan
