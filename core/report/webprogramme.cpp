// SPDX-License-Identifier: MPL-2.0
#include "webprogramme.h"

#include "about/programinfo.h"
#include "academyprogramme.h"
#include "domain/domainlabels.h"
#include "domain/project.h"
#include "exchange/exportfile.h"
#include "htmlbuilder.h"
#include "i18n/displaytext.h"
#include "i18n/scopedlanguage.h"
#include "municipalitynames.h"
#include "outputoptions.h"
#include "webpagestyle.h"

#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace Akademiplan {

namespace {

using Fact = std::pair<QString, QString>;

QString trackAnchor(qint64 trackId)
{
    return QStringLiteral("track-%1").arg(trackId);
}

QString activityAnchor(qint64 activityId)
{
    return QStringLiteral("activity-%1").arg(activityId);
}

QString colourClass(qint64 trackId)
{
    return QStringLiteral("colour-%1").arg(trackId);
}

QString isoWeek(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

// "august 2026" as a row's heading: capitalised, as a Danish table starts a cell.
QString monthName(int year, int month)
{
    const QString name = QLocale().toString(QDate(year, month, 1), QStringLiteral("MMMM yyyy"));
    return name.left(1).toUpper() + name.mid(1);
}

// The page's content, in the language installed while it is built. It says what the programme
// plan says, in its words, so it shares the plan's translations.
class PageContent
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ProgrammePlan)

public:
    PageContent(const Project &project, const Academy &academy, const OutputOptions &options)
        : m_project(project)
        , m_academy(academy)
        , m_options(options)
        , m_programme(project, academy.id)
    {
        for (const Partnership &partnership : project.partnerships)
            if (partnership.activityId != 0)
                if (const Organisation *partner = project.organisations.find(partnership.organisationId))
                    m_activityPartners[partnership.activityId].append(partner->name);
        if (options.withParticipants)
            indexParticipants();
    }

    QByteArray page() const
    {
        HtmlBuilder html;
        html.markup(u"<!DOCTYPE html>\n");
        html.open(u"html", {{u"lang", m_options.locale.language() == QLocale::Danish ? QStringLiteral("da")
                                                                                     : QStringLiteral("en")}});
        addHead(html);
        html.open(u"body");
        html.element(u"a", tr("Skip to the programme"),
                     {{u"class", QStringLiteral("skip")}, {u"href", QStringLiteral("#main")}});
        addHeader(html);
        html.open(u"div", {{u"class", QStringLiteral("page")}});
        addContents(html);
        html.open(u"main", {{u"id", QStringLiteral("main")}});
        addAcademy(html);
        addGlance(html);
        for (const Track *track : m_programme.tracks())
            addTrack(html, *track);
        addCalendar(html);
        html.close();
        addFooter(html);
        html.close();
        html.close();
        html.close();
        return html.bytes();
    }

private:
    void addHead(HtmlBuilder &html) const
    {
        html.open(u"head");
        html.empty(u"meta", {{u"charset", QStringLiteral("utf-8")}});
        html.empty(u"meta", {{u"name", QStringLiteral("viewport")},
                             {u"content", QStringLiteral("width=device-width, initial-scale=1")}});
        html.empty(u"meta", {{u"name", QStringLiteral("generator")},
                             {u"content", QStringLiteral("Akademiplan %1").arg(ProgramInfo::version())}});
        html.element(u"title", QStringLiteral("%1 – %2").arg(m_academy.name, tr("Programme plan")));
        html.open(u"style");
        html.markup(WebPageStyle::sheet());
        html.markup(u"\n");
        // Each track's colour as rules of the sheet rather than style attributes on the elements:
        // a colour is the program's own "#rrggbb", never a user's text.
        for (const Track *track : m_programme.tracks()) {
            if (!track->colour.isValid())
                continue;
            const QString colour = track->colour.name();
            html.markup(QStringLiteral("#%1 { border-left-color: %2; }\n.%3 { background: %2; }\n")
                            .arg(trackAnchor(track->id), colour, colourClass(track->id)));
        }
        html.close();
        html.close();
    }

