// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

namespace Akademiplan {

// Reads a date or a time as a Dane types it into a field: "4.3", "4/3", "04.03.27", "4.3.2027",
// "04032027", "2027-03-04"; "9", "9.30", "09:30", "930". Qt's own date fields read only their
// display format and turned "4.3.2027" into 04.03.3202.
class TypedDate
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::TypedDate)

public:
    struct Result
    {
        QDate date;
        QTime time;
        QString error; // in the UI language; empty when the text was read
        bool isValid() const { return error.isEmpty(); }
    };

    // A date without a year takes the year that puts it inside [periodStart, periodEnd] (an
    // academy's period), else the period's first year; without a period, the year of `today`. A year of
    // two digits is in this century.
    static Result parseDate(const QString &text, const QDate &periodStart = QDate(), const QDate &periodEnd = QDate(),
                            const QDate &today = QDate::currentDate());
    static Result parseTime(const QString &text);
};

} // namespace Akademiplan
