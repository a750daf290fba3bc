// SPDX-License-Identifier: MPL-2.0
#include "programmeactions.h"

#include "academydialog.h"
#include "activityform.h"
#include "attendancedialog.h"
#include "attendanceratesdialog.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "programmepage.h"
#include "template/academytemplate.h"
#include "workspace.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace Akademiplan {

ProgrammeActions::ProgrammeActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

void ProgrammeActions::fillMenu(QMenu *menu)
{
    // The program's own pictures: no desktop theme has an academy, a track or an activity.
    m_newAcademy = menu->addAction(QIcon(QStringLiteral(":/icons/academy-new.svg")), tr("New &Academy…"), this,
                                   &ProgrammeActions::newAcademy);
    m_newAcademy->setObjectName(QStringLiteral("newAcademyAction"));
    m_newTrack = menu->addAction(QIcon(QStringLiteral(":/icons/track-new.svg")), tr("New &Track"), this,
                                 &ProgrammeActions::newTrack);
    m_newTrack->setObjectName(QStringLiteral("newTrackAction"));
    m_newActivity = menu->addAction(QIcon(QStringLiteral(":/icons/activity-new.svg")), tr("New Acti&vity"), this,
                                    &ProgrammeActions::newActivity);
    m_newActivity->setObjectName(QStringLiteral("newActivityAction"));
    m_newActivity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newSession = menu->addAction(QIcon(QStringLiteral(":/icons/session-new.svg")), tr("New &Session"), this,
                                   &ProgrammeActions::newSession);
    m_newSession->setObjectName(QStringLiteral("newSessionAction"));
    menu->addSeparator();
    m_attendance = menu->addAction(tr("Record Atte&ndance…"), this, &ProgrammeActions::recordAttendance);
    m_attendance->setObjectName(QStringLiteral("recordAttendanceAction"));
    m_attendance->setToolTip(tr("Record who came to each session of the selected activity"));
    m_attendanceRates = menu->addAction(tr("A&ttendance Rates…"), this, &ProgrammeActions::showAttendanceRates);
    m_attendanceRates->setObjectName(QStringLiteral("attendanceRatesAction"));
    m_attendanceRates->setToolTip(tr("How many of those enrolled came, per track, activity and role"));
    menu->addSeparator();
    m_duplicate = menu->addAction(tr("D&uplicate"), this, &ProgrammeActions::duplicateSelected);
    m_duplicate->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicate->setToolTip(tr("Copy the selected activity with its sessions, or the track with its activities"));
    // Ctrl+D as in office programs; in the navigator only, like Delete.
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setShortcutContext(Qt::WidgetShortcut);
    m_rename = menu->addAction(tr("&Rename"), this, &ProgrammeActions::renameSelected);
    m_rename->setObjectName(QStringLiteral("renameAction"));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    m_delete = menu->addAction(tr("&Delete"), this, &ProgrammeActions::deleteSelected);
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    // Delete works in the navigator only: in a table or a text field the key is theirs.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    updateActions();
}

void ProgrammeActions::setWorkspace(Workspace *workspace, ProgrammePage *page)
{
    m_workspace = workspace;
    m_page = page;
    if (page) {
        connect(page, &ProgrammePage::currentChanged, this, &ProgrammeActions::updateActions);
        attachToNavigator(page);
    }
    updateActions();
}

void ProgrammeActions::attachToNavigator(ProgrammePage *page)
{
    QTreeView *navigator = page->navigator();
    for (QAction *action : {m_duplicate, m_rename, m_delete})
        if (action)
            navigator->addAction(action);
    // Enter opens the selected row's editor with the cursor in its first field.
    auto *open = new QAction(navigator);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, page, &ProgrammePage::focusEditor);
    navigator->addAction(open);
    navigator->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(navigator, &QWidget::customContextMenuRequested, this, [this, navigator](const QPoint &position) {
        // What the pointer is on is what the menu acts on.
        if (const QModelIndex index = navigator->indexAt(position); index.isValid())
            navigator->setCurrentIndex(index);
        QMenu menu(navigator);
        menu.setObjectName(QStringLiteral("navigatorMenu"));
        for (QAction *action : {m_newAcademy, m_newTrack, m_newActivity, m_newSession})
            if (action)
                menu.addAction(action);
        menu.addSeparator();
        if (m_attendance && m_attendance->isEnabled()) {
            menu.addAction(m_attendance);
            menu.addSeparator();
        }
        for (QAction *action : {m_duplicate, m_rename, m_delete})
            if (action)
                menu.addAction(action);
        menu.exec(navigator->viewport()->mapToGlobal(position));
    });
}

