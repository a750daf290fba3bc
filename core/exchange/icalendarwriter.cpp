// SPDX-License-Identifier: MPL-2.0
#include "icalendarwriter.h"

namespace Akademiplan {

const QString ICalendarWriter::timeZone = QStringLiteral("Europe/Copenhagen");

void ICalendarWriter::begin(const char *component)
{
    line(QByteArray("BEGIN:") + component);
}

void ICalendarWriter::end(const char *component)
{
    line(QByteArray("END:") + component);
}

void ICalendarWriter::raw(const char *name, const QString &value)
{
    line(QByteArray(name) + ':' + value.toUtf8());
}

void ICalendarWriter::text(const char *name, const QString &value)
{
    raw(name, escapeText(value));
}

void ICalendarWriter::localTime(const char *name, const QDate &date, const QTime &time)
{
    line(QByteArray(name) + ";TZID=" + timeZone.toUtf8() + ':'
         + (date.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') + time.toString(QStringLiteral("HHmmss")))
               .toLatin1());
}

void ICalendarWriter::date(const char *name, const QDate &date)
{
    line(QByteArray(name) + ";VALUE=DATE:" + date.toString(QStringLiteral("yyyyMMdd")).toLatin1());
}

void ICalendarWriter::utcTime(const char *name, const QDateTime &time)
{
    raw(name, time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

void ICalendarWriter::timeZoneDefinition()
{
    // Central European Time: summer time from the last Sunday of March at 02:00 to the last
    // Sunday of October at 03:00, local time. The first onsets are Sundays of 1970 that the rules
    // produce, as RFC 5545 asks of DTSTART.
    begin("VTIMEZONE");
    raw("TZID", timeZone);
    begin("DAYLIGHT");
    raw("TZOFFSETFROM", QStringLiteral("+0100"));
    raw("TZOFFSETTO", QStringLiteral("+0200"));
    raw("TZNAME", QStringLiteral("CEST"));
    raw("DTSTART", QStringLiteral("19700329T020000"));
    raw("RRULE", QStringLiteral("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
    end("DAYLIGHT");
    begin("STANDARD");
    raw("TZOFFSETFROM", QStringLiteral("+0200"));
    raw("TZOFFSETTO", QStringLiteral("+0100"));
    raw("TZNAME", QStringLiteral("CET"));
    raw("DTSTART", QStringLiteral("19701025T030000"));
    raw("RRULE", QStringLiteral("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    end("STANDARD");
    end("VTIMEZONE");
}

QString ICalendarWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\': escaped += QLatin1String("\\\\"); break;
        case u';': escaped += QLatin1String("\\;"); break;
        case u',': escaped += QLatin1String("\\,"); break;
        case u'\r':
            // A Windows line break is one break.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += QLatin1String("\\n");
            break;
        case u'\n': escaped += QLatin1String("\\n"); break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
                escaped += c;
            else if (c == u'\t')
                escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::fold(const QByteArray &line)
{
    constexpr qsizetype limit = 75;
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 60 * 3 + 2);
    qsizetype start = 0;
    bool first = true;
    while (true) {
        // A continuation line starts with the space that marks it, which counts.
        const qsizetype room = first ? limit : limit - 1;
        if (line.size() - start <= room) {
            if (!first)
                folded += ' ';
            folded += line.mid(start);
            folded += "\r\n";
            return folded;
        }
        qsizetype cut = start + room;
        // Never inside a character: a UTF-8 continuation byte is 10xxxxxx.
        while (cut > start && (uchar(line.at(cut)) & 0xc0) == 0x80)
            --cut;
        if (!first)
            folded += ' ';
        folded += line.mid(start, cut - start);
        folded += "\r\n";
        start = cut;
        first = false;
    }
}

void ICalendarWriter::line(const QByteArray &content)
{
    m_data += fold(content);
}

} // namespace Akademiplan
