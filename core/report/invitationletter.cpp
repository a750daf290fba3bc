// SPDX-License-Identifier: MPL-2.0
#include "invitationletter.h"

#include "academyprogramme.h"
#include "domain/domainlabels.h"
#include "domain/project.h"
#include "i18n/displaytext.h"
#include "i18n/scopedlanguage.h"
#include "municipalitynames.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <functional>

namespace Akademiplan {

namespace {

// A placeholder's names in both languages, so that either is filled in whatever the letter's
// language; the first is the English one.
enum class Field { Activity, Academy, Track, Description, Sessions, Place, Facilitator, Consultant, Municipality };

struct Placeholder
{
    Field field;
    const char *english;
    const char *danish;
    const char *meaning; // for the editor, translated in InvitationLetter's context
};

const Placeholder placeholderTable[] = {
    {Field::Activity, "activity", "aktivitet", QT_TRANSLATE_NOOP("Akademiplan::InvitationLetter", "the activity's title")},
    {Field::Academy, "academy", "akademi", QT_TRANSLATE_NOOP("Akademiplan::InvitationLetter", "the academy's name")},
    {Field::Track, "track", "spor", QT_TRANSLATE_NOOP("Akademiplan::InvitationLetter", "the track's name")},
    {Field::Description, "description", "beskrivelse",
     QT_TRANSLATE_NOOP("Akademiplan::InvitationLetter", "the activity's description")},
    {Field::Sessions, "sessions", "sessioner",
     QT_TRANSLATE_NOOP("Akademiplan::InvitationLetter", "the sessions with weekday, date, time and place, one a line")},
    {Field::Place, "place", "sted", QT_TRANSLATE_NOOP("Akademiplan::InvitationLetter", "the activity's place")},
    {Field::Facilitator, "facilitator", "underviser",
     QT_TRANSLATE_NOOP("Akademiplan::InvitationLetter", "who facilitates the activity")},
    {Field::Consultant, "consultant", "konsulent",
     QT_TRANSLATE_NOOP("Akademiplan::InvitationLetter", "the academy's consultant")},
    {Field::Municipality, "municipality", "kommune",
     QT_TRANSLATE_NOOP("Akademiplan::InvitationLetter", "the municipality")},
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([\\p{L}_]+)\\}"));
    return pattern;
}

const Placeholder *placeholderNamed(const QString &name)
{
    for (const Placeholder &placeholder : placeholderTable)
        if (name.compare(QString::fromUtf8(placeholder.english), Qt::CaseInsensitive) == 0
            || name.compare(QString::fromUtf8(placeholder.danish), Qt::CaseInsensitive) == 0)
            return &placeholder;
    return nullptr;
}

bool isDanish(const QLocale &locale)
{
    return locale.language() == QLocale::Danish;
}

// What the letter says about one activity, read once in the letter's language.
struct LetterFacts
{
    const Activity *activity = nullptr;
    const Track *track = nullptr;
    const Academy *academy = nullptr;
    std::vector<const Session *> sessions;
    QString municipality;

    LetterFacts(const Project &project, qint64 activityId)
    {
        activity = project.activities.find(activityId);
        track = activity ? project.tracks.find(activity->trackId) : nullptr;
        academy = track ? project.academies.find(track->academyId) : nullptr;
        if (activity)
            sessions = project.sessionsOf(activity->id);
        std::stable_sort(sessions.begin(), sessions.end(), [](const Session *a, const Session *b) {
            return std::tie(a->date, a->startTime) < std::tie(b->date, b->startTime);
        });
        municipality = MunicipalityNames::owner(project);
    }

    QString placeOf(const Session &session) const
    {
        return sessionPlace(session, *activity);
    }

    // "Tuesday 2 March 2027, 09:00–15:30, Silkeborg Town Hall"
    QString sessionLine(const Session &session) const
    {
        QStringList parts{day(session.date), DisplayText::timeRange(session.startTime, session.endTime)};
        if (const QString place = placeOf(session); !place.isEmpty())
            parts.append(place);
        return parts.join(QLatin1String(", "));
    }

    // "Tirsdag 2. marts 2027": the weekday a reader looks for first, at the start of a line.
    static QString day(const QDate &date)
    {
        QString text = DisplayText::weekday(date) + QLatin1Char(' ') + DisplayText::dayMonthYear(date);
        text[0] = text[0].toUpper();
        return text;
    }

