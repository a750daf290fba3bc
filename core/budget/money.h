// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QtGlobal>

#include <compare>
#include <limits>

namespace Akademiplan {

// An amount of Danish kroner, held as a whole number of øre so that a budget adds up to the øre
// it shows: 0,10 kr. + 0,20 kr. is 0,30 kr., as a municipality's accounts will check. There is
// no floating point anywhere in its arithmetic. Every operation that divides (a percentage, VAT,
// a rate per hour) rounds half away from zero to the øre, in this one place, so that the budget,
// the PDF and the CSV round alike.
//
// Overflow saturates: a result beyond ±(2^63 - 1) øre stays at that limit instead of wrapping.
// A budget total is computed in many places that must always show a value (tables, the PDF, the
// CSV); a wrapped total would be a plausible, wrong (even negative) figure, while a saturated one
// keeps its sign, is absurd to any reader (92 million million kroner) and can be flagged with
// isAtLimit(). Real amounts are some ten orders of magnitude below the limit, so only a mistyped
// quantity can reach it.
class Money
{
public:
    constexpr Money() = default;
    // Named, since Money(100) could be read as øre or as kroner.
    static Money fromOre(qint64 ore);
    static Money fromKroner(qint64 kroner);

    constexpr qint64 ore() const { return m_ore; }
    constexpr bool isZero() const { return m_ore == 0; }
    constexpr bool isNegative() const { return m_ore < 0; }
    // True when an operation overflowed (or an amount was made) at the largest magnitude.
    constexpr bool isAtLimit() const { return m_ore == limit || m_ore == -limit; }

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money &operator+=(Money other) { return *this = *this + other; }
    Money &operator-=(Money other) { return *this = *this - other; }
    // The limits are symmetric, so negating never overflows.
    constexpr Money operator-() const { return Money(-m_ore); }
    constexpr auto operator<=>(const Money &) const = default;

    // A rate times a quantity (participants, nights, sessions): exact.
    Money times(qint64 quantity) const;
    // This amount × quantity / per, e.g. an annual salary per hour of a 1,924-hour year is
    // times(1, 1924); exact before the one rounding, with no intermediate overflow. per > 0.
    Money times(qint64 quantity, int per) const;
    // A share in hundredths of a per cent, written with a digit separator so that it reads as the
    // percentage: percent(80'00) is 80 %, percent(12'50) is 12.5 %.
    Money percent(qint64 hundredthsOfPercent) const { return times(hundredthsOfPercent, 100'00); }

    // Danish VAT (moms) is 25 % of the amount without VAT. Both directions round half away from
    // zero to the øre. Going from an amount without VAT to one with and back always gives the amount
    // again; the other way can differ by one øre (2 øre with VAT is 1,6 øre without, which rounds
    // to 2 øre and back to 2,5 → 3 øre), since not every whole-øre amount with VAT comes from a
    // whole-øre amount without. So store the amount the user typed and compute the other.
    Money withVat() const { return times(5, 4); }
    Money withoutVat() const { return times(4, 5); }

private:
    static constexpr qint64 limit = std::numeric_limits<qint64>::max();
    constexpr explicit Money(qint64 ore) : m_ore(ore) {}

    qint64 m_ore = 0;
};

} // namespace Akademiplan
