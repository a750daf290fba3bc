// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/participant.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Akademiplan {

class ParticipantFilterBar;
class Project;

class ParticipantDialog;
class ParticipantFilterProxy;
class ParticipantListActions;
class Workspace;

// The people of a project and the organisations they belong to: find someone as one types,
// narrow the list by role and organisation, add, edit and delete people (in a dialog or in
// place), and keep the organisations in a panel beside them. Every change goes through the
// workspace's ProjectEditor; refused edits are reported by the window, not here.
class ParticipantsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ParticipantsPage() override;

    // `base`, or "`base` 2", "`base` 3" … when an organisation has that name already.
    static QString uniqueOrganisationName(const Project &project, const QString &base);

    // The selected people in the table's order, e.g. to enrol them in a track.
    QList<qint64> selectedParticipantIds() const;

    // For the window's menus and tool bar.
    QAction *addParticipantAction() const { return m_addAction; }
    QAction *editParticipantAction() const { return m_editAction; }
    QAction *deleteParticipantsAction() const { return m_deleteAction; }
    // Import Participants… and Export Participants…
    ParticipantListActions *listActions() const { return m_listActions; }

    void addParticipant();
    void editCurrentParticipant();
    // Asks first; then the people, their enrolments and their attendance go as one undo step.
    void deleteSelectedParticipants();
    void addOrganisation();
    // Edits the selected organisation's name in place.
    void renameCurrentOrganisation();
    void deleteCurrentOrganisation();

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildParticipantsTable();
    void buildOrganisationsTable();
    QWidget *buildParticipantsPanel();
    QWidget *buildOrganisationsPanel();
    void buildActions();
    void setUpTabOrder();

    void openDialog(const Participant &participant);
    void removeParticipants(const QList<qint64> &ids);
    void showParticipant(qint64 id);
    void clearFilters();
    void updateCount();
    void updateActions();
    qint64 currentOrganisationId() const;
    bool isEditable() const;

    Workspace *m_workspace;
    ParticipantFilterProxy *m_proxy;
    QSortFilterProxyModel *m_organisationProxy;
    ParticipantFilterBar *m_filters;
    QLabel *m_count;
    QLabel *m_organisationsHeading = nullptr;
    QTableView *m_table;
    QTableView *m_organisationTable;
    ParticipantListActions *m_listActions;
    QPointer<ParticipantDialog> m_dialog; // one at a time: a second would edit a stale copy
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_addOrganisationAction = nullptr;
    QAction *m_deleteOrganisationAction = nullptr;
    QAction *m_renameOrganisationAction = nullptr;
    QAction *m_showMembersAction = nullptr; // filters the list by the selected organisation
};

} // namespace Akademiplan
