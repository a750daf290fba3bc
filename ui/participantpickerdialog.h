// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Akademiplan {

class ParticipantFilterBar;
class ParticipantFilterProxy;
class Workspace;

// Picks people to enrol in a track or an activity: search, role and organisation filters, those
// already enrolled (here or in another group of the same course) hidden or greyed out, and the
// places left against the number chosen.
class ParticipantPickerDialog : public QDialog
{
    Q_OBJECT

public:
    // Exactly one of trackId and activityId is set.
    ParticipantPickerDialog(Workspace *workspace, const QString &title, qint64 trackId, qint64 activityId,
                            QWidget *parent = nullptr);

    QList<qint64> selectedIds() const;
    ParticipantFilterBar *filterBar() const { return m_filters; }
    QCheckBox *showEnrolled() const { return m_showEnrolled; }
    QTableView *table() const { return m_table; }
    QLabel *placesLabel() const { return m_places; }

private:
    // Who cannot be enrolled here, and why.
    QHash<qint64, QString> alreadyEnrolled() const;
    void updatePlaces();

    Workspace *m_workspace;
    qint64 m_trackId;
    qint64 m_activityId;
    ParticipantFilterProxy *m_proxy;
    ParticipantFilterBar *m_filters;
    QCheckBox *m_showEnrolled;
    QTableView *m_table;
    QLabel *m_places;
    QPushButton *m_enrol = nullptr;
};

} // namespace Akademiplan
