// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Akademiplan {

// A day a municipality does not work, or works at half strength, and why.
struct CalendarDay
{
    enum class Kind {
        PublicHoliday,   // a helligdag: nothing is planned
        CustomaryDayOff, // Grundlovsdag, 24 and 31 December, the days between Christmas and New
                         // Year, the Friday after Ascension: many are off
        SchoolHoliday    // a school holiday week: staff with children are away
    };
    Kind kind = Kind::PublicHoliday;
    QString key;  // stable, e.g. "easter-monday", "winter-holiday"
    QString name; // in the UI language: "2. påskedag", "Vinterferie (uge 7)"
};

// The Danish planning year, computed for any year rather than listed: the public holidays from the Gregorian Easter, Store
// bededag until it was abolished in 2024, the customary days off, the school holidays (winter
// week 7 in the capital region and Zealand, week 8 elsewhere; autumn week 42; summer from the
// last Saturday of June; Christmas; the school days before Easter), and the municipal elections
// on the third Tuesday of November every fourth year from 2025.
class DanishCalendar
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::DanishCalendar)

public:
    static QDate easterSunday(int year);
    // The public holiday on `date`, if it is one.
    static std::optional<CalendarDay> publicHoliday(const QDate &date);
    static std::optional<CalendarDay> customaryDayOff(const QDate &date);
    // `region` as kommuner.csv names it ("Region Hovedstaden"): it decides the winter week.
    static std::optional<CalendarDay> schoolHoliday(const QDate &date, const QString &region);
    // The first day off the date is, checked in the order above.
    static std::optional<CalendarDay> dayOff(const QDate &date, const QString &region);

    static int winterHolidayWeek(const QString &region);
    // The municipal election of `year`, or an invalid date in a year without one.
    static QDate municipalElection(int year);
    // The first municipal election on or after `date`.
    static QDate nextMunicipalElection(const QDate &date);
};

} // namespace Akademiplan
