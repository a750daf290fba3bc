// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planning/enrolmentplanner.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QTableView;

namespace Akademiplan {

class ParticipantFilterProxy;
class Workspace;

// Who takes part in one track or one activity: the enrolled people with their status, the
// places taken against the capacity, the coverage of the target groups ("Managers: 54 of 60
// enrolled"), and enrolling singly or in bulk.
class EnrolmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EnrolmentPanel(Workspace *workspace, QWidget *parent = nullptr);

    void showTrack(qint64 trackId);
    void showActivity(qint64 activityId);
    // Where "Enrol the selection in Participants" gets its people from.
    void setSelectionProvider(std::function<QList<qint64>()> provider);
    QTableView *table() const { return m_table; }

    void enrolRole(int role);
    void enrol(const QList<qint64> &participantIds);
    // Enrols people in a track or an activity (the other id 0) as one undo step: asks `owner`'s
    // user how to share them out over parallel groups when that matters, and says afterwards who
    // went on a waiting list or was already in a group.
    static void enrol(Workspace *workspace, QWidget *owner, qint64 trackId, qint64 activityId,
                      const QList<qint64> &participantIds);

private:
    void updateSummary();
    // How to share people out over parallel groups: asked when it matters; nothing if cancelled.
    static std::optional<GroupSpread> chooseSpread(const Project &project, QWidget *owner, qint64 trackId,
                                                   qint64 activityId, int people);
    void pickPeople();
    void setStatusOfSelection(int status);
    void removeSelection();
    QList<qint64> selectedEnrolments() const;

    Workspace *m_workspace;
    qint64 m_trackId = 0;
    qint64 m_activityId = 0;
    ParticipantFilterProxy *m_proxy;
    QTableView *m_table;
    QLabel *m_summary;
    std::function<QList<qint64>()> m_selectionProvider;
};

} // namespace Akademiplan