    void addHeader(HtmlBuilder &html) const
    {
        html.open(u"header", {{u"class", QStringLiteral("site")}});
        html.open(u"div", {{u"class", QStringLiteral("page")}});
        html.element(u"p", MunicipalityNames::ownerWithPartners(m_project, m_academy),
                     {{u"class", QStringLiteral("owner")}});
        html.element(u"h1", m_academy.name);
        if (m_academy.startDate.isValid() && m_academy.endDate.isValid()) {
            html.open(u"p", {{u"class", QStringLiteral("period")}});
            date(html, m_academy.startDate, DisplayText::dayMonthYear(m_academy.startDate));
            html.text(QStringLiteral(" – "));
            date(html, m_academy.endDate, DisplayText::dayMonthYear(m_academy.endDate));
            html.close();
        }
        html.close();
        html.close();
    }

    void addContents(HtmlBuilder &html) const
    {
        html.open(u"nav", {{u"class", QStringLiteral("contents")}, {u"aria-labelledby", QStringLiteral("contents")}});
        html.element(u"h2", tr("Contents"), {{u"id", QStringLiteral("contents")}});
        html.open(u"ol");
        const auto entry = [&html](const QString &anchor, const QString &text, const Track *track = nullptr) {
            html.open(u"li");
            if (track)
                swatch(html, *track);
            html.element(u"a", text, {{u"href", QLatin1Char('#') + anchor}});
            html.close();
        };
        entry(QStringLiteral("academy"), tr("The academy"));
        entry(QStringLiteral("glance"), tr("The programme at a glance"));
        for (const Track *track : m_programme.tracks())
            entry(trackAnchor(track->id), track->name, track);
        entry(QStringLiteral("calendar"), tr("Calendar of all sessions"));
        html.close();
        html.close();
    }

    void addAcademy(HtmlBuilder &html) const
    {
        html.open(u"section", {{u"id", QStringLiteral("academy")}});
        html.element(u"h2", tr("The academy"));
        std::vector<Fact> about{{tr("Status"), DomainLabels::label(m_academy.status)}};
        if (!m_academy.consultant.isEmpty())
            about.push_back({tr("Consultant"), m_academy.consultant});
        facts(html, about);
        if (!m_academy.purpose.isEmpty()) {
            html.element(u"h3", tr("Purpose"));
            html.paragraphs(m_academy.purpose);
        }
        if (!m_academy.focusAreas.isEmpty()) {
            html.element(u"h3", tr("Strategic focus areas"));
            html.open(u"ul");
            for (const QString &area : m_academy.focusAreas)
                html.element(u"li", area);
            html.close();
        }
        html.element(u"h3", tr("The tracks"));
        if (m_programme.tracks().empty()) {
            html.element(u"p", tr("The academy has no tracks yet."));
        } else {
            openTable(html, QString(), QStringLiteral("tracks-table"), tr("The target group and goal of each track"));
            header(html, {tr("Track"), tr("Target group"), tr("Goal")});
            html.open(u"tbody");
            for (const Track *track : m_programme.tracks()) {
                html.open(u"tr");
                html.open(u"th", {{u"scope", QStringLiteral("row")}});
                html.element(u"a", track->name, {{u"href", QLatin1Char('#') + trackAnchor(track->id)}});
                html.close();
                html.element(u"td", track->targetGroup);
                html.element(u"td", track->goal);
                html.close();
            }
            html.close();
            closeTable(html);
        }
        html.close();
    }

