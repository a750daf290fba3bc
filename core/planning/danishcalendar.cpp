// SPDX-License-Identifier: MPL-2.0
#include "danishcalendar.h"

namespace Akademiplan {

namespace {

CalendarDay day(CalendarDay::Kind kind, const char *key, const QString &name)
{
    return {kind, QLatin1String(key), name};
}

// The last Saturday of June, when the schools' summer holiday begins.
QDate summerHolidayStart(int year)
{
    QDate date(year, 6, 30);
    while (date.dayOfWeek() != Qt::Saturday)
        date = date.addDays(-1);
    return date;
}

constexpr int firstElectionYear = 2025;

} // namespace

QDate DanishCalendar::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, dayOfMonth);
}

std::optional<CalendarDay> DanishCalendar::publicHoliday(const QDate &date)
{
    using Kind = CalendarDay::Kind;
    if (!date.isValid())
        return std::nullopt;
    if (date.month() == 1 && date.day() == 1)
        return day(Kind::PublicHoliday, "new-years-day", tr("New Year's Day"));
    if (date.month() == 12 && date.day() == 25)
        return day(Kind::PublicHoliday, "christmas-day", tr("Christmas Day"));
    if (date.month() == 12 && date.day() == 26)
        return day(Kind::PublicHoliday, "boxing-day", tr("Boxing Day"));
    switch (easterSunday(date.year()).daysTo(date)) {
    case -3: return day(Kind::PublicHoliday, "maundy-thursday", tr("Maundy Thursday"));
    case -2: return day(Kind::PublicHoliday, "good-friday", tr("Good Friday"));
    case 0: return day(Kind::PublicHoliday, "easter-sunday", tr("Easter Sunday"));
    case 1: return day(Kind::PublicHoliday, "easter-monday", tr("Easter Monday"));
    case 26:
        // Abolished as a public holiday by law from 2024.
        if (date.year() <= 2023)
            return day(Kind::PublicHoliday, "great-prayer-day", tr("Great Prayer Day"));
        break;
    case 39: return day(Kind::PublicHoliday, "ascension-day", tr("Ascension Day"));
    case 49: return day(Kind::PublicHoliday, "whit-sunday", tr("Whit Sunday"));
    case 50: return day(Kind::PublicHoliday, "whit-monday", tr("Whit Monday"));
    default: break;
    }
    return std::nullopt;
}

std::optional<CalendarDay> DanishCalendar::customaryDayOff(const QDate &date)
{
    using Kind = CalendarDay::Kind;
    if (!date.isValid())
        return std::nullopt;
    if (date.month() == 6 && date.day() == 5)
        return day(Kind::CustomaryDayOff, "constitution-day", tr("Constitution Day"));
    if (date.month() == 12 && date.day() == 24)
        return day(Kind::CustomaryDayOff, "christmas-eve", tr("Christmas Eve"));
    if (date.month() == 12 && date.day() == 31)
        return day(Kind::CustomaryDayOff, "new-years-eve", tr("New Year's Eve"));
    if (date.month() == 12 && date.day() >= 27)
        return day(Kind::CustomaryDayOff, "between-christmas-and-new-year", tr("Between Christmas and New Year"));
    if (easterSunday(date.year()).daysTo(date) == 40)
        return day(Kind::CustomaryDayOff, "friday-after-ascension", tr("The Friday after Ascension Day"));
    return std::nullopt;
}

int DanishCalendar::winterHolidayWeek(const QString &region)
{
    return region == u"Region Hovedstaden" || region == u"Region Sjælland" ? 7 : 8;
}

std::optional<CalendarDay> DanishCalendar::schoolHoliday(const QDate &date, const QString &region)
{
    using Kind = CalendarDay::Kind;
    if (!date.isValid())
        return std::nullopt;
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    if (weekYear == date.year() && week == winterHolidayWeek(region))
        return day(Kind::SchoolHoliday, "winter-holiday", tr("Winter holiday (week %1)").arg(week));
    if (weekYear == date.year() && week == 42)
        return day(Kind::SchoolHoliday, "autumn-holiday", tr("Autumn holiday (week 42)"));
    const QDate summer = summerHolidayStart(date.year());
    if (date >= summer && date < summer.addDays(7 * 6 + 2))
        return day(Kind::SchoolHoliday, "summer-holiday", tr("Summer holiday"));
    if ((date.month() == 12 && date.day() >= 21) || (date.month() == 1 && date.day() <= 1))
        return day(Kind::SchoolHoliday, "christmas-holiday", tr("Christmas holiday"));
    // The schools close from the Saturday before Palm Sunday; the days to Maundy Thursday are
    // school holiday, the rest public holidays.
    const qint64 toEaster = date.daysTo(easterSunday(date.year()));
    if (toEaster >= 4 && toEaster <= 8)
        return day(Kind::SchoolHoliday, "easter-holiday", tr("Easter holiday"));
    return std::nullopt;
}

std::optional<CalendarDay> DanishCalendar::dayOff(const QDate &date, const QString &region)
{
    if (auto holiday = publicHoliday(date))
        return holiday;
    if (auto customary = customaryDayOff(date))
        return customary;
    return schoolHoliday(date, region);
}

QDate DanishCalendar::municipalElection(int year)
{
    if (year < firstElectionYear || (year - firstElectionYear) % 4 != 0)
        return {};
    QDate date(year, 11, 1);
    while (date.dayOfWeek() != Qt::Tuesday)
        date = date.addDays(1);
    return date.addDays(14);
}

QDate DanishCalendar::nextMunicipalElection(const QDate &date)
{
    int year = std::max(date.year(), firstElectionYear);
    year += (4 - (year - firstElectionYear) % 4) % 4;
    QDate election = municipalElection(year);
    if (election < date)
        election = municipalElection(year + 4);
    return election;
}

} // namespace Akademiplan
