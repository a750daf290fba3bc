// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entitytablemodel.h"

namespace Akademiplan {

class ProjectEditor;

// Everyone in the project, one row per person; editable in place through the editor.
class ParticipantTableModel : public EntityTableModel<Participant>
{
    Q_OBJECT

public:
    enum Column { Name, Email, Phone, Role, Organisation, ColumnCount };
    enum Roles {
        ParticipantRoleRole = FirstCustomRole, // the ParticipantRole as an int
        OrganisationIdRole,
        SearchTextRole // lower-case text of every column, for instant search
    };

    ParticipantTableModel(Document *document, ProjectEditor *editor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    void relatedChanged(EntityType type, const QList<qint64> &ids) override;

private:
    QString organisationName(qint64 id) const;
    const QString &searchText(const Participant &participant) const;

    ProjectEditor *m_editor;
    // Search runs over every row at each keystroke; the text per person is made once and
    // made again when the person changes (a new modification time) or an organisation does.
    mutable QHash<qint64, std::pair<qint64, QString>> m_searchText;
};

} // namespace Akademiplan
