// SPDX-License-Identifier: MPL-2.0
#include "typeddate.h"

#include <QRegularExpression>

namespace Akademiplan {

namespace {

// Day, month and year as typed; a year of -1 is not given.
struct Parts
{
    int day = 0;
    int month = 0;
    int year = -1;
    int yearDigits = 0;
};

bool split(const QString &text, Parts &parts)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[./-](\\d{1,2})(?:[./-](\\d{2}|\\d{4}))?[.]?$"));
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    if (const QRegularExpressionMatch match = iso.match(text); match.hasMatch()) {
        parts = {match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt(), 4};
        return true;
    }
    if (const QRegularExpressionMatch match = separated.match(text); match.hasMatch()) {
        parts.day = match.captured(1).toInt();
        parts.month = match.captured(2).toInt();
        if (match.hasCaptured(3) && !match.captured(3).isEmpty()) {
            parts.year = match.captured(3).toInt();
            parts.yearDigits = int(match.captured(3).size());
        }
        return true;
    }
    // Digits only, as a date field's own format was typed: ddmm, ddmmyy, ddmmyyyy.
    if (digits.match(text).hasMatch() && (text.size() == 4 || text.size() == 6 || text.size() == 8)) {
        parts.day = text.left(2).toInt();
        parts.month = text.mid(2, 2).toInt();
        if (text.size() > 4) {
            parts.year = text.mid(4).toInt();
            parts.yearDigits = int(text.size() - 4);
        }
        return true;
    }
    return false;
}

} // namespace

TypedDate::Result TypedDate::parseDate(const QString &typed, const QDate &periodStart, const QDate &periodEnd,
                                       const QDate &today)
{
    const QString text = typed.simplified().remove(QLatin1Char(' '));
    Result result;
    Parts parts;
    if (text.isEmpty()) {
        result.error = tr("Type a date, e.g. 4.3 or 4.3.2027.");
        return result;
    }
    if (!split(text, parts)) {
        result.error = tr("\"%1\" is not a date; type it as 4.3, 4.3.27 or 4.3.2027.").arg(typed.trimmed());
        return result;
    }
    if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) {
        result.error = tr("\"%1\" is not a date: there is no day %2 of month %3.")
                           .arg(typed.trimmed())
                           .arg(parts.day)
                           .arg(parts.month);
        return result;
    }
    int year = parts.year;
    if (parts.yearDigits == 2)
        year += 2000;
    if (year < 0) {
        // The year that puts the day inside the period, else the period's first year, else this
        // year: "31.2" in an academy of 2027 is refused as 31.02.2027.
        year = periodStart.isValid() ? periodStart.year() : today.year();
        if (periodStart.isValid() && periodEnd.isValid()) {
            for (int candidate = periodStart.year(); candidate <= periodEnd.year(); ++candidate) {
                const QDate date(candidate, parts.month, parts.day);
                if (date.isValid() && date >= periodStart && date <= periodEnd) {
                    year = candidate;
                    break;
                }
            }
        }
    }
    result.date = QDate(year, parts.month, parts.day);
    if (!result.date.isValid())
        result.error = tr("There is no %1.%2.%3: the month has fewer days.")
                           .arg(parts.day, 2, 10, QLatin1Char('0'))
                           .arg(parts.month, 2, 10, QLatin1Char('0'))
                           .arg(year);
    return result;
}

TypedDate::Result TypedDate::parseTime(const QString &typed)
{
    const QString text = typed.simplified().remove(QLatin1Char(' '));
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})(?:[.:](\\d{2}))?$"));
    static const QRegularExpression digits(QStringLiteral("^(\\d{1,2})(\\d{2})$"));
    Result result;
    QRegularExpressionMatch match = separated.match(text);
    if (!match.hasMatch())
        match = digits.match(text);
    if (!match.hasMatch()) {
        result.error = tr("\"%1\" is not a time; type it as 9, 9.30 or 09:30.").arg(typed.trimmed());
        return result;
    }
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    result.time = QTime(hour, minute);
    if (!result.time.isValid())
        result.error = tr("\"%1\" is not a time of day: hours go to 23 and minutes to 59.").arg(typed.trimmed());
    return result;
}

} // namespace Akademiplan
