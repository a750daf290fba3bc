// SPDX-License-Identifier: MPL-2.0
#include "schedulefilenames.h"

#include "domain/participant.h"

#include <QHash>
#include <QSet>

namespace Akademiplan {

namespace {

// Danish (and Norwegian) letters as they are written without them; other accents are dropped
// from their letter ("é" is "e"). A letter outside the Latin alphabet leaves a gap.
QString transliterated(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        switch (c.unicode()) {
        case 0x00E6: result += QLatin1String("ae"); break; // æ
        case 0x00C6: result += QLatin1String("Ae"); break; // Æ
        case 0x00F8: result += QLatin1String("oe"); break; // ø
        case 0x00D8: result += QLatin1String("Oe"); break; // Ø
        case 0x00E5: result += QLatin1String("aa"); break; // å
        case 0x00C5: result += QLatin1String("Aa"); break; // Å
        case 0x00DF: result += QLatin1String("ss"); break; // ß
        default:
            for (const QChar part : QString(c).normalized(QString::NormalizationForm_D))
                if (part.category() != QChar::Mark_NonSpacing)
                    result += part;
        }
    }
    return result;
}

// Cut at a hyphen where one is near the limit, so that a long name keeps whole words.
QString shortened(const QString &name, int longest)
{
    if (name.size() <= longest)
        return name;
    QString cut = name.left(longest);
    const qsizetype hyphen = cut.lastIndexOf(QLatin1Char('-'));
    if (hyphen > longest / 2)
        cut.truncate(hyphen);
    return cut;
}

QString localPart(const QString &email)
{
    return ScheduleFileNames::plain(email.section(QLatin1Char('@'), 0, 0));
}

} // namespace

QString ScheduleFileNames::plain(const QString &text)
{
    QString result;
    bool gap = false;
    for (const QChar c : transliterated(text)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (gap && !result.isEmpty())
                result += QLatin1Char('-');
            result += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return result;
}

bool ScheduleFileNames::reservedOnWindows(const QString &name)
{
    static const QSet<QString> devices = {QStringLiteral("con"), QStringLiteral("prn"), QStringLiteral("aux"),
                                          QStringLiteral("nul")};
    const QString stem = name.section(QLatin1Char('.'), 0, 0).toLower();
    if (devices.contains(stem))
        return true;
    return stem.size() == 4 && (stem.startsWith(QLatin1String("com")) || stem.startsWith(QLatin1String("lpt")))
           && stem.at(3) >= QLatin1Char('1') && stem.at(3) <= QLatin1Char('9');
}

QStringList ScheduleFileNames::assign(const std::vector<const Participant *> &people)
{
    QStringList names;
    names.reserve(qsizetype(people.size()));
    QHash<QString, int> sharing; // how many people have each name, in any case
    for (const Participant *person : people) {
        QString name = shortened(plain(person->name), longestName);
        if (name.isEmpty())
            name = shortened(localPart(person->email), longestName);
        if (name.isEmpty())
            name = QStringLiteral("participant-%1").arg(person->id);
        names.append(name);
        ++sharing[name.toLower()];
    }
    QSet<QString> taken;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names.at(i);
        if (sharing.value(name.toLower()) > 1 || reservedOnWindows(name)) {
            const QString email = shortened(localPart(people[std::size_t(i)]->email), 20);
            if (!email.isEmpty())
                name += QLatin1Char('-') + email;
        }
        // The same name and the same address, or no address: a number tells them apart.
        const QString stem = name;
        for (int number = 2; taken.contains(name.toLower()) || reservedOnWindows(name); ++number)
            name = QStringLiteral("%1-%2").arg(stem).arg(number);
        taken.insert(name.toLower());
        names[i] = name;
    }
    return names;
}

} // namespace Akademiplan
