// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityform.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTableView;

namespace Akademiplan {

class EnrolmentPanel;
class PartnerLine;

// Edits an activity: kind, title, description, facilitator, location, capacity and the materials
// to bring, its dated sessions in a table (each with its agenda), and the people enrolled in it.
// What it costs is in the academy's budget.
class ActivityForm : public EntityForm
{
    Q_OBJECT

public:
    explicit ActivityForm(Workspace *workspace, QWidget *parent = nullptr);

    EnrolmentPanel *enrolments() const { return m_enrolments; }
    PartnerLine *partners() const { return m_partners; }
    QTableView *sessionTable() const { return m_sessions; }
    // Details, sessions and participants, one above the other.
    QSplitter *sections() const { return m_sections; }

    void addSession();
    void duplicateSession();
    void deleteSessions();
    // The grid of who came to which session, in a dialog of its own: it needs the room.
    void recordAttendance();
    // The timed agenda of the selected session (the only one, when the activity has one).
    void editAgenda();
    // The session whose agenda Agenda… edits, or 0.
    qint64 agendaSession() const;

protected:
    void load() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<qint64> selectedSessions() const;
    // The courses of this activity's track that run in parallel groups, to join one of them.
    void fillParallelGroups(const Activity &activity);
    // Until the consultant divides the sections by hand: the sessions as tall as their rows (a
    // few at least, a screenful at most), the participants the rest.
    void fitSections();

    QComboBox *m_kind;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_materials;
    QLineEdit *m_facilitator;
    QLineEdit *m_location;
    QSpinBox *m_capacity;
    QComboBox *m_parallelGroup;
    QLabel *m_groupNote;
    QSortFilterProxyModel *m_sessionProxy;
    QTableView *m_sessions;
    QPushButton *m_agenda;
    EnrolmentPanel *m_enrolments;
    PartnerLine *m_partners;
    QSplitter *m_sections;
    QWidget *m_sessionsSection;
    bool m_dividedByHand = false; // then the division is the consultant's, kept in the settings
};

} // namespace Akademiplan
