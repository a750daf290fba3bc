// SPDX-License-Identifier: MPL-2.0
#include "workspace.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "models/academytreemodel.h"
#include "models/enrolmenttablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "models/sessiontablemodel.h"

namespace Akademiplan {

Workspace::Workspace(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_editor(new ProjectEditor(*document, this))
    , m_academyTree(new AcademyTreeModel(document, m_editor, this))
    , m_sessions(new SessionTableModel(document, m_editor, this))
    , m_participants(new ParticipantTableModel(document, m_editor, this))
    , m_organisations(new OrganisationTableModel(document, m_editor, this))
    , m_enrolments(new EnrolmentTableModel(document, m_editor, this))
{
}

Workspace::~Workspace() = default;

} // namespace Akademiplan
