// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

// --export-ics: the sessions of the file, or of one academy, track, activity or person, as an
// iCalendar file for Outlook, Google Calendar and Apple Calendar (docs/calendar.md).
class CalendarCommand
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::CalendarCommand)

public:
    struct Names
    {
        QString academy;     // null when not given
        QString track;
        QString activity;
        QString participant; // an e-mail address
    };
    static int run(const QString &outPath, const QString &projectPath, const Names &names);
};

} // namespace Akademiplan