void ProgrammeActions::updateActions()
{
    if (!m_newAcademy)
        return;
    const bool editable = m_workspace && !m_workspace->document()->isReadOnly();
    const int type = m_page ? m_page->current().first : -1;
    m_newAcademy->setEnabled(editable);
    m_newTrack->setEnabled(editable && m_page->currentAcademyId() != 0);
    m_newActivity->setEnabled(editable && m_page->currentTrackId() != 0);
    m_newSession->setEnabled(editable && type == int(EntityType::Activity));
    m_attendance->setEnabled(editable && type == int(EntityType::Activity));
    m_attendanceRates->setEnabled(m_page && m_page->currentAcademyId() != 0);
    m_duplicate->setEnabled(editable && (type == int(EntityType::Track) || type == int(EntityType::Activity)));
    m_rename->setEnabled(editable && type >= 0);
    m_delete->setEnabled(editable && type >= 0);
}

void ProgrammeActions::newAcademy()
{
    if (!m_workspace)
        return;
    AcademyDialog dialog(AcademyDialog::Mode::NewAcademy, m_workspace->document()->project().info.municipalityName,
                         m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ProjectEditor *editor = m_workspace->editor();
    const EditResult result =
        dialog.useTemplate() ? editor->addAcademyFromTemplate(dialog.academy()) : editor->addAcademy(dialog.academy());
    if (result.ok)
        m_page->showEntity(int(EntityType::Academy), result.id);
}

void ProgrammeActions::newTrack()
{
    if (!m_workspace || !m_page)
        return;
    const qint64 academyId = m_page->currentAcademyId();
    if (academyId == 0)
        return;
    Track track;
    track.academyId = academyId;
    track.kind = TrackKind::Custom;
    track.name = tr("New track");
    track.colour = AcademyTemplate::colour(TrackKind::Custom);
    const EditResult result = m_workspace->editor()->addTrack(track);
    if (result.ok) {
        m_page->showEntity(int(EntityType::Track), result.id);
        m_page->focusEditor();
    }
}

void ProgrammeActions::newActivity()
{
    if (!m_workspace || !m_page)
        return;
    const qint64 trackId = m_page->currentTrackId();
    if (trackId == 0)
        return;
    Activity activity;
    activity.trackId = trackId;
    activity.title = tr("New activity");
    const EditResult result = m_workspace->editor()->addActivity(activity);
    if (result.ok) {
        m_page->showEntity(int(EntityType::Activity), result.id);
        m_page->focusEditor();
    }
}

void ProgrammeActions::newSession()
{
    if (m_page && m_page->current().first == int(EntityType::Activity))
        m_page->activityForm()->addSession();
}

void ProgrammeActions::recordAttendance()
{
    if (!m_workspace || !m_page || m_page->current().first != int(EntityType::Activity))
        return;
    AttendanceDialog dialog(m_workspace, m_page->current().second, m_window);
    dialog.exec();
}

void ProgrammeActions::showAttendanceRates()
{
    if (!m_workspace || !m_page || m_page->currentAcademyId() == 0)
        return;
    AttendanceRatesDialog dialog(m_workspace->document()->project(), m_page->currentAcademyId(), m_window);
    dialog.exec();
}

void ProgrammeActions::duplicateSelected()
{
    if (!m_workspace || !m_page)
        return;
    const auto [type, id] = m_page->current();
    ProjectEditor *editor = m_workspace->editor();
    EditResult result;
    if (type == int(EntityType::Activity))
        result = editor->duplicateActivity(id);
    else if (type == int(EntityType::Track))
        result = editor->duplicateTrack(id);
    else
        return;
    // The copy is selected, so that F2 renames it and Delete takes it away again.
    if (result.ok)
        m_page->showEntity(type, result.id);
}

void ProgrammeActions::renameSelected()
{
    if (!m_page || !m_workspace || m_workspace->document()->isReadOnly())
        return;
    QTreeView *navigator = m_page->navigator();
    if (const QModelIndex current = navigator->currentIndex(); current.isValid()) {
        navigator->setFocus(Qt::OtherFocusReason);
        navigator->edit(current);
    }
}

void ProgrammeActions::deleteSelected()
{
    if (!m_workspace || !m_page)
        return;
    const auto [type, id] = m_page->current();
    if (type < 0)
        return;
    const Project &project = m_workspace->document()->project();
    // One sentence per kind, so that each language can inflect the noun as it must.
    QString question;
    switch (EntityType(type)) {
    case EntityType::Academy:
        question = tr("Delete the academy \"%1\"? Its tracks, activities, sessions and enrolments go too. You can "
                      "undo this.")
                       .arg(project.academies.find(id)->name);
        break;
    case EntityType::Track:
        question = tr("Delete the track \"%1\"? Its activities, sessions and enrolments go too. You can undo this.")
                       .arg(project.tracks.find(id)->name);
        break;
    default:
        question = tr("Delete the activity \"%1\"? Its sessions and enrolments go too. You can undo this.")
                       .arg(project.activities.find(id)->title);
        break;
    }
    const auto answer =
        QMessageBox::question(m_window, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_workspace->editor()->remove(EntityType(type), id);
}

} // namespace Akademiplan
