// SPDX-License-Identifier: MPL-2.0
#include "typedmoney.h"

#include "moneyformat.h"

#include <QRegularExpression>
#include <QtNumeric>

#include <algorithm>

namespace Akademiplan {

namespace {

// The text with the spaces that formatted numbers and spreadsheets use (no-break, narrow no-break,
// thin) as plain spaces and a typographic minus as a hyphen.
QString normalised(const QString &typed)
{
    QString text = typed;
    for (const char16_t space : {u'\u00a0', u'\u202f', u'\u2009'})
        text.replace(QChar(space), QLatin1Char(' '));
    text.replace(QChar(u'\u2212'), QLatin1Char('-'));
    return text.trimmed();
}

// Takes a currency ("kr.", "kr", "DKK") off the front or the back of `text`; true if there was one.
bool takeCurrency(QString &text, bool atFront)
{
    static const QRegularExpression front(QStringLiteral("^(?:kr\\.?|dkk)(?![a-z])"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression back(QStringLiteral("(?<![a-z])(?:kr\\.?|dkk)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = (atFront ? front : back).match(text);
    if (!match.hasMatch())
        return false;
    text.remove(match.capturedStart(), match.capturedLength());
    text = text.trimmed();
    return true;
}

// Takes a sign off the front of `text`: -1 for a minus, 1 for a plus, 0 for none.
int takeSign(QString &text)
{
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        const int sign = text.startsWith(QLatin1Char('-')) ? -1 : 1;
        text = text.mid(1).trimmed();
        return sign;
    }
    return 0;
}

bool allDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

enum class Problem
{
    None,
    NotAmount,
    Separators,
    Decimals,
    TooLarge,
};

// Reads the digits of `text` (no sign, no currency) with `point` before the øre and `group` or a
// space between thousands, into `ore`.
Problem readDigits(const QString &text, QChar point, QChar group, qint64 &ore)
{
    static const QRegularExpression allowed(QStringLiteral("^[0-9., ]*[0-9][0-9., ]*$"));
    static const QRegularExpression wholeKroner(QStringLiteral("[.,]-$"));
    QString body = text;
    // "250,-": whole kroner, the way Danish price tags write them.
    const bool whole = body.contains(wholeKroner);
    if (whole)
        body.chop(2);
    if (!allowed.match(body).hasMatch())
        return Problem::NotAmount;
    const QStringList parts = body.split(point);
    if (parts.size() > 2 || (whole && parts.size() == 2))
        return Problem::NotAmount;
    const QString integer = parts.first().trimmed();
    const QString fraction = parts.size() == 2 ? parts.last().trimmed() : QString();
    // "12,500.00" in Danish: a group separator after the decimal point.
    if (!allDigits(fraction))
        return Problem::Separators;
    if (fraction.size() > 2)
        return Problem::Decimals;
    // Thousands are grouped in threes or not at all: "12.500" and "12500", never "12.50".
    const QStringList groups =
        integer.split(QRegularExpression(QStringLiteral("[%1 ]").arg(QRegularExpression::escape(QString(group)))));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &digits = groups.at(i);
        if (!allDigits(digits))
            return Problem::Separators;
        if (groups.size() > 1 && (i == 0 ? digits.isEmpty() || digits.size() > 3 : digits.size() != 3))
            return Problem::Separators;
    }
    QString kronerDigits = groups.join(QString());
    while (kronerDigits.startsWith(QLatin1Char('0')))
        kronerDigits.remove(0, 1);
    // More than 19 digits cannot be a qint64; fewer are checked by the arithmetic below.
    if (kronerDigits.size() > 19)
        return Problem::TooLarge;
    bool ok = true;
    const qint64 kroner = kronerDigits.isEmpty() ? 0 : kronerDigits.toLongLong(&ok);
    const qint64 cents = fraction.isEmpty() ? 0 : fraction.toLongLong() * (fraction.size() == 1 ? 10 : 1);
    if (!ok || qMulOverflow(kroner, qint64(100), &ore) || qAddOverflow(ore, cents, &ore))
        return Problem::TooLarge;
    return Problem::None;
}

} // namespace

TypedMoney::Result TypedMoney::parse(const QString &typed, const QLocale &locale)
{
    const QString shown = typed.trimmed();
    QString text = normalised(typed);
    Result result;
    if (text.isEmpty()) {
        result.error = tr("Type an amount, e.g. %1 or %2.")
                           .arg(MoneyFormat::number(Money::fromKroner(12'500), MoneyFormat::Ore::OmitWhenZero, locale),
                                MoneyFormat::number(Money::fromOre(12'500'50), MoneyFormat::Ore::Always, locale));
        return result;
    }
    // The sign and the currency come in either order: "-250 kr.", "kr. -250", "-DKK 1,250.50".
    int sign = takeSign(text);
    const bool currencyInFront = takeCurrency(text, true);
    if (sign == 0)
        sign = takeSign(text);
    if (!currencyInFront)
        takeCurrency(text, false);
    qint64 ore = 0;
    switch (readDigits(text, MoneyFormat::decimalPoint(locale), MoneyFormat::groupSeparator(locale), ore)) {
    case Problem::None:
        result.amount = Money::fromOre(sign < 0 ? -ore : ore);
        break;
    case Problem::NotAmount:
        result.error =
            tr("\"%1\" is not an amount; type it as %2 or %3.")
                .arg(shown, MoneyFormat::number(Money::fromKroner(12'500), MoneyFormat::Ore::OmitWhenZero, locale),
                     MoneyFormat::number(Money::fromOre(12'500'50), MoneyFormat::Ore::Always, locale));
        break;
    case Problem::Separators:
        result.error =
            tr("\"%1\" is not an amount: write thousands as %2 and øre as %3.")
                .arg(shown, MoneyFormat::number(Money::fromKroner(12'500), MoneyFormat::Ore::OmitWhenZero, locale),
                     MoneyFormat::number(Money::fromOre(12'50), MoneyFormat::Ore::Always, locale));
        break;
    case Problem::Decimals:
        result.error = tr("\"%1\" has more than two decimals; an amount is in whole øre.").arg(shown);
        break;
    case Problem::TooLarge:
        result.error = tr("\"%1\" is too large an amount.").arg(shown);
        break;
    }
    return result;
}

} // namespace Akademiplan
