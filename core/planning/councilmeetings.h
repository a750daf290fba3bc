// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace Akademiplan {

// When a municipality's council usually meets, as its rules of procedure put it: "the last
// Tuesday of the month", "the second Wednesday", never in July (the council does not meet then).
// Kept as a key such as "last-tue" or "2-wed"; empty when the consultant has not said.
class CouncilMeetings
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::CouncilMeetings)

public:
    static bool isValid(const QString &key);
    static bool isMeetingDay(const QString &key, const QDate &date);
    static QString key(const QString &ordinal, int weekday);
    // "1", "2", "3", "4" or "last", and 1 (Monday) to 5 (Friday); empty and 0 for no key.
    static QString ordinalOf(const QString &key);
    static int weekdayOf(const QString &key);
    static QStringList ordinals() { return {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                            QStringLiteral("4"), QStringLiteral("last")}; }
    // "the first", ..., "the last", for a choice in the window.
    static QString ordinalLabel(const QString &ordinal);
    // "the last Tuesday of the month", in the UI language.
    static QString describe(const QString &key);
};

} // namespace Akademiplan
