// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "exchange/calendarexport.h"
#include "outputoptions.h"
#include "pdfdocument.h"

#include <QCoreApplication>

#include <vector>

namespace Akademiplan {

class CalendarIndex;
class Project;
struct Session;

// One participant's own schedule as a typeset A4 document: who they are, then their sessions in
// date order with the activity, track and place, their activities with the facilitator, a note
// where an activity is one of several parallel groups, and the activities they are on the waiting
// list for. Which sessions are theirs is CalendarExport's rule, so the schedule and the person's
// calendar file always agree.
class PersonalSchedule
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PersonalSchedule)

public:
    // The person's schedule in the options' language: their sessions in the options' academy,
    // track or activity when one is set, else all of them.
    static PdfDocument document(const Project &project, qint64 participantId, const OutputOptions &options);

    // For the schedules of many people from one index. The documents are written in the language
    // installed while they are made (ScopedLanguage), which the caller sets once for all of them.
    PersonalSchedule(const CalendarIndex &index, const OutputOptions &options);

    // The scope of the person's calendar file, which holds the same sessions as their schedule.
    CalendarScope calendarScope(qint64 participantId) const;
    // The person's dated sessions in the scope, in date and time order.
    std::vector<const Session *> sessionsOf(qint64 participantId) const;
    PdfDocument documentOf(qint64 participantId) const;

private:
    const CalendarIndex &m_index;
    OutputOptions m_options;
};

} // namespace Akademiplan
