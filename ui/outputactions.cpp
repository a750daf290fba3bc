// SPDX-License-Identifier: MPL-2.0
#include "outputactions.h"

#include "invitationdialog.h"
#include "workspace.h"

#include "document/document.h"
#include "domain/project.h"

#include <QAction>
#include <QMessageBox>

namespace Akademiplan {

OutputActions::OutputActions(Workspace *workspace, std::function<std::pair<int, qint64>()> current, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_current(std::move(current))
    , m_window(window)
    , m_invitation(new QAction(tr("&Invitation Letter…"), this))
{
    m_invitation->setObjectName(QStringLiteral("exportInvitationAction"));
    m_invitation->setStatusTip(tr("Write an activity's invitation, with its sessions and places, as PDF or text"));
    connect(m_invitation, &QAction::triggered, this, &OutputActions::exportInvitation);
    m_actions = {m_invitation};
}

void OutputActions::exportInvitation()
{
    m_workspace->flushPendingEdits();
    const Project &project = m_workspace->document()->project();
    if (project.activities.isEmpty()) {
        QMessageBox::information(m_window, tr("Invitation Letter"), tr("Add an activity first; a letter invites to one."));
        return;
    }
    const auto [type, id] = m_current();
    InvitationDialog dialog(m_workspace, type == int(EntityType::Activity) ? id : 0, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenPath().isEmpty())
        emit exported(dialog.writtenPath());
}

} // namespace Akademiplan
