// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "outputoptions.h"
#include "storage/tombstone.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Akademiplan {

class CalendarIndex;
class Project;

// Every person's own schedule in one folder, for a secretary to send: per person with sessions a
// PDF (PersonalSchedule) and an iCalendar file (CalendarExport, with the UIDs and SEQUENCE of
// every other calendar export) of the same name, and a list of them all for a mail merge
// (docs/schedules.md).
//
// The people are those with an enrolment that is not cancelled in the options' academy (in any of
// its tracks or their activities), track (in it or its activities) or activity, or the one
// participant the options name; each schedule holds their sessions there. The content is made in
// the calling thread, in the options' language; the PDFs are painted on all cores, each on a
// QPdfWriter of its own (Qt allows painting on print devices outside the GUI thread), and every
// file is written whole by QSaveFile.
class ScheduleFolder
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ScheduleFolder)

public:
    // One line of the list.
    struct Person
    {
        qint64 participantId = 0;
        int sessions = 0;
        QString fileName; // without extension; empty for someone without sessions, who gets no files
    };

    struct Written
    {
        std::vector<Person> people; // in the list's order, by name
        int withFiles = 0;
        QString listPath;
    };

    // The people of the options' scope in the list's order (by name, as the language sorts), with
    // their number of sessions and the names of their files.
    static std::vector<Person> people(const CalendarIndex &index, const OutputOptions &options);

    // Writes the files into `folder`, made when missing (its parent must exist), replacing files of
    // the same names and leaving any other file alone. False with the reason when a file cannot be
    // written; the files written before it stay.
    static bool write(const Project &project, const OutputOptions &options,
                      const std::vector<Tombstone> &removedSessions, const QString &folder, Written *written,
                      QString *error);

    // The list's file name in the options' language.
    static QString listFileName(const OutputOptions &options);
};

} // namespace Akademiplan
