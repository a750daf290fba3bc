// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "exchange/calendarexport.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Akademiplan {

class ParticipantChooser;

class Document;

// File › Export › Calendar: whose sessions (the whole programme, an academy, a track or an
// activity, or one participant's own), then save them as an iCalendar file for Outlook, Google
// Calendar or Apple Calendar. The removed sessions whose tombstones the document keeps go with
// it as cancelled.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarExportDialog(Document &document, QWidget *parent = nullptr);

    // Whose sessions, as chosen now; no participant while the one typed matches nobody.
    CalendarScope scope() const;
    // The file written, once the dialog was accepted by saving one.
    QString writtenPath() const { return m_writtenPath; }

    void exportCalendar();
    // Writes the calendar of the chosen scope to `path`; false, after telling the user why,
    // when it cannot be written.
    bool writeTo(const QString &path);

private:
    void updateSummary();

    Document &m_document;
    QString m_writtenPath;
    QRadioButton *m_programmeChoice;
    QRadioButton *m_participantChoice;
    QComboBox *m_programme;
    ParticipantChooser *m_participant;
    QLabel *m_summary;
    QPushButton *m_save;
    QList<CalendarScope> m_scopes; // per item of m_programme
    // "Name <e-mail>" and the e-mail address alone, in lower case, to the person.
};

} // namespace Akademiplan
