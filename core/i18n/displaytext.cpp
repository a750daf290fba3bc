// SPDX-License-Identifier: MPL-2.0
#include "displaytext.h"

#include <QLocale>

namespace Akademiplan {

QString DisplayText::date(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString DisplayText::shortDate(const QDate &date)
{
    const QLocale locale;
    // Qt's short Danish format has a two-digit year; a plan that spans years needs all four.
    if (locale.language() == QLocale::Danish)
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    return locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString DisplayText::dayMonthYear(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, locale.language() == QLocale::Danish ? QStringLiteral("d. MMMM yyyy")
                                                                      : QStringLiteral("d MMMM yyyy"));
}

QString DisplayText::weekday(const QDate &date)
{
    return QLocale().dayName(date.dayOfWeek());
}

QString DisplayText::dayMonth(const QDate &date)
{
    const QLocale locale;
    // Danish calendars and timetables shorten the weekday to two letters: "ti 3.3.".
    if (locale.language() == QLocale::Danish)
        return QStringLiteral("%1 %2").arg(locale.dayName(date.dayOfWeek()).left(2), date.toString(QStringLiteral("d.M.")));
    return locale.toString(date, QStringLiteral("ddd d MMM"));
}

QString DisplayText::percent(double fraction)
{
    return tr("%1%", "a percentage").arg(QLocale().toString(qRound(fraction * 100.0)));
}

QString DisplayText::week(const QDate &date)
{
    return tr("week %1").arg(date.weekNumber());
}

QString DisplayText::time(const QTime &time)
{
    // Danes write 9.00, not Qt's 09.00.
    const QLocale locale;
    if (locale.language() == QLocale::Danish)
        return time.toString(QStringLiteral("H.mm"));
    // The C locale's short format has seconds, which no plan shows.
    if (locale.language() == QLocale::C)
        return time.toString(QStringLiteral("HH:mm"));
    return locale.toString(time, QLocale::ShortFormat);
}

QString DisplayText::timeRange(const QTime &start, const QTime &end)
{
    return QStringLiteral("%1–%2").arg(time(start), time(end));
}

QString DisplayText::number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace Akademiplan
