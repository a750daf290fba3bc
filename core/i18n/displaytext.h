// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

namespace Akademiplan {

// Dates, times and weeks as a Dane (or an English reader) writes them, in the UI's
// locale (amounts: MoneyFormat). Week numbers are ISO 8601 whatever the language, as Danish
// planning uses them.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::DisplayText)

public:
    static QString date(const QDate &date);     // "tirsdag 3. marts 2027"
    static QString shortDate(const QDate &date); // "03.03.2027"
    static QString dayMonthYear(const QDate &date); // "3. marts 2027" / "3 March 2027"
    static QString weekday(const QDate &date);   // "tirsdag"
    static QString dayMonth(const QDate &date);  // "ti 3.3." / "Tue 3 Mar": a column header
    static QString percent(double fraction);     // "75 %" / "75%", rounded to a whole number
    static QString week(const QDate &date);      // "uge 9"
    static QString time(const QTime &time);      // "13.00" / "13:00"
    static QString timeRange(const QTime &start, const QTime &end);
    static QString number(qint64 value);
};

} // namespace Akademiplan
