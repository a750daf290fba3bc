// SPDX-License-Identifier: MPL-2.0
// Dates and times as Danes type them into a field, with the year taken from the academy's period.
#include "catch.h"
#include "i18n/displaytext.h"
#include "i18n/typeddate.h"

using namespace Akademiplan;

TEST_CASE("a date is read in every form a Dane types it", "[typed-date]")
{
    // An academy from February 2027 to January 2028.
    const QDate start(2027, 2, 1);
    const QDate end(2028, 1, 31);
    const QDate today(2026, 12, 5);
    const QDate march4(2027, 3, 4);
    for (const char *typed : {"4.3", "4/3", "04.03", "4-3", "4.3.", "04.03.27", "4.3.27", "4.3.2027", "04.03.2027",
                              "04032027", "040327", "0403", " 4. 3. 2027 ", "2027-03-04", "4/3/2027"}) {
        INFO(typed);
        const TypedDate::Result result = TypedDate::parseDate(QString::fromUtf8(typed), start, end, today);
        CHECK(result.isValid());
        CHECK(result.date == march4);
    }
    // Without a year, the year that puts the day in the period: January is the next year's.
    CHECK(TypedDate::parseDate(QStringLiteral("15.1"), start, end, today).date == QDate(2028, 1, 15));
    // Without a period, this year.
    CHECK(TypedDate::parseDate(QStringLiteral("15.1"), {}, {}, today).date == QDate(2026, 1, 15));
    // New Year's Day falls in the period's second year.
    CHECK(TypedDate::parseDate(QStringLiteral("1.1"), start, end, today).date == QDate(2028, 1, 1));
}

TEST_CASE("a date that cannot be is refused with the reason and no date", "[typed-date]")
{
    const QDate today(2026, 12, 5);
    struct Case
    {
        const char *typed;
        const char *says;
    };
    for (const Case &bad : {Case{"31.2.2027", "There is no 31.02.2027"}, Case{"29.2.2027", "There is no 29.02.2027"},
                            Case{"4.13.2027", "no day 4 of month 13"}, Case{"32.1", "no day 32 of month 1"},
                            Case{"4.3.202", "is not a date"}, Case{"tomorrow", "is not a date"},
                            Case{"12345", "is not a date"}, Case{"", "Type a date"}}) {
        INFO(bad.typed);
        const TypedDate::Result result = TypedDate::parseDate(QString::fromUtf8(bad.typed), {}, {}, today);
        CHECK_FALSE(result.isValid());
        CHECK_FALSE(result.date.isValid());
        CHECK(result.error.contains(QString::fromUtf8(bad.says)));
    }
    // Without a year, the day that cannot be is named in the academy's first year.
    CHECK(TypedDate::parseDate(QStringLiteral("31.2"), QDate(2027, 2, 1), QDate(2027, 12, 17), today)
              .error.contains(QStringLiteral("31.02.2027")));
    // 29 February exists in a leap year.
    CHECK(TypedDate::parseDate(QStringLiteral("29.2.2028"), {}, {}, today).date == QDate(2028, 2, 29));
}

TEST_CASE("a time is read as 9 or 9.30 or 09:30 or 930 and refused past 23.59", "[typed-date]")
{
    CHECK(TypedDate::parseTime(QStringLiteral("9")).time == QTime(9, 0));
    CHECK(TypedDate::parseTime(QStringLiteral("9.30")).time == QTime(9, 30));
    CHECK(TypedDate::parseTime(QStringLiteral("09:30")).time == QTime(9, 30));
    CHECK(TypedDate::parseTime(QStringLiteral("930")).time == QTime(9, 30));
    CHECK(TypedDate::parseTime(QStringLiteral("1415")).time == QTime(14, 15));
    CHECK(TypedDate::parseTime(QStringLiteral(" 16 ")).time == QTime(16, 0));
    for (const char *bad : {"24", "9.75", "25:00", "noon", "9.3", ""}) {
        INFO(bad);
        const TypedDate::Result result = TypedDate::parseTime(QString::fromUtf8(bad));
        CHECK_FALSE(result.isValid());
        CHECK_FALSE(result.time.isValid());
        CHECK_FALSE(result.error.isEmpty());
    }
}

TEST_CASE("Danish times are written without a leading zero", "[typed-date]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    CHECK(DisplayText::time(QTime(9, 0)) == QStringLiteral("9.00"));
    CHECK(DisplayText::timeRange(QTime(9, 30), QTime(15, 0)) == QStringLiteral("9.30–15.00"));
    QLocale::setDefault(before);
}
