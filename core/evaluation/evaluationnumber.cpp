// SPDX-License-Identifier: MPL-2.0
#include "evaluationnumber.h"

#include "budget/moneyformat.h"
#include "budget/typedmoney.h"

namespace Akademiplan {

QString EvaluationNumber::text(qint64 hundredths, const QLocale &locale)
{
    // "42,50" is a sum of money; a score or a share reads "42,5".
    QString text = MoneyFormat::number(Money::fromOre(hundredths), MoneyFormat::Ore::OmitWhenZero, locale);
    if (text.contains(MoneyFormat::decimalPoint(locale)) && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

QString EvaluationNumber::text(const std::optional<qint64> &hundredths, const QLocale &locale)
{
    return hundredths ? text(*hundredths, locale) : QString();
}

EvaluationNumber::Optional EvaluationNumber::parseOptional(const QString &typed, const QLocale &locale)
{
    Optional result;
    if (typed.trimmed().isEmpty())
        return result;
    const Result read = parse(typed, locale);
    result.error = read.error;
    if (read.isValid())
        result.hundredths = read.hundredths;
    return result;
}

EvaluationNumber::Result EvaluationNumber::parse(const QString &typed, const QLocale &locale)
{
    Result result;
    const TypedMoney::Result read = TypedMoney::parse(typed, locale);
    if (read.isValid()) {
        result.hundredths = read.amount.ore();
        return result;
    }
    // The amount's own reasons speak of kroner and øre; a value is a plain number.
    result.error = tr("\"%1\" is not a number with at most two decimals; type it as e.g. %2 or %3.")
                       .arg(typed.trimmed(), text(4250, locale), text(125000, locale));
    return result;
}

} // namespace Akademiplan
