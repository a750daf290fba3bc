// SPDX-License-Identifier: MPL-2.0
// The Danish planning year as the planning checks will use it, against dates a Danish calendar
// prints: Easter and the holidays that follow it, Store bededag until 2023 and not after, the
// customary days off, the school holidays by region, and the municipal elections.
#include "catch.h"
#include "planning/danishcalendar.h"

using namespace Akademiplan;

namespace {

QString keyOf(const std::optional<CalendarDay> &day)
{
    return day ? day->key : QString();
}

} // namespace

TEST_CASE("Easter Sunday falls where the almanac has it", "[calendar]")
{
    CHECK(DanishCalendar::easterSunday(2023) == QDate(2023, 4, 9));
    CHECK(DanishCalendar::easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(DanishCalendar::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(DanishCalendar::easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(DanishCalendar::easterSunday(2027) == QDate(2027, 3, 28));
    CHECK(DanishCalendar::easterSunday(2038) == QDate(2038, 4, 25));
}

TEST_CASE("The public holidays of 2027 and Store bededag only until 2023", "[calendar]")
{
    const std::pair<QDate, const char *> holidays[] = {
        {QDate(2027, 1, 1), "new-years-day"},   {QDate(2027, 3, 25), "maundy-thursday"},
        {QDate(2027, 3, 26), "good-friday"},    {QDate(2027, 3, 28), "easter-sunday"},
        {QDate(2027, 3, 29), "easter-monday"},  {QDate(2027, 5, 6), "ascension-day"},
        {QDate(2027, 5, 16), "whit-sunday"},    {QDate(2027, 5, 17), "whit-monday"},
        {QDate(2027, 12, 25), "christmas-day"}, {QDate(2027, 12, 26), "boxing-day"},
    };
    for (const auto &[date, key] : holidays) {
        INFO(date.toString(Qt::ISODate).toStdString());
        CHECK(keyOf(DanishCalendar::publicHoliday(date)) == QLatin1String(key));
        CHECK(DanishCalendar::publicHoliday(date)->kind == CalendarDay::Kind::PublicHoliday);
    }
    int holidaysIn2027 = 0;
    for (QDate date(2027, 1, 1); date.year() == 2027; date = date.addDays(1))
        holidaysIn2027 += DanishCalendar::publicHoliday(date) ? 1 : 0;
    CHECK(holidaysIn2027 == 10);

    CHECK(keyOf(DanishCalendar::publicHoliday(QDate(2023, 5, 5))) == QStringLiteral("great-prayer-day"));
    CHECK_FALSE(DanishCalendar::publicHoliday(QDate(2024, 4, 26)));
    CHECK_FALSE(DanishCalendar::publicHoliday(QDate(2027, 4, 23)));
}

TEST_CASE("The customary days off", "[calendar]")
{
    CHECK(keyOf(DanishCalendar::customaryDayOff(QDate(2027, 6, 5))) == QStringLiteral("constitution-day"));
    CHECK(keyOf(DanishCalendar::customaryDayOff(QDate(2027, 12, 24))) == QStringLiteral("christmas-eve"));
    CHECK(keyOf(DanishCalendar::customaryDayOff(QDate(2027, 12, 29))) == QStringLiteral("between-christmas-and-new-year"));
    CHECK(keyOf(DanishCalendar::customaryDayOff(QDate(2027, 12, 31))) == QStringLiteral("new-years-eve"));
    CHECK(keyOf(DanishCalendar::customaryDayOff(QDate(2027, 5, 7))) == QStringLiteral("friday-after-ascension"));
    CHECK_FALSE(DanishCalendar::customaryDayOff(QDate(2027, 5, 10)));
    // A public holiday is said as such first.
    CHECK(DanishCalendar::dayOff(QDate(2027, 12, 25), QStringLiteral("Region Midtjylland"))->kind
          == CalendarDay::Kind::PublicHoliday);
}

TEST_CASE("The school holidays follow the region and the year", "[calendar]")
{
    const QString capital = QStringLiteral("Region Hovedstaden");
    const QString jutland = QStringLiteral("Region Midtjylland");
    // Week 7 of 2027 is 15 to 21 February, week 8 is 22 to 28 February.
    CHECK(keyOf(DanishCalendar::schoolHoliday(QDate(2027, 2, 16), capital)) == QStringLiteral("winter-holiday"));
    CHECK_FALSE(DanishCalendar::schoolHoliday(QDate(2027, 2, 16), jutland));
    CHECK(keyOf(DanishCalendar::schoolHoliday(QDate(2027, 2, 23), jutland)) == QStringLiteral("winter-holiday"));
    CHECK(DanishCalendar::winterHolidayWeek(QStringLiteral("Region Sjælland")) == 7);
    CHECK(DanishCalendar::winterHolidayWeek(QStringLiteral("Region Syddanmark")) == 8);
    // Week 42 of 2027 is 18 to 24 October.
    CHECK(keyOf(DanishCalendar::schoolHoliday(QDate(2027, 10, 19), jutland)) == QStringLiteral("autumn-holiday"));
    CHECK_FALSE(DanishCalendar::schoolHoliday(QDate(2027, 10, 26), jutland));
    // The last Saturday of June 2027 is the 26th; six weeks on, school starts on Monday 9 August.
    CHECK_FALSE(DanishCalendar::schoolHoliday(QDate(2027, 6, 25), jutland));
    CHECK(keyOf(DanishCalendar::schoolHoliday(QDate(2027, 6, 26), jutland)) == QStringLiteral("summer-holiday"));
    CHECK(keyOf(DanishCalendar::schoolHoliday(QDate(2027, 8, 8), jutland)) == QStringLiteral("summer-holiday"));
    CHECK_FALSE(DanishCalendar::schoolHoliday(QDate(2027, 8, 9), jutland));
    CHECK(keyOf(DanishCalendar::schoolHoliday(QDate(2027, 12, 22), jutland)) == QStringLiteral("christmas-holiday"));
    // Easter 2027 is 28 March: the school days of Holy Week before Maundy Thursday are off.
    CHECK(keyOf(DanishCalendar::schoolHoliday(QDate(2027, 3, 22), jutland)) == QStringLiteral("easter-holiday"));
    CHECK_FALSE(DanishCalendar::schoolHoliday(QDate(2027, 3, 19), jutland));
}

TEST_CASE("The municipal elections every fourth November", "[calendar]")
{
    CHECK(DanishCalendar::municipalElection(2025) == QDate(2025, 11, 18));
    CHECK(DanishCalendar::municipalElection(2029) == QDate(2029, 11, 20));
    CHECK(DanishCalendar::municipalElection(2033) == QDate(2033, 11, 15));
    CHECK_FALSE(DanishCalendar::municipalElection(2027).isValid());
    CHECK(DanishCalendar::nextMunicipalElection(QDate(2027, 2, 1)) == QDate(2029, 11, 20));
    CHECK(DanishCalendar::nextMunicipalElection(QDate(2025, 11, 18)) == QDate(2025, 11, 18));
    CHECK(DanishCalendar::nextMunicipalElection(QDate(2025, 11, 19)) == QDate(2029, 11, 20));
    CHECK(DanishCalendar::nextMunicipalElection(QDate(2020, 1, 1)) == QDate(2025, 11, 18));
}
