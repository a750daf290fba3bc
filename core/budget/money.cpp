// SPDX-License-Identifier: MPL-2.0
#include "money.h"

#include <QtNumeric>

namespace Akademiplan {

namespace {

constexpr qint64 largest = std::numeric_limits<qint64>::max();

// The limit on the side of `negative`; used when a result does not fit.
constexpr qint64 saturated(bool negative)
{
    return negative ? -largest : largest;
}

// Keeps a result inside the symmetric range, so that unary minus cannot overflow later.
constexpr qint64 clamped(qint64 ore)
{
    return ore < -largest ? -largest : ore;
}

} // namespace

Money Money::fromOre(qint64 ore)
{
    return Money(clamped(ore));
}

Money Money::fromKroner(qint64 kroner)
{
    return fromOre(100).times(kroner);
}

Money Money::operator+(Money other) const
{
    qint64 sum = 0;
    if (qAddOverflow(m_ore, other.m_ore, &sum))
        return Money(saturated(m_ore < 0));
    return Money(clamped(sum));
}

Money Money::operator-(Money other) const
{
    return *this + -other;
}

Money Money::times(qint64 quantity) const
{
    qint64 product = 0;
    if (qMulOverflow(m_ore, quantity, &product))
        return Money(saturated((m_ore < 0) != (quantity < 0)));
    return Money(clamped(product));
}

Money Money::times(qint64 quantity, int per) const
{
    Q_ASSERT(per > 0);
    if (per <= 0)
        return Money(); // a caller's mistake: nothing rather than a division by zero
    // ore × quantity may not fit in 64 bits even when the result does, so split both factors by
    // `per` (ore = a·per + b, quantity = c·per + d, with |b|, |d| < per < 2^31):
    //   ore × quantity / per = a·quantity + b·c + b·d / per
    // where b·d < 2^62 always fits. The three terms have the same sign as the result (or are
    // zero), so if any step overflows, so does the result, on that side.
    const bool negative = (m_ore < 0) != (quantity < 0);
    const qint64 a = m_ore / per;
    const qint64 b = m_ore % per;
    const qint64 c = quantity / per;
    const qint64 d = quantity % per;
    const qint64 bd = b * d;
    qint64 rest = bd / per;
    const qint64 remainder = bd % per;
    // Half away from zero: the remainder carries the result's sign.
    if (2 * (remainder < 0 ? -remainder : remainder) >= per)
        rest += bd < 0 ? -1 : 1;
    qint64 aq = 0;
    qint64 bc = 0;
    qint64 sum = 0;
    if (qMulOverflow(a, quantity, &aq) || qMulOverflow(b, c, &bc) || qAddOverflow(aq, bc, &sum) ||
        qAddOverflow(sum, rest, &sum))
        return Money(saturated(negative));
    return Money(clamped(sum));
}

} // namespace Akademiplan
