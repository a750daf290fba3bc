// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/personname.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;

namespace Akademiplan {

class AcademyTreeModel;
class Document;
class EnrolmentTableModel;
class OrganisationTableModel;
class ParticipantTableModel;
class PartnerTableModel;
class PartnershipTableModel;
class PlanChecker;
class ProjectEditor;
class SessionTableModel;

// Everything the views of one open document share: the document, the editor every change goes
// through, and one item model per kind of row, so that each row is modelled once however many
// views show it. Made when a document opens and deleted with it.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(Document *document, QObject *parent = nullptr);
    ~Workspace() override;

    Document *document() const { return m_document; }
    ProjectEditor *editor() const { return m_editor; }
    AcademyTreeModel *academyTree() const { return m_academyTree; }
    SessionTableModel *sessions() const { return m_sessions; }
    ParticipantTableModel *participants() const { return m_participants; }
    OrganisationTableModel *organisations() const { return m_organisations; }
    EnrolmentTableModel *enrolments() const { return m_enrolments; }
    PartnerTableModel *partners() const { return m_partners; }
    PartnershipTableModel *partnerships() const { return m_partnerships; }
    // The planning warnings, kept current as the project changes.
    PlanChecker *planChecker() const { return m_planChecker; }

    // How the lists of people sort by name, as the consultant chose it (kept between starts).
    NameOrder nameOrder() const;
    void setNameOrder(NameOrder order);
    // The choice as two checkable actions, by first name and by last name, for the View menu and
    // the menu of a Name column's header.
    QList<QAction *> nameOrderActions() const;

    // Asks every form to write what was typed and not yet written: before an undo, a save,
    // an export or closing the document.
    void flushPendingEdits() { emit pendingEditsNeeded(); }

signals:
    void pendingEditsNeeded();
    void nameOrderChanged(NameOrder order);
    // A view asks for an academy, track or activity to be shown in its editor
    // (type is an EntityType).
    void showRequested(int type, qint64 id);

private:
    Document *m_document;
    ProjectEditor *m_editor;
    AcademyTreeModel *m_academyTree;
    SessionTableModel *m_sessions;
    ParticipantTableModel *m_participants;
    OrganisationTableModel *m_organisations;
    EnrolmentTableModel *m_enrolments;
    PartnerTableModel *m_partners;
    PartnershipTableModel *m_partnerships;
    PlanChecker *m_planChecker;
    QActionGroup *m_nameOrder;
};

} // namespace Akademiplan
