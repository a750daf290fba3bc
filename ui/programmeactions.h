// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Akademiplan {

class ProgrammePage;
class Workspace;

// The Programme menu: new academy, track, activity and session, and duplicating, renaming and
// deleting what is selected in the navigator. New rows are selected so the consultant can type straight away.
class ProgrammeActions : public QObject
{
    Q_OBJECT

public:
    explicit ProgrammeActions(QWidget *window);

    void fillMenu(QMenu *menu);
    void setWorkspace(Workspace *workspace, ProgrammePage *page);
    // For the toolbar, once fillMenu() has made them.
    QList<QAction *> newActions() const { return {m_newAcademy, m_newTrack, m_newActivity, m_newSession}; }

    void newAcademy();
    void newTrack();
    void newActivity();
    void newSession();
    // A copy of the selected activity (with its sessions) or track (with its activities), as
    // one undo step, selected in the navigator.
    void duplicateSelected();
    // Edits the selected row's name in the navigator.
    void renameSelected();
    void deleteSelected();
    // The attendance grid of the selected activity.
    void recordAttendance();
    // The academy's attendance per track, activity and role.
    void showAttendanceRates();

private:
    // Delete, Enter and a context menu in the navigator, as in any file manager.
    void attachToNavigator(ProgrammePage *page);
    void updateActions();

    QWidget *m_window;
    Workspace *m_workspace = nullptr;
    ProgrammePage *m_page = nullptr;
    QAction *m_newAcademy = nullptr;
    QAction *m_newTrack = nullptr;
    QAction *m_newActivity = nullptr;
    QAction *m_newSession = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_attendance = nullptr;
    QAction *m_attendanceRates = nullptr;
};

} // namespace Akademiplan