    // The number of sessions of each track in each month of the academy, with the totals.
    void addGlance(HtmlBuilder &html) const
    {
        html.open(u"section", {{u"id", QStringLiteral("glance")}});
        html.element(u"h2", tr("The programme at a glance"));
        const std::vector<const Session *> &sessions = m_programme.sessions();
        const std::vector<const Track *> &tracks = m_programme.tracks();
        if (sessions.empty() || tracks.empty()) {
            html.element(u"p", tr("No sessions are planned yet."));
            html.close();
            return;
        }
        // The academy's months, and any month a session falls in outside them.
        QDate first = sessions.front()->date;
        QDate last = sessions.back()->date;
        if (m_academy.startDate.isValid())
            first = std::min(first, m_academy.startDate);
        if (m_academy.endDate.isValid())
            last = std::max(last, m_academy.endDate);
        const auto monthIndex = [&first](const QDate &date) {
            return (date.year() - first.year()) * 12 + date.month() - first.month();
        };
        const int months = monthIndex(last) + 1;
        QHash<qint64, qsizetype> column;
        for (qsizetype i = 0; i < qsizetype(tracks.size()); ++i)
            column.insert(tracks[std::size_t(i)]->id, i);
        std::vector<std::vector<int>> counts(std::size_t(months), std::vector<int>(tracks.size() + 1, 0));
        std::vector<int> totals(tracks.size() + 1, 0);
        for (const Session *session : sessions) {
            const Track *track = m_programme.trackOf(*session);
            const int month = monthIndex(session->date);
            if (!track || month < 0 || month >= months)
                continue;
            const std::size_t trackColumn = std::size_t(column.value(track->id));
            ++counts[std::size_t(month)][trackColumn];
            ++counts[std::size_t(month)].back();
            ++totals[trackColumn];
            ++totals.back();
        }

        openTable(html, QStringLiteral("glance"), QStringLiteral("glance-table"), tr("Sessions per month and track"));
        html.open(u"thead");
        html.open(u"tr");
        html.element(u"th", tr("Month"), {{u"scope", QStringLiteral("col")}});
        for (const Track *track : tracks) {
            html.open(u"th", {{u"scope", QStringLiteral("col")}, {u"class", QStringLiteral("number")}});
            swatch(html, *track);
            html.text(track->name);
            html.close();
        }
        html.element(u"th", tr("Total"), {{u"scope", QStringLiteral("col")}, {u"class", QStringLiteral("number")}});
        html.close();
        html.close();
        html.open(u"tbody");
        for (int month = 0; month < months; ++month) {
            const QDate date = first.addMonths(month);
            html.open(u"tr");
            html.element(u"th", monthName(date.year(), date.month()),
                         {{u"scope", QStringLiteral("row")}, {u"class", QStringLiteral("nowrap")}});
            countCells(html, counts[std::size_t(month)]);
            html.close();
        }
        html.close();
        html.open(u"tfoot");
        html.open(u"tr");
        html.element(u"th", tr("Total"), {{u"scope", QStringLiteral("row")}});
        countCells(html, totals);
        html.close();
        html.close();
        closeTable(html);
        html.close();
    }

    void addTrack(HtmlBuilder &html, const Track &track) const
    {
        html.open(u"section", {{u"class", QStringLiteral("track")}, {u"id", trackAnchor(track.id)}});
        html.element(u"h2", track.name);
        std::vector<Fact> about{{tr("Goal"), track.goal}, {tr("Target group"), track.targetGroup}};
        QStringList partners;
        for (const Partnership *partnership : m_project.partnershipsOfTrack(track.id))
            if (const Organisation *partner = m_project.organisations.find(partnership->organisationId))
                partners.append(partner->name);
        if (!partners.isEmpty())
            about.push_back({tr("Partners"), partners.join(QLatin1String(", "))});
        facts(html, about);
        for (const Activity *activity : m_programme.activitiesOf(track.id))
            addActivity(html, *activity);
        html.close();
    }

