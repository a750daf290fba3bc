// SPDX-License-Identifier: MPL-2.0
#include "councilmeetings.h"

#include <QLocale>

namespace Akademiplan {

namespace {

const QStringList weekdayKeys = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                 QStringLiteral("thu"), QStringLiteral("fri")};

} // namespace

QString CouncilMeetings::key(const QString &ordinal, int weekday)
{
    if (!ordinals().contains(ordinal) || weekday < 1 || weekday > 5)
        return {};
    return ordinal + QLatin1Char('-') + weekdayKeys.at(weekday - 1);
}

QString CouncilMeetings::ordinalOf(const QString &key)
{
    const QString ordinal = key.section(QLatin1Char('-'), 0, 0);
    return isValid(key) && !key.isEmpty() ? ordinal : QString();
}

int CouncilMeetings::weekdayOf(const QString &key)
{
    return isValid(key) && !key.isEmpty() ? int(weekdayKeys.indexOf(key.section(QLatin1Char('-'), 1))) + 1 : 0;
}

bool CouncilMeetings::isValid(const QString &key)
{
    if (key.isEmpty())
        return true;
    const QStringList parts = key.split(QLatin1Char('-'));
    return parts.size() == 2 && ordinals().contains(parts.at(0)) && weekdayKeys.contains(parts.at(1));
}

bool CouncilMeetings::isMeetingDay(const QString &key, const QDate &date)
{
    if (key.isEmpty() || !isValid(key) || !date.isValid() || date.month() == 7)
        return false;
    if (date.dayOfWeek() != weekdayOf(key))
        return false;
    const QString ordinal = ordinalOf(key);
    if (ordinal == QLatin1String("last"))
        return date.addDays(7).month() != date.month();
    return (date.day() - 1) / 7 + 1 == ordinal.toInt();
}

QString CouncilMeetings::ordinalLabel(const QString &ordinal)
{
    if (ordinal == QLatin1String("1"))
        return tr("the first");
    if (ordinal == QLatin1String("2"))
        return tr("the second");
    if (ordinal == QLatin1String("3"))
        return tr("the third");
    if (ordinal == QLatin1String("4"))
        return tr("the fourth");
    if (ordinal == QLatin1String("last"))
        return tr("the last");
    return {};
}

QString CouncilMeetings::describe(const QString &key)
{
    if (key.isEmpty() || !isValid(key))
        return {};
    return tr("%1 %2 of the month").arg(ordinalLabel(ordinalOf(key)), QLocale().dayName(weekdayOf(key)));
}

} // namespace Akademiplan
