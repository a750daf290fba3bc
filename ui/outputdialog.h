// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "report/outputoptions.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Akademiplan {

class Workspace;
class CalendarIndex;
class ParticipantChooser;
struct PdfDocument;

// File › Export's outputs for one audience: the council's one page, the facilitators' run
// sheets, the participants' own schedules and the programme as a web page. The consultant
// chooses what it covers (an academy, a track, an activity, one session or one person, as the
// output takes) and the language, looks at it, and saves it.
class OutputDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { OnePager, RunSheets, Schedules, WebPage };

    // `start` preselects the academy, track or activity the consultant is looking at.
    OutputDialog(Kind kind, Workspace *workspace, const OutputOptions &start, QWidget *parent = nullptr);
    ~OutputDialog() override;

    OutputOptions options() const;
    // The file or folder written, once the dialog was accepted by saving.
    QString writtenPath() const { return m_writtenPath; }

    void save();
    void preview();
    void print();

private:
    QString title() const;
    void addScopes(const OutputOptions &start);
    void fillSessions();
    void updateSummary();
    PdfDocument document() const;
    // The people a schedule export covers now: the one chosen, or everyone in the scope.
    QList<qint64> scheduleParticipants() const;
    void saveSchedules();
    void saveWebPage();

    Kind m_kind;
    Workspace *m_workspace;
    QString m_writtenPath;
    QComboBox *m_scope;
    QComboBox *m_session = nullptr;
    QRadioButton *m_scopeChoice = nullptr;
    QRadioButton *m_personChoice = nullptr;
    ParticipantChooser *m_participant = nullptr;
    QComboBox *m_language;
    QCheckBox *m_withParticipants = nullptr;
    QLabel *m_summary;
    QList<QPushButton *> m_actions;
    QList<OutputOptions> m_scopes; // per item of m_scope
    // "Name <e-mail>" and the e-mail address alone, in lower case, to the person.
    mutable std::unique_ptr<CalendarIndex> m_index; // for the schedules: whose they are
};

} // namespace Akademiplan
