// SPDX-License-Identifier: MPL-2.0
#include "runsheet.h"

#include "domain/domainlabels.h"
#include "domain/personname.h"
#include "domain/project.h"
#include "exchange/calendarexport.h"
#include "i18n/displaytext.h"
#include "i18n/scopedlanguage.h"
#include "planning/sessionagenda.h"
#include "programmeplan.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace Akademiplan {

namespace {

// Room for a signature in a row, and a column wide enough to write it in.
constexpr qreal signatureRowMm = 8.5;
constexpr qreal signatureColumnMm = 60;

PlanBlock block(PlanBlock::Kind kind, const QString &text = QString())
{
    PlanBlock made{kind};
    made.text = text;
    return made;
}

// The academy the run sheets belong to: the named one, else the first.
qint64 academyFor(const Project &project, const OutputOptions &options)
{
    PlanOptions plan;
    plan.academyId = options.academyId;
    return ProgrammePlan::academyFor(project, plan);
}

// The run sheets' content, in the language that is installed while it is made. Everything a
// session's pages look up is indexed once here, so that a track's or an academy's run sheets cost
// what they hold rather than a pass over the project per session.
class Content
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::RunSheet)

public:
    Content(const Project &project, const std::vector<const Session *> &sessions, NameOrder nameOrder)
        : m_project(project)
        , m_sessions(sessions)
        , m_collator(QLocale())
        , m_nameOrder(nameOrder)
    {
        QSet<qint64> activities;
        for (const Session *session : sessions)
            activities.insert(session->activityId);
        for (const Session &session : project.sessions)
            if (activities.contains(session.activityId))
                m_sessionsOf[session.activityId].push_back(&session);
        for (std::vector<const Session *> &list : m_sessionsOf)
            std::sort(list.begin(), list.end(), [](const Session *a, const Session *b) {
                return std::tie(a->date, a->startTime, a->id) < std::tie(b->date, b->startTime, b->id);
            });
        m_agendas = SessionAgenda::bySession(project);
        for (const Partnership &partnership : project.partnerships) {
            if (partnership.activityId != 0)
                m_partnersOfActivity[partnership.activityId].push_back(&partnership);
            else
                m_partnersOfTrack[partnership.trackId].push_back(&partnership);
        }
        m_people = CalendarExport::peopleOf(project, activities);
    }

    std::vector<PlanBlock> blocks()
    {
        std::vector<PlanBlock> blocks;
        for (const Session *session : m_sessions) {
            const Activity *activity = m_project.activities.find(session->activityId);
            if (!activity)
                continue;
            const Track *track = m_project.tracks.find(activity->trackId);
            addRunSheet(blocks, *session, *activity, track);
            addSignInList(blocks, *session, *activity, track);
        }
        return blocks;
    }

