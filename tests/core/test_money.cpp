// SPDX-License-Identifier: MPL-2.0
// Money in a budget: exact øre, rounded half away from zero where a share is taken, written and
// typed as a Dane (or an English reader) writes it. Every expected value is worked out by hand.
#include "budget/money.h"
#include "budget/moneyformat.h"
#include "budget/typedmoney.h"
#include "catch.h"

#include <limits>

using namespace Akademiplan;

namespace {

const QLocale danish(QLocale::Danish, QLocale::Denmark);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);
constexpr qint64 largest = std::numeric_limits<qint64>::max(); // 92.233.720.368.547.758,07 kr.

Money ore(qint64 value)
{
    return Money::fromOre(value);
}

Money kroner(qint64 value)
{
    return Money::fromKroner(value);
}

} // namespace

TEST_CASE("amounts add up to the øre with no floating-point drift", "[money]")
{
    // 0.1 + 0.2 is 0.30000000000000004 in a double; in øre it is 30.
    CHECK((ore(10) + ore(20)).ore() == 30);
    CHECK(ore(10) + ore(20) == ore(30));
    Money total;
    for (int i = 0; i < 1'000'000; ++i)
        total += ore(10);
    CHECK(total.ore() == 10'000'000); // a million times 0,10 kr. is 100.000,00 kr.
    for (int i = 0; i < 1'000'000; ++i)
        total -= ore(10);
    CHECK(total.isZero());

    CHECK(kroner(12'500).ore() == 1'250'000);
    CHECK(kroner(-250).ore() == -25'000);
    CHECK((kroner(100) - ore(1)).ore() == 9'999);
    CHECK((-ore(125'050)).ore() == -125'050);
    CHECK((-ore(-7)).ore() == 7);
    Money balance = kroner(1'000);
    balance -= ore(1'250'050);
    CHECK(balance.ore() == -1'150'050);
    CHECK(balance.isNegative());
    balance += kroner(11'500);
    CHECK(balance.ore() == -50);

    CHECK(ore(1) > Money());
    CHECK(ore(-1) < Money());
    CHECK(kroner(12'500) == ore(1'250'000));
    CHECK(kroner(12'500) != ore(1'250'001));
    CHECK(kroner(12'499) < ore(1'249'901));
    CHECK(kroner(12'499) >= ore(1'249'900));
}

TEST_CASE("a rate times a quantity is exact and a rate per unit rounds once", "[money]")
{
    // 333,33 kr. three times is 999,99 kr., not 1.000 kr.
    CHECK(ore(33'333).times(3).ore() == 99'999);
    // A day-course package of 675 kr. for 24 participants on 2 days.
    CHECK(kroner(675).times(24).times(2).ore() == 3'240'000);
    CHECK(kroner(675).times(0).isZero());
    CHECK(kroner(1'000).times(-3).ore() == -300'000);

    // A manager's 523.000 kr. a year over 1.924 hours: 52.300.000 / 1.924 = 27.182,95… øre.
    CHECK(kroner(523'000).times(1, 1924).ore() == 27'183);
    // 46.440 kr. a month over 12 months is exact.
    CHECK(kroner(46'440).times(1, 12).ore() == 387'000);
    // 2 hours and 20 minutes (7/3 h) at 271,83 kr.: 63.427 øre exactly.
    CHECK(ore(27'183).times(7, 3).ore() == 63'427);
    // 1 øre over 3 is a third: down to 0; 2 øre over 3 is two thirds: up to 1.
    CHECK(ore(1).times(1, 3).ore() == 0);
    CHECK(ore(2).times(1, 3).ore() == 1);
    CHECK(ore(-2).times(1, 3).ore() == -1);
    // ore × quantity (1,2·10^19) is beyond 64 bits, the result (3·10^18) is not.
    CHECK(ore(4'000'000'000'000'000'000).times(3, 4).ore() == 3'000'000'000'000'000'000);
    CHECK(ore(-4'000'000'000'000'000'000).times(3, 4).ore() == -3'000'000'000'000'000'000);
    CHECK(ore(3).times(3'000'000'000'000'000'001, 1'000'000'000).ore() == 9'000'000'000);
}

TEST_CASE("a percentage rounds half away from zero to the øre", "[money]")
{
    // The competence fund's 80 %: on odd øre never a half, so it rounds to the nearer øre.
    CHECK(kroner(25'000).percent(80'00).ore() == 2'000'000);
    CHECK(ore(1'234'567).percent(80'00).ore() == 987'654);   // 9.876,536 kr.
    CHECK(ore(3'125'001).percent(80'00).ore() == 2'500'001); // 25.000,008 kr.
    CHECK(ore(3).percent(80'00).ore() == 2);                 // 2,4 øre
    CHECK(ore(7).percent(80'00).ore() == 6);                 // 5,6 øre
    CHECK(ore(-3).percent(80'00).ore() == -2);
    CHECK(ore(-7).percent(80'00).ore() == -6);
    // The workplace's 20 % and the fund's 80 % of an odd amount: 1 øre is 0,2 and 0,8 øre.
    CHECK(ore(1).percent(20'00).ore() == 0);
    CHECK(ore(1).percent(80'00).ore() == 1);

    // Exact halves go away from zero, on both sides.
    CHECK(ore(1).percent(50'00).ore() == 1);
    CHECK(ore(3).percent(50'00).ore() == 2);
    CHECK(ore(-1).percent(50'00).ore() == -1);
    CHECK(ore(-3).percent(50'00).ore() == -2);
    CHECK(ore(4).percent(12'50).ore() == 1);
    CHECK(kroner(100).percent(12'50).ore() == 1'250);
    CHECK(ore(5).percent(10'00).ore() == 1);   // 0,5 øre
    CHECK(ore(-5).percent(10'00).ore() == -1); // -0,5 øre
    CHECK(ore(4).percent(10'00).ore() == 0);   // 0,4 øre
    CHECK(kroner(200).percent(100'00).ore() == 20'000);
    CHECK(kroner(200).percent(0).isZero());
}

TEST_CASE("VAT of 25 per cent is added and taken off to the øre", "[money]")
{
    CHECK(kroner(12'500).withVat().ore() == 1'562'500);
    CHECK(kroner(15'625).withoutVat().ore() == 1'250'000);
    // Full board of 1.675 kr. with VAT is 1.340 kr. without.
    CHECK(kroner(1'675).withoutVat().ore() == 134'000);
    // 0,01 kr.: 1,25 øre with VAT and 0,8 øre without, both 1 øre.
    CHECK(ore(1).withVat().ore() == 1);
    CHECK(ore(1).withoutVat().ore() == 1);
    // 0,02 kr.: 2,5 øre with VAT rounds up to 3; 1,6 øre without rounds to 2.
    CHECK(ore(2).withVat().ore() == 3);
    CHECK(ore(2).withoutVat().ore() == 2);
    // 333,33 kr.: 416,6625 kr. with VAT and 266,664 kr. without.
    CHECK(ore(33'333).withVat().ore() == 41'666);
    CHECK(ore(33'333).withoutVat().ore() == 26'666);
    // A credit rounds the same way, away from zero.
    CHECK(ore(-2).withVat().ore() == -3);
    CHECK(ore(-33'333).withVat().ore() == -41'666);
    CHECK(ore(-33'333).withoutVat().ore() == -26'666);

    // From without VAT to with and back is always the amount typed...
    for (qint64 amount = -10'000; amount <= 10'000; ++amount) {
        INFO(amount);
        CHECK(ore(amount).withVat().withoutVat().ore() == amount);
    }
    // ...but 2 øre with VAT is 1,6 øre without, which is 2 øre, which is 2,5 → 3 øre with VAT.
    CHECK(ore(2).withoutVat().withVat().ore() == 3);
}

TEST_CASE("an amount too large for 64 bits stays at the limit with its sign", "[money]")
{
    CHECK(ore(largest).times(2).ore() == largest);
    CHECK(ore(largest).times(2).isAtLimit());
    CHECK(ore(largest).times(-2).ore() == -largest);
    CHECK(ore(-1'000'000'000'000'000'000).times(10).ore() == -largest);
    CHECK(ore(largest).times(3, 2).ore() == largest);
    CHECK(ore(-largest).times(3, 2).ore() == -largest);
    CHECK(kroner(100'000'000'000'000'000).ore() == largest); // 10^19 øre
    CHECK((ore(largest) + ore(1)).ore() == largest);
    CHECK((ore(-largest) - ore(5)).ore() == -largest);
    CHECK((ore(largest) - ore(-1)).ore() == largest);
    // The limits are symmetric, so even the smallest 64-bit number can be negated.
    CHECK(ore(std::numeric_limits<qint64>::min()).ore() == -largest);
    CHECK((-ore(std::numeric_limits<qint64>::min())).ore() == largest);
    CHECK((ore(largest) + ore(-largest)).isZero());
    // A saturated total added to more stays saturated rather than wrapping to a negative.
    CHECK((ore(largest).times(2) + kroner(1'000)).ore() == largest);
    // An ordinary amount is nowhere near.
    CHECK_FALSE(kroner(1'234'567'890).times(1'000).isAtLimit());
}

TEST_CASE("an amount is written the Danish way in Danish and with DKK in English", "[money]")
{
    struct Case
    {
        qint64 ore;
        const char *danish;
        const char *english;
    };
    for (const Case &c :
         {Case{1'250'000, "12.500,00 kr.", "DKK 12,500.00"}, Case{-125'050, "-1.250,50 kr.", "-DKK 1,250.50"},
          Case{0, "0,00 kr.", "DKK 0.00"}, Case{5, "0,05 kr.", "DKK 0.05"}, Case{-5, "-0,05 kr.", "-DKK 0.05"},
          Case{99'900, "999,00 kr.", "DKK 999.00"}, Case{100'000, "1.000,00 kr.", "DKK 1,000.00"},
          Case{10'000'010, "100.000,10 kr.", "DKK 100,000.10"},
          Case{123'456'789'012, "1.234.567.890,12 kr.", "DKK 1,234,567,890.12"},
          Case{largest, "92.233.720.368.547.758,07 kr.", "DKK 92,233,720,368,547,758.07"},
          Case{-largest, "-92.233.720.368.547.758,07 kr.", "-DKK 92,233,720,368,547,758.07"}}) {
        INFO(c.ore);
        CHECK(MoneyFormat::text(ore(c.ore), MoneyFormat::Ore::Always, danish) == QString::fromUtf8(c.danish));
        CHECK(MoneyFormat::text(ore(c.ore), MoneyFormat::Ore::Always, english) == QString::fromUtf8(c.english));
    }
    // An English locale of Denmark groups with a point in Qt; a budget in English still reads 12,500.00.
    CHECK(MoneyFormat::text(kroner(12'500), MoneyFormat::Ore::Always, QLocale(QLocale::English, QLocale::Denmark)) ==
          QStringLiteral("DKK 12,500.00"));
    CHECK(MoneyFormat::text(kroner(12'500), MoneyFormat::Ore::Always, QLocale(QLocale::German, QLocale::Germany)) ==
          QStringLiteral("DKK 12,500.00"));

    // The number alone, for a field or a column headed "kr.".
    CHECK(MoneyFormat::number(ore(-125'050), MoneyFormat::Ore::Always, danish) == QStringLiteral("-1.250,50"));
    CHECK(MoneyFormat::number(ore(-125'050), MoneyFormat::Ore::Always, english) == QStringLiteral("-1,250.50"));
}

TEST_CASE("the short form leaves out the øre only when there are none", "[money]")
{
    const MoneyFormat::Ore shortForm = MoneyFormat::Ore::OmitWhenZero;
    CHECK(MoneyFormat::text(kroner(12'500), shortForm, danish) == QStringLiteral("12.500 kr."));
    CHECK(MoneyFormat::text(kroner(12'500), shortForm, english) == QStringLiteral("DKK 12,500"));
    CHECK(MoneyFormat::text(ore(1'250'050), shortForm, danish) == QStringLiteral("12.500,50 kr."));
    CHECK(MoneyFormat::text(ore(1'250'001), shortForm, english) == QStringLiteral("DKK 12,500.01"));
    CHECK(MoneyFormat::text(kroner(-250), shortForm, danish) == QStringLiteral("-250 kr."));
    CHECK(MoneyFormat::text(Money(), shortForm, danish) == QStringLiteral("0 kr."));
    CHECK(MoneyFormat::number(kroner(1'000'000), shortForm, danish) == QStringLiteral("1.000.000"));
}

TEST_CASE("without a locale an amount is written in the UI's language", "[money]")
{
    const QLocale before;
    QLocale::setDefault(danish);
    CHECK(MoneyFormat::text(kroner(12'500)) == QStringLiteral("12.500,00 kr."));
    QLocale::setDefault(english);
    CHECK(MoneyFormat::text(kroner(12'500)) == QStringLiteral("DKK 12,500.00"));
    QLocale::setDefault(before);
}

TEST_CASE("files get a plain number with a point whatever the language", "[money]")
{
    const QLocale before;
    QLocale::setDefault(danish);
    CHECK(MoneyFormat::plain(kroner(12'500)) == QStringLiteral("12500.00"));
    CHECK(MoneyFormat::plain(ore(-125'050)) == QStringLiteral("-1250.50"));
    CHECK(MoneyFormat::plain(Money()) == QStringLiteral("0.00"));
    CHECK(MoneyFormat::plain(ore(5)) == QStringLiteral("0.05"));
    CHECK(MoneyFormat::plain(ore(123'456'789'012)) == QStringLiteral("1234567890.12"));
    QLocale::setDefault(before);
}

TEST_CASE("an amount is read in every form a Dane types it", "[money]")
{
    struct Case
    {
        const char *typed;
        qint64 ore;
    };
    for (const Case &c : {Case{"12.500,00", 1'250'000},
                          Case{"12500", 1'250'000},
                          Case{"12 500", 1'250'000},
                          Case{"12.500", 1'250'000},
                          Case{"12500,5", 1'250'050},
                          Case{"kr. 12.500", 1'250'000},
                          Case{"12.500 kr.", 1'250'000},
                          Case{"12.500 kr", 1'250'000},
                          Case{"12500kr.", 1'250'000},
                          Case{"DKK 12.500", 1'250'000},
                          Case{"-250", -25'000},
                          Case{"250,-", 25'000},
                          Case{"12.500,-", 1'250'000},
                          Case{"250,- kr.", 25'000},
                          Case{"12,5", 1'250},
                          Case{"12,50", 1'250},
                          Case{"0,01", 1},
                          Case{",50", 50},
                          Case{"0", 0},
                          Case{"-1.250,50 kr.", -125'050},
                          Case{"kr. -250", -25'000},
                          Case{"+250", 25'000},
                          Case{" 1.234.567.890,12 ", 123'456'789'012},
                          Case{"12\u00a0500,00", 1'250'000},
                          Case{"12\u202f500", 1'250'000},
                          Case{"\u2212250", -25'000},
                          Case{"007", 700},
                          Case{"92.233.720.368.547.758,07", largest}}) {
        INFO(c.typed);
        const TypedMoney::Result result = TypedMoney::parse(QString::fromUtf8(c.typed), danish);
        CHECK(result.isValid());
        CHECK(result.error.isEmpty());
        CHECK(result.amount.ore() == c.ore);
    }
}

TEST_CASE("an amount is read with a comma for thousands in English", "[money]")
{
    struct Case
    {
        const char *typed;
        qint64 ore;
    };
    for (const Case &c : {Case{"12,500.00", 1'250'000}, Case{"12,500", 1'250'000}, Case{"12500.5", 1'250'050},
                          Case{"12 500", 1'250'000}, Case{"DKK 12,500.00", 1'250'000}, Case{"-DKK 1,250.50", -125'050},
                          Case{"DKK -1,250.50", -125'050}, Case{"12.5", 1'250}, Case{"250,-", 25'000},
                          Case{"1,234,567,890.12", 123'456'789'012}}) {
        INFO(c.typed);
        const TypedMoney::Result result = TypedMoney::parse(QString::fromUtf8(c.typed), english);
        CHECK(result.isValid());
        CHECK(result.amount.ore() == c.ore);
    }
}

TEST_CASE("an amount written by the program is read back to the same øre", "[money]")
{
    for (const qint64 amount : {qint64(1'250'000), qint64(-125'050), qint64(0), qint64(5), qint64(123'456'789'012)}) {
        INFO(amount);
        for (const QLocale &locale : {danish, english}) {
            for (const MoneyFormat::Ore form : {MoneyFormat::Ore::Always, MoneyFormat::Ore::OmitWhenZero}) {
                CHECK(TypedMoney::parse(MoneyFormat::text(ore(amount), form, locale), locale).amount.ore() == amount);
                CHECK(TypedMoney::parse(MoneyFormat::number(ore(amount), form, locale), locale).amount.ore() == amount);
            }
        }
    }
}

TEST_CASE("a typed amount that cannot be read is refused with the reason and no amount", "[money]")
{
    struct Case
    {
        const QLocale &locale;
        const char *typed;
        const char *says;
    };
    for (const Case &bad : {
             Case{danish, "12,500", "more than two decimals"},
             Case{danish, "0,125", "more than two decimals"},
             Case{danish, "12.50", "write thousands as 12.500 and øre as 12,50"},
             Case{danish, "12500.5", "write thousands as 12.500 and øre as 12,50"},
             Case{danish, "12,500.00", "write thousands as 12.500 and øre as 12,50"},
             Case{danish, "1.2.3", "write thousands as 12.500 and øre as 12,50"},
             Case{danish, "12..500", "write thousands as 12.500 and øre as 12,50"},
             Case{danish, "abc", "is not an amount; type it as 12.500 or 12.500,50"},
             Case{danish, "12 kr 50", "is not an amount"},
             Case{danish, "12,50,-", "is not an amount"},
             Case{danish, "1,2,3", "is not an amount"},
             Case{danish, "--5", "is not an amount"},
             Case{danish, "kr.", "is not an amount"},
             Case{danish, "12e3", "is not an amount"},
             Case{danish, "", "Type an amount, e.g. 12.500 or 12.500,50"},
             Case{danish, "   ", "Type an amount"},
             Case{danish, "92.233.720.368.547.758,08", "too large"},
             Case{danish, "99999999999999999999", "too large"},
             Case{english, "12.500", "more than two decimals"},
             Case{english, "12,50", "write thousands as 12,500 and øre as 12.50"},
             Case{english, "12.500,00", "write thousands as 12,500 and øre as 12.50"},
             Case{english, "", "Type an amount, e.g. 12,500 or 12,500.50"},
         }) {
        INFO(bad.typed);
        const TypedMoney::Result result = TypedMoney::parse(QString::fromUtf8(bad.typed), bad.locale);
        CHECK_FALSE(result.isValid());
        CHECK(result.amount.isZero());
        CHECK(result.error.contains(QString::fromUtf8(bad.says)));
    }
    // The reason quotes what was typed, so the user sees which field and which text.
    CHECK(TypedMoney::parse(QStringLiteral(" 12.50 "), danish).error.startsWith(QStringLiteral("\"12.50\"")));
}
