// SPDX-License-Identifier: MPL-2.0
#include "outputactions.h"

#include "invitationdialog.h"
#include "outputdialog.h"
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
    using Kind = OutputDialog::Kind;
    addOutput(int(Kind::OnePager), tr("&One Page for the Council…"), QStringLiteral("exportOnePagerAction"),
              tr("Write the one A4 page a city council decides from"));
    addOutput(int(Kind::RunSheets), tr("&Run Sheets…"), QStringLiteral("exportRunSheetsAction"),
              tr("Write each session's run sheet: its agenda, materials and a sign-in list"));
    addOutput(int(Kind::Schedules), tr("Personal &Schedules…"), QStringLiteral("exportSchedulesAction"),
              tr("Write each participant's own sessions as PDF and calendar files, ready for a mail merge"));
    m_actions.append(m_invitation);
    addOutput(int(Kind::WebPage), tr("&Web Page…"), QStringLiteral("exportWebPageAction"),
              tr("Write the programme as one accessible web page for the intranet"));
}

QAction *OutputActions::addOutput(int kind, const QString &text, const QString &name, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setStatusTip(tip);
    connect(action, &QAction::triggered, this, [this, kind] { exportOutput(kind); });
    m_actions.append(action);
    return action;
}

void OutputActions::exportOutput(int kind)
{
    m_workspace->flushPendingEdits();
    const Project &project = m_workspace->document()->project();
    if (project.academies.isEmpty()) {
        QMessageBox::information(m_window, tr("Export"), tr("Add an academy first; every output is of one."));
        return;
    }
    // Start from what the consultant is looking at in the programme.
    OutputOptions start;
    const auto [type, id] = m_current();
    const Activity *activity = type == int(EntityType::Activity) ? project.activities.find(id) : nullptr;
    const Track *track = activity ? project.tracks.find(activity->trackId)
                         : type == int(EntityType::Track) ? project.tracks.find(id)
                                                          : nullptr;
    start.activityId = activity ? activity->id : 0;
    start.trackId = track ? track->id : 0;
    start.academyId = track ? track->academyId : type == int(EntityType::Academy) ? id : 0;
    OutputDialog dialog(OutputDialog::Kind(kind), m_workspace, start, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenPath().isEmpty())
        emit exported(dialog.writtenPath());
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