private:
    QString place(const Session &session, const Activity &activity) const
    {
        return session.location.isEmpty() ? activity.location : session.location;
    }

    QString date(const Session &session) const
    {
        if (!session.date.isValid())
            return tr("Not dated yet");
        return tr("%1 %2 (%3)", "weekday, date and week")
            .arg(DisplayText::weekday(session.date), DisplayText::dayMonthYear(session.date),
                 DisplayText::week(session.date));
    }

    QString time(const Session &session) const
    {
        if (!session.startTime.isValid())
            return {};
        return session.endTime.isValid() ? DisplayText::timeRange(session.startTime, session.endTime)
                                         : DisplayText::time(session.startTime);
    }

    void addRunSheet(std::vector<PlanBlock> &blocks, const Session &session, const Activity &activity,
                     const Track *track) const
    {
        PlanBlock heading = block(PlanBlock::Kind::Heading, activity.title);
        if (track)
            heading.colour = track->colour;
        // The agenda's six columns of Danish compound words ("kommunaldirektøren") break inside
        // words on an upright page; on its side each column has room, as facilitators print a
        // drejebog. The sign-in list is upright, on pages of its own.
        heading.landscape = !m_agendas.value(session.id).empty();
        blocks.push_back(heading);

        PlanBlock facts{PlanBlock::Kind::Facts};
        facts.facts.append({tr("Date"), date(session)});
        if (const QString when = time(session); !when.isEmpty())
            facts.facts.append({tr("Time"), when});
        if (const QString where = place(session, activity); !where.isEmpty())
            facts.facts.append({tr("Place"), where});
        if (!activity.facilitator.isEmpty())
            facts.facts.append({tr("Facilitator"), activity.facilitator});
        facts.facts.append({tr("Kind"), DomainLabels::label(activity.kind)});
        if (track)
            facts.facts.append({tr("Track"), track->name});
        const std::vector<const Session *> &series = m_sessionsOf.value(activity.id);
        if (series.size() > 1) {
            const auto found = std::find(series.begin(), series.end(), &session);
            facts.facts.append({tr("Session"), tr("%1 of %2", "a session's number in its series")
                                                   .arg(found - series.begin() + 1)
                                                   .arg(series.size())});
        }
        blocks.push_back(facts);
        if (!activity.description.isEmpty()) {
            blocks.push_back(block(PlanBlock::Kind::Subheading, tr("Purpose")));
            blocks.push_back(block(PlanBlock::Kind::Paragraph, activity.description));
        }
        // What to bring and whom to expect come before the day's agenda, as the facilitator
        // prepares them in that order; the agenda may then run onto the next page.
        if (!activity.materials.isEmpty()) {
            blocks.push_back(block(PlanBlock::Kind::Subheading, tr("Materials")));
            blocks.push_back(block(PlanBlock::Kind::Paragraph, activity.materials));
        }
        addPartners(blocks, activity);
        addAgenda(blocks, session);
    }

    void addAgenda(std::vector<PlanBlock> &blocks, const Session &session) const
    {
        blocks.push_back(block(PlanBlock::Kind::Subheading, tr("Agenda")));
        const SessionAgenda::Items items = m_agendas.value(session.id);
        if (items.empty()) {
            blocks.push_back(block(PlanBlock::Kind::Paragraph,
                                   tr("No timed agenda has been written for this session yet.")));
            return;
        }
        PlanBlock table{PlanBlock::Kind::Table};
        table.header = {tr("Time"), tr("What"), tr("Why"), tr("How"), tr("Who"), tr("Plan B")};
        table.keepWhole = {true, false, false, false, false, false};
        table.compact = true;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const AgendaItem &item = *items[i];
            table.rows.append(
                {SessionAgenda::timeText(items, i, session), item.what, item.why, item.how, item.who, item.planB});
        }
        blocks.push_back(table);
    }

    // The partners of the activity, then those of its whole track, with what they do there and
    // whom to call on the day.
    void addPartners(std::vector<PlanBlock> &blocks, const Activity &activity) const
    {
        PlanBlock table{PlanBlock::Kind::Table};
        table.header = {tr("Partner"), tr("Takes part"), tr("Contact")};
        table.keepWhole = {false, false, true};
        auto add = [&](const std::vector<const Partnership *> &partnerships, bool wholeTrack) {
            for (const Partnership *partnership : partnerships) {
                const Organisation *partner = m_project.organisations.find(partnership->organisationId);
                if (!partner)
                    continue;
                QString part = partnership->note;
                if (wholeTrack)
                    part = part.isEmpty() ? tr("In the whole track")
                                          : tr("%1 (in the whole track)", "what a partner does in a track").arg(part);
                // The name above the phone number, each kept on its line: a number broken
                // between its pairs of digits is misdialled.
                QStringList contact;
                for (const QString &detail : {partner->contactName, partner->contactPhone})
                    if (!detail.isEmpty())
                        contact.append(detail);
                table.rows.append({partner->name, part, contact.join(QLatin1Char('\n'))});
            }
        };
        add(m_partnersOfActivity.value(activity.id), false);
        add(m_partnersOfTrack.value(activity.trackId), true);
        if (table.rows.isEmpty())
            return;
        blocks.push_back(block(PlanBlock::Kind::Subheading, tr("Partners")));
        blocks.push_back(table);
    }

    void addSignInList(std::vector<PlanBlock> &blocks, const Session &session, const Activity &activity,
                       const Track *track)
    {
        // The list starts a page of its own, to be passed round the room apart from the run sheet.
        PlanBlock heading = block(PlanBlock::Kind::Heading, tr("Sign-in list"));
        if (track)
            heading.colour = track->colour;
        blocks.push_back(heading);
        // Short, so that the page keeps its room for rows to sign.
        PlanBlock facts{PlanBlock::Kind::Facts};
        facts.facts.append({tr("Activity"), activity.title});
        QStringList when{date(session)};
        for (const QString &detail : {time(session), place(session, activity)})
            if (!detail.isEmpty())
                when.append(detail);
        facts.facts.append({tr("When"), when.join(QLatin1String(", "))});
        blocks.push_back(facts);

        const QList<QStringList> &people = peopleRows(activity.id);
        const int walkIns = RunSheet::walkInRows(int(people.size()));
        blocks.push_back(block(PlanBlock::Kind::Paragraph,
                               people.isEmpty()
                                   ? tr("No one is enrolled. Everyone who comes writes their name in an empty row.")
                                   : tr("%n person(s) enrolled. Sign by your name, or write it in an empty row.",
                                        nullptr, int(people.size()))));
        PlanBlock table{PlanBlock::Kind::Table};
        table.header = {tr("No."), tr("Name"), tr("Organisation"), tr("Signature")};
        table.keepWhole = {true, false, false, false};
        table.minimumWidthMm = {0, 0, 0, signatureColumnMm};
        table.minimumRowHeightMm = signatureRowMm;
        table.continuedCaption = tr("Sign-in list: %1, %2 (continued)", "activity, date")
                                     .arg(activity.title, date(session));
        int number = 0;
        for (const QStringList &person : people)
            table.rows.append(QStringList{DisplayText::number(++number)} + person);
        for (int i = 0; i < walkIns; ++i)
            table.rows.append({DisplayText::number(++number), QString(), QString(), QString()});
        blocks.push_back(table);
    }

    // Name, organisation and room to sign of the activity's people, by name: made once per
    // activity, however many of its sessions are printed.
    const QList<QStringList> &peopleRows(qint64 activityId)
    {
        auto found = m_peopleRows.find(activityId);
        if (found != m_peopleRows.end())
            return *found;
        std::vector<const Participant *> people;
        for (qint64 id : m_people.value(activityId))
            if (const Participant *person = m_project.participants.find(id))
                people.push_back(person);
        std::sort(people.begin(), people.end(), [this](const Participant *a, const Participant *b) {
            return PersonName::compare(m_collator, a->name, b->name, m_nameOrder) < 0;
        });
        QList<QStringList> rows;
        rows.reserve(qsizetype(people.size()));
        for (const Participant *person : people) {
            const Organisation *organisation = m_project.organisations.find(person->organisationId);
            rows.append({person->name.isEmpty() ? person->email : person->name,
                         organisation ? organisation->name : QString(), QString()});
        }
        return *m_peopleRows.insert(activityId, rows);
    }

    const Project &m_project;
    const std::vector<const Session *> &m_sessions;
    QCollator m_collator;
    NameOrder m_nameOrder;
    QHash<qint64, std::vector<const Session *>> m_sessionsOf;
    QHash<qint64, SessionAgenda::Items> m_agendas;
    QHash<qint64, std::vector<const Partnership *>> m_partnersOfActivity;
    QHash<qint64, std::vector<const Partnership *>> m_partnersOfTrack;
    QHash<qint64, QList<qint64>> m_people;
    QHash<qint64, QList<QStringList>> m_peopleRows;
};

} // namespace