    void addActivity(HtmlBuilder &html, const Activity &activity) const
    {
        html.open(u"section", {{u"class", QStringLiteral("activity")}, {u"id", activityAnchor(activity.id)}});
        html.element(u"h3", activity.title);
        std::vector<Fact> about{{tr("Kind"), DomainLabels::label(activity.kind)}};
        if (!activity.facilitator.isEmpty())
            about.push_back({tr("Facilitator"), activity.facilitator});
        if (!activity.location.isEmpty())
            about.push_back({tr("Location"), activity.location});
        about.push_back(
            {tr("Capacity"), activity.capacity > 0 ? DisplayText::number(activity.capacity) : tr("No limit")});
        if (const QStringList partners = m_activityPartners.value(activity.id); !partners.isEmpty())
            about.push_back({tr("Partners"), partners.join(QLatin1String(", "))});
        facts(html, about);
        if (!activity.description.isEmpty())
            html.paragraphs(activity.description);

        const std::vector<const Session *> &sessions = m_programme.sessionsOf(activity.id);
        if (sessions.empty()) {
            html.element(u"p", tr("No sessions are planned yet."));
        } else {
            openTable(html, QStringLiteral("sessions"), activityAnchor(activity.id) + QStringLiteral("-sessions"),
                      tr("The sessions of %1").arg(activity.title));
            header(html, {tr("Weekday"), tr("Date"), tr("Week"), tr("Time"), tr("Place")});
            html.open(u"tbody");
            for (const Session *session : sessions) {
                html.open(u"tr");
                html.element(u"td", DisplayText::weekday(session->date));
                html.open(u"th", {{u"scope", QStringLiteral("row")}, {u"class", QStringLiteral("nowrap")}});
                date(html, session->date, DisplayText::dayMonthYear(session->date));
                html.close();
                weekCell(html, session->date);
                html.element(u"td", DisplayText::timeRange(session->startTime, session->endTime),
                             {{u"class", QStringLiteral("nowrap")}});
                html.element(u"td", sessionPlace(*session, activity));
                html.close();
            }
            html.close();
            closeTable(html);
        }
        if (m_options.withParticipants)
            addEnrolled(html, activity);
        html.close();
    }

    void addEnrolled(HtmlBuilder &html, const Activity &activity) const
    {
        html.element(u"h4", tr("Enrolled"));
        const QStringList names = m_enrolled.value(activity.id);
        if (names.isEmpty()) {
            html.element(u"p", tr("No one is enrolled yet."));
            return;
        }
        html.open(u"ul", {{u"class", QStringLiteral("people")}});
        for (const QString &name : names)
            html.element(u"li", name);
        html.close();
    }

    void addCalendar(HtmlBuilder &html) const
    {
        html.open(u"section", {{u"id", QStringLiteral("calendar")}});
        html.element(u"h2", tr("Calendar of all sessions"));
        if (m_programme.sessions().empty()) {
            html.element(u"p", tr("No sessions are planned yet."));
            html.close();
            return;
        }
        openTable(html, QString(), QStringLiteral("calendar-table"), tr("Every session of the academy in date order"));
        header(html, {tr("Date"), tr("Week"), tr("Time"), tr("Activity"), tr("Track"), tr("Place")});
        html.open(u"tbody");
        for (const Session *session : m_programme.sessions()) {
            const Activity *activity = m_programme.activityOf(*session);
            const Track *track = m_programme.trackOf(*session);
            html.open(u"tr");
            html.open(u"th", {{u"scope", QStringLiteral("row")}, {u"class", QStringLiteral("nowrap")}});
            date(html, session->date,
                 DisplayText::weekday(session->date) + QLatin1Char(' ') + DisplayText::dayMonthYear(session->date));
            html.close();
            weekCell(html, session->date);
            html.element(u"td", DisplayText::timeRange(session->startTime, session->endTime),
                         {{u"class", QStringLiteral("nowrap")}});
            html.open(u"td");
            html.element(u"a", activity->title, {{u"href", QLatin1Char('#') + activityAnchor(activity->id)}});
            html.close();
            html.open(u"td");
            if (track) {
                swatch(html, *track);
                html.text(track->name);
            }
            html.close();
            html.element(u"td", sessionPlace(*session, *activity));
            html.close();
        }
        html.close();
        closeTable(html);
        html.close();
    }

    void addFooter(HtmlBuilder &html) const
    {
        html.open(u"footer", {{u"class", QStringLiteral("site")}});
        // The date goes into the sentence where the translation puts it.
        const QString sentence = tr("Plan as of %1");
        const qsizetype at = std::max(qsizetype(0), sentence.indexOf(QLatin1String("%1")));
        html.open(u"p");
        html.text(sentence.left(at));
        date(html, m_options.planDate, DisplayText::dayMonthYear(m_options.planDate));
        html.text(sentence.mid(at).remove(QLatin1String("%1")));
        html.close();
        html.element(u"p", tr("Made with %1").arg(QStringLiteral("Akademiplan %1").arg(ProgramInfo::version())));
        html.close();
    }

