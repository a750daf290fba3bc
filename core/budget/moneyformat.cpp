// SPDX-License-Identifier: MPL-2.0
#include "moneyformat.h"

namespace Akademiplan {

namespace {

bool isDanish(const QLocale &locale)
{
    return locale.language() == QLocale::Danish;
}

// The digits of |amount| built from integers, with `group` between thousands (none if it is null)
// and `point` before the øre (left out by OmitWhenZero when there are none). Never through a
// double, which cannot hold every amount above 2^53 øre.
QString digits(Money amount, MoneyFormat::Ore ore, QChar group, QChar point)
{
    // The range is symmetric, so the magnitude of any amount fits.
    const quint64 magnitude = amount.isNegative() ? quint64(-amount.ore()) : quint64(amount.ore());
    const QString kroner = QString::number(magnitude / 100);
    QString text;
    text.reserve(kroner.size() + kroner.size() / 3 + 3);
    for (qsizetype i = 0; i < kroner.size(); ++i) {
        if (!group.isNull() && i > 0 && (kroner.size() - i) % 3 == 0)
            text.append(group);
        text.append(kroner.at(i));
    }
    const quint64 rest = magnitude % 100;
    if (ore == MoneyFormat::Ore::Always || rest != 0)
        text.append(point).append(QString::number(rest).rightJustified(2, QLatin1Char('0')));
    return text;
}

QString sign(Money amount)
{
    return amount.isNegative() ? QStringLiteral("-") : QString();
}

} // namespace

QString MoneyFormat::text(Money amount, Ore ore, const QLocale &locale)
{
    const QString magnitude = digits(amount, ore, groupSeparator(locale), decimalPoint(locale));
    if (isDanish(locale))
        return sign(amount) + magnitude + QStringLiteral(" kr.");
    return sign(amount) + QStringLiteral("DKK ") + magnitude;
}

QString MoneyFormat::number(Money amount, Ore ore, const QLocale &locale)
{
    return sign(amount) + digits(amount, ore, groupSeparator(locale), decimalPoint(locale));
}

QString MoneyFormat::plain(Money amount)
{
    return sign(amount) + digits(amount, Ore::Always, QChar(), QLatin1Char('.'));
}

QString MoneyFormat::spreadsheet(Money amount, const QLocale &locale)
{
    return sign(amount) + digits(amount, Ore::Always, QChar(), decimalPoint(locale));
}

QChar MoneyFormat::decimalPoint(const QLocale &locale)
{
    return isDanish(locale) ? QLatin1Char(',') : QLatin1Char('.');
}

QChar MoneyFormat::groupSeparator(const QLocale &locale)
{
    return isDanish(locale) ? QLatin1Char('.') : QLatin1Char(',');
}

} // namespace Akademiplan
