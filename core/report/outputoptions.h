// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/personname.h"

#include <QDate>
#include <QLocale>

namespace Akademiplan {

// What an output for one audience covers and in which language: the council's one page, run
// sheets, personal schedules, an invitation, the programme as a web page. The narrowest scope set
// wins; 0 means not narrowed (the academy then is the first one).
struct OutputOptions
{
    qint64 academyId = 0;
    qint64 trackId = 0;
    qint64 activityId = 0;
    qint64 sessionId = 0;     // one session, for a run sheet
    qint64 participantId = 0; // one person, for a personal schedule
    QLocale locale = QLocale(QLocale::Danish, QLocale::Denmark);
    // Participants' names where an output leaves them out by default (the web page).
    bool withParticipants = false;
    // How lists of people are sorted (a sign-in list): the window passes the order it shows.
    NameOrder nameOrder = NameOrder::FirstName;
    QDate planDate = QDate::currentDate();
};

} // namespace Akademiplan