    void indexParticipants()
    {
        for (const Enrolment &enrolment : m_project.enrolments) {
            if (enrolment.activityId == 0 || enrolment.status != EnrolmentStatus::Enrolled)
                continue;
            if (const Participant *participant = m_project.participants.find(enrolment.participantId))
                m_enrolled[enrolment.activityId].append(participant->name);
        }
        for (QStringList &names : m_enrolled)
            std::sort(names.begin(), names.end(),
                      [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    }

    static void date(HtmlBuilder &html, const QDate &date, const QString &text)
    {
        if (date.isValid())
            html.element(u"time", text, {{u"datetime", date.toString(Qt::ISODate)}});
        else
            html.text(text);
    }

    static void weekCell(HtmlBuilder &html, const QDate &date)
    {
        html.open(u"td", {{u"class", QStringLiteral("nowrap")}});
        if (date.isValid())
            html.element(u"time", DisplayText::week(date), {{u"datetime", isoWeek(date)}});
        html.close();
    }

    // A track's colour beside its name, for the eye only: the name says which track it is.
    static void swatch(HtmlBuilder &html, const Track &track)
    {
        if (track.colour.isValid())
            html.element(u"span", QString(),
                         {{u"class", QStringLiteral("swatch ") + colourClass(track.id)},
                          {u"aria-hidden", QStringLiteral("true")}});
    }

    // A table in a box of its own that scrolls sideways where the screen is narrower than the
    // table (a phone), rather than the whole page. The box can be reached from the keyboard, to
    // scroll it, and is a region named by the table's caption (the accessible data table of Heydon
    // Pickering's Inclusive Components, with HTML's own element for a region).
    static void openTable(HtmlBuilder &html, const QString &kind, const QString &id, const QString &caption)
    {
        html.open(u"section", {{u"class", QStringLiteral("table")},
                               {u"aria-labelledby", id},
                               {u"tabindex", QStringLiteral("0")}});
        html.open(u"table", {{u"class", kind}});
        html.element(u"caption", caption, {{u"id", id}});
    }

    static void closeTable(HtmlBuilder &html)
    {
        html.close();
        html.close();
    }

    static void header(HtmlBuilder &html, const QStringList &columns)
    {
        html.open(u"thead");
        html.open(u"tr");
        for (const QString &column : columns)
            html.element(u"th", column, {{u"scope", QStringLiteral("col")}});
        html.close();
        html.close();
    }

    static void facts(HtmlBuilder &html, const std::vector<Fact> &facts)
    {
        html.open(u"dl", {{u"class", QStringLiteral("facts")}});
        for (const auto &[name, value] : facts) {
            html.element(u"dt", name);
            html.element(u"dd", value);
        }
        html.close();
    }

    static void countCells(HtmlBuilder &html, const std::vector<int> &counts)
    {
        for (int count : counts)
            html.element(u"td", DisplayText::number(count),
                         {{u"class", count == 0 ? QStringLiteral("number none") : QStringLiteral("number")}});
    }

    const Project &m_project;
    const Academy &m_academy;
    const OutputOptions &m_options;
    const AcademyProgramme m_programme;
    QHash<qint64, QStringList> m_activityPartners;
    QHash<qint64, QStringList> m_enrolled; // by activity, sorted; only with the participants
};

} // namespace

QByteArray WebProgramme::page(const Project &project, const OutputOptions &options)
{
    const qint64 academyId = AcademyProgramme::academyFor(project, options.academyId);
    if (academyId == 0)
        return {};
    const ScopedLanguage language(options.locale);
    return PageContent(project, *project.academies.find(academyId), options).page();
}

bool WebProgramme::write(const Project &project, const OutputOptions &options, const QString &path, QString *error)
{
    const QByteArray html = page(project, options);
    if (html.isEmpty()) {
        *error = tr("The project has no academy to put on a web page.");
        return false;
    }
    return ExportFile::write(path, html, error);
}

} // namespace Akademiplan
