// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace Akademiplan {

// The content lines of an iCalendar file (RFC 5545) as calendar programs read them: text values
// escaped, every line ended by CRLF and folded at 75 octets without splitting a UTF-8 character,
// so that "Østergård" reaches Outlook as it was written. Knows the syntax, not the sessions.
class ICalendarWriter
{
public:
    // The zone of every local time written, with its rules spelled out (the EU's since 1996), so
    // that no calendar has to know the zone by name.
    static const QString timeZone;

    void begin(const char *component);
    void end(const char *component);
    // A value written as it is (a number, a date, a fixed keyword).
    void raw(const char *name, const QString &value);
    void text(const char *name, const QString &value);
    // A local date and time in Europe/Copenhagen.
    void localTime(const char *name, const QDate &date, const QTime &time);
    void date(const char *name, const QDate &date);
    void utcTime(const char *name, const QDateTime &time);
    // The VTIMEZONE component of `timeZone`.
    void timeZoneDefinition();

    QByteArray data() const { return m_data; }

    // A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters,
    // which the format does not allow, left out.
    static QString escapeText(const QString &text);
    // One content line, folded: no line longer than 75 octets, CRLF after each.
    static QByteArray fold(const QByteArray &line);

private:
    void line(const QByteArray &content);

    QByteArray m_data;
};

} // namespace Akademiplan