    QString value(Field field) const
    {
        switch (field) {
        case Field::Activity: return activity->title;
        case Field::Academy: return academy ? academy->name : QString();
        case Field::Track: return track ? track->name : QString();
        case Field::Description: return activity->description;
        case Field::Sessions: {
            if (sessions.empty())
                return InvitationLetter::tr("The dates will follow.");
            QStringList lines;
            for (const Session *session : sessions)
                lines.append(QStringLiteral("- ") + sessionLine(*session));
            return lines.join(QLatin1Char('\n'));
        }
        case Field::Place: return activity->location;
        case Field::Facilitator: return activity->facilitator;
        case Field::Consultant: return academy ? academy->consultant : QString();
        case Field::Municipality: return municipality;
        }
        return {};
    }
};

// Fills in every placeholder, and drops a line that was only an empty placeholder (a letter
// without a description has no blank paragraph where it would be).
QString fill(const QString &letter, const std::function<QString(Field)> &valueOf)
{
    QStringList lines;
    for (const QString &line : letter.split(QLatin1Char('\n'))) {
        bool onlyPlaceholders = !line.trimmed().isEmpty();
        bool anyValue = false;
        QString filled;
        qsizetype from = 0;
        QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const Placeholder *placeholder = placeholderNamed(match.captured(1));
            const QString between = line.mid(from, match.capturedStart() - from);
            if (!between.trimmed().isEmpty())
                onlyPlaceholders = false;
            filled += between;
            if (placeholder) {
                const QString value = valueOf(placeholder->field);
                anyValue = anyValue || !value.isEmpty();
                filled += value;
            } else {
                onlyPlaceholders = false;
                filled += match.captured(0);
            }
            from = match.capturedEnd();
        }
        if (!line.mid(from).trimmed().isEmpty())
            onlyPlaceholders = false;
        filled += line.mid(from);
        if (onlyPlaceholders && !anyValue && from > 0) {
            // The paragraph break after a dropped line goes with it.
            if (!lines.isEmpty() && lines.back().isEmpty())
                lines.removeLast();
            continue;
        }
        lines.append(filled);
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace

QString InvitationLetter::standardText(const QLocale &locale)
{
    const ScopedLanguage language(locale);
    // The placeholders in the letter's own language, so that it reads naturally while edited.
    auto name = [&locale](Field field) {
        for (const Placeholder &placeholder : placeholderTable)
            if (placeholder.field == field)
                return QLatin1Char('{') + QString::fromUtf8(isDanish(locale) ? placeholder.danish : placeholder.english)
                       + QLatin1Char('}');
        return QString();
    };
    return tr("Dear participant,\n\n"
              "You are invited to %1, part of %2.\n\n"
              "%3\n\n"
              "We meet on these days:\n"
              "%4\n\n"
              "Please let us know whether you can take part by answering this e-mail.\n\n"
              "Kind regards\n"
              "%5\n"
              "%6",
              "the standard invitation letter: %1 activity, %2 academy, %3 description, %4 sessions, %5 consultant, "
              "%6 municipality")
        .arg(name(Field::Activity), name(Field::Academy), name(Field::Description), name(Field::Sessions),
             name(Field::Consultant), name(Field::Municipality));
}

QString InvitationLetter::textOf(const Activity &activity, const QLocale &locale)
{
    return activity.invitation.trimmed().isEmpty() ? standardText(locale) : activity.invitation;
}

QList<std::pair<QString, QString>> InvitationLetter::placeholders(const QLocale &locale)
{
    const ScopedLanguage language(locale);
    QList<std::pair<QString, QString>> list;
    for (const Placeholder &placeholder : placeholderTable)
        list.append({QLatin1Char('{') + QString::fromUtf8(isDanish(locale) ? placeholder.danish : placeholder.english)
                         + QLatin1Char('}'),
                     tr(placeholder.meaning)});
    return list;
}

QString InvitationLetter::filledIn(const Project &project, qint64 activityId, const QString &letter,
                                   const QLocale &locale)
{
    const ScopedLanguage language(locale);
    const LetterFacts facts(project, activityId);
    if (!facts.activity)
        return {};
    return fill(letter, [&facts](Field field) { return facts.value(field); });
}

PdfDocument InvitationLetter::document(const Project &project, qint64 activityId, const QString &letter,
                                       const OutputOptions &options)
{
    const ScopedLanguage language(options.locale);
    PdfDocument document;
    const LetterFacts facts(project, activityId);
    if (!facts.activity)
        return document;
    document.academyId = facts.academy ? facts.academy->id : 0;
    document.title = tr("Invitation: %1").arg(facts.activity->title);
    document.author = facts.academy ? facts.academy->consultant : QString();
    document.subject = tr("Invitation");
    document.locale = options.locale;
    document.running = {facts.academy ? facts.academy->name : QString(), facts.municipality,
                        DisplayText::dayMonthYear(options.planDate), PdfDocument::pageNumbering()};

    // The activity as the letter's heading, with its track's colour as in the programme plan.
    PlanBlock title{PlanBlock::Kind::Heading};
    title.text = facts.activity->title;
    title.colour = facts.track ? facts.track->colour : QColor();
    document.blocks.push_back(title);
    // The sessions are a table in the PDF where {sessions} stands on a line of its own; the
    // text around it stays paragraphs as the consultant wrote them.
    const QString marker = QStringLiteral("\x1f");
    const QString filled = fill(letter, [&facts, &marker](Field field) {
        return field == Field::Sessions && !facts.sessions.empty() ? marker : facts.value(field);
    });
    auto addParagraphs = [&document](const QString &text) {
        for (const QString &paragraph : text.split(QStringLiteral("\n\n"))) {
            if (paragraph.trimmed().isEmpty())
                continue;
            PlanBlock block{PlanBlock::Kind::Paragraph};
            block.text = paragraph.trimmed();
            document.blocks.push_back(block);
        }
    };
    const QStringList parts = filled.split(marker);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        addParagraphs(parts.at(i));
        if (i + 1 == parts.size())
            break;
        PlanBlock sessions{PlanBlock::Kind::Table};
        sessions.header = {tr("Day"), tr("Time"), tr("Place")};
        sessions.keepWhole = {true, true, false};
        for (const Session *session : facts.sessions) {
            sessions.rows.append(
                {LetterFacts::day(session->date), DisplayText::timeRange(session->startTime, session->endTime), facts.placeOf(*session)});
        }
        document.blocks.push_back(sessions);
    }
    return document;
}

bool InvitationLetter::write(const Project &project, qint64 activityId, const QString &letter,
                             const OutputOptions &options, const QString &path, QString *error)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) != 0)
        return document(project, activityId, letter, options).write(project, path, error);
    QSaveFile file(path);
    const QByteArray text = filledIn(project, activityId, letter, options.locale).toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Akademiplan