std::vector<const Session *> RunSheet::sessions(const Project &project, const OutputOptions &options)
{
    std::vector<const Session *> found;
    if (options.sessionId != 0) {
        if (const Session *session = project.sessions.find(options.sessionId))
            found.push_back(session);
        return found;
    }
    CalendarScope scope;
    scope.activityId = options.activityId;
    scope.trackId = options.trackId;
    if (options.activityId == 0 && options.trackId == 0) {
        scope.academyId = academyFor(project, options);
        if (scope.academyId == 0)
            return found;
    }
    const QSet<qint64> activities = CalendarExport::activitiesOf(project, scope);
    for (const Session &session : project.sessions)
        if (activities.contains(session.activityId))
            found.push_back(&session);
    // Undated sessions last; sessions at the same time in the order they were planned.
    std::sort(found.begin(), found.end(), [](const Session *a, const Session *b) {
        return std::tuple(!a->date.isValid(), a->date, a->startTime, a->id)
               < std::tuple(!b->date.isValid(), b->date, b->startTime, b->id);
    });
    return found;
}

PdfDocument RunSheet::document(const Project &project, const OutputOptions &options)
{
    PdfDocument document;
    const std::vector<const Session *> covered = sessions(project, options);
    if (covered.empty())
        return document;
    const ScopedLanguage language(options.locale);
    const Academy *academy = project.academyOfActivity(covered.front()->activityId);
    Content content(project, covered, options.nameOrder);
    document.blocks = content.blocks();
    const QString academyName = academy ? academy->name : QString();
    document.running = {academyName, tr("Run sheet"),
                        tr("Run sheets as of %1").arg(DisplayText::dayMonthYear(options.planDate)),
                        // The programme plan's words, spelled out with its context for lupdate.
                        QCoreApplication::translate("Akademiplan::ProgrammePlan", "Page %1 of %2")};
    if (covered.size() == 1) {
        const Activity *activity = project.activities.find(covered.front()->activityId);
        document.title = tr("Run sheet: %1, %2", "activity, date")
                             .arg(activity ? activity->title : QString(), DisplayText::dayMonthYear(covered.front()->date));
    } else {
        document.title = tr("Run sheets: %1").arg(academyName);
    }
    document.author = academy ? academy->consultant : QString();
    document.subject = tr("Run sheet");
    document.locale = options.locale;
    return document;
}

bool RunSheet::write(const Project &project, const OutputOptions &options, const QString &path, QString *error,
                     int *written)
{
    const PdfDocument document = RunSheet::document(project, options);
    if (document.blocks.empty()) {
        *error = tr("There is no session to make a run sheet for.");
        return false;
    }
    if (!document.write(project, path, error))
        return false;
    if (written)
        *written = int(sessions(project, options).size());
    return true;
}

int RunSheet::walkInRows(int enrolled)
{
    return std::max(3, (enrolled + 9) / 10);
}

} // namespace Akademiplan
