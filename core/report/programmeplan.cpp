// SPDX-License-Identifier: MPL-2.0
#include "programmeplan.h"

#include "academyprogramme.h"
#include "budgetsection.h"
#include "domain/domainlabels.h"
#include "domain/project.h"
#include "evaluationsection.h"
#include "i18n/scopedlanguage.h"
#include "i18n/displaytext.h"
#include "municipalitynames.h"
#include "pdfdocument.h"
#include "planlayout.h"
#include "planpainter.h"

#include <QHash>

#include <algorithm>

namespace Akademiplan {

namespace {

QString sessionTime(const Session &session)
{
    return DisplayText::timeRange(session.startTime, session.endTime);
}

// The plan's content, in the language that is installed while it runs.
class Content
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ProgrammePlan)

public:
    Content(const Project &project, const Academy &academy, const PlanOptions &options)
        : m_project(project)
        , m_academy(academy)
        , m_options(options)
        , m_programme(project, academy.id)
        , m_tracks(m_programme.tracks())
    {
    }

    std::vector<PlanBlock> blocks() const
    {
        std::vector<PlanBlock> blocks;
        addCover(blocks);
        addAcademy(blocks);
        PlanBlock timeline{PlanBlock::Kind::Timeline};
        timeline.text = tr("The programme at a glance");
        blocks.push_back(timeline);
        for (const Track *track : m_tracks)
            addTrack(blocks, *track);
        addCalendar(blocks);
        addPartners(blocks);
        BudgetSection::add(m_project, m_academy.id, m_options.budgetWithStaffTime, blocks);
        EvaluationSection::add(m_project, m_academy.id, m_options.planDate, blocks);
        if (m_options.withParticipants)
            addParticipants(blocks);
        return blocks;
    }

    PlanPainter::Running running() const
    {
        // Spelled out with their context: lupdate cannot tell the class from the return type here.
        return {m_academy.name, MunicipalityNames::owner(m_project),
                QCoreApplication::translate("Akademiplan::ProgrammePlan", "Plan as of %1")
                    .arg(DisplayText::dayMonthYear(m_options.planDate)),
                QCoreApplication::translate("Akademiplan::ProgrammePlan", "Page %1 of %2")};
    }

private:
    void addCover(std::vector<PlanBlock> &blocks) const
    {
        PlanBlock cover{PlanBlock::Kind::Cover};
        cover.text = m_academy.name;
        cover.lines.append(MunicipalityNames::ownerWithPartners(m_project, m_academy));
        cover.lines.append(QStringLiteral("%1 – %2").arg(DisplayText::dayMonthYear(m_academy.startDate),
                                                         DisplayText::dayMonthYear(m_academy.endDate)));
        cover.facts = {{tr("Status"), DomainLabels::label(m_academy.status)},
                       {tr("Date of the plan"), DisplayText::dayMonthYear(m_options.planDate)}};
        if (!m_academy.consultant.isEmpty())
            cover.facts.prepend({tr("Consultant"), m_academy.consultant});
        for (const Track *track : m_tracks)
            cover.rows.append({track->colour.name()});
        blocks.push_back(cover);
    }

    void addAcademy(std::vector<PlanBlock> &blocks) const
    {
        PlanBlock heading{PlanBlock::Kind::Heading};
        heading.text = tr("The academy");
        blocks.push_back(heading);
        if (!m_academy.purpose.isEmpty()) {
            blocks.push_back(subheading(tr("Purpose")));
            PlanBlock purpose{PlanBlock::Kind::Paragraph};
            purpose.text = m_academy.purpose;
            blocks.push_back(purpose);
        }
        if (!m_academy.focusAreas.isEmpty()) {
            blocks.push_back(subheading(tr("Strategic focus areas")));
            PlanBlock areas{PlanBlock::Kind::Bullets};
            areas.lines = m_academy.focusAreas;
            blocks.push_back(areas);
        }
        blocks.push_back(subheading(tr("The tracks")));
        PlanBlock tracks{PlanBlock::Kind::Table};
        tracks.header = {tr("Track"), tr("Target group"), tr("Goal")};
        for (const Track *track : m_tracks)
            tracks.rows.append({track->name, track->targetGroup, track->goal});
        if (tracks.rows.isEmpty()) {
            PlanBlock none{PlanBlock::Kind::Paragraph};
            none.text = tr("The academy has no tracks yet.");
            blocks.push_back(none);
        } else {
            blocks.push_back(tracks);
        }
    }

    QString partnerNames(const std::vector<const Partnership *> &partnerships) const
    {
        QStringList names;
        for (const Partnership *partnership : partnerships)
            if (const Organisation *partner = m_project.organisations.find(partnership->organisationId))
                names.append(partner->name);
        return names.join(QLatin1String(", "));
    }

    void addTrack(std::vector<PlanBlock> &blocks, const Track &track) const
    {
        PlanBlock heading{PlanBlock::Kind::Heading};
        heading.text = track.name;
        heading.colour = track.colour;
        blocks.push_back(heading);
        PlanBlock facts{PlanBlock::Kind::Facts};
        facts.facts = {{tr("Goal"), track.goal}, {tr("Target group"), track.targetGroup}};
        if (const QString partners = partnerNames(m_project.partnershipsOfTrack(track.id)); !partners.isEmpty())
            facts.facts.append({tr("Partners"), partners});
        blocks.push_back(facts);
        for (const Activity *activity : m_programme.activitiesOf(track.id)) {
            blocks.push_back(subheading(activity->title));
            PlanBlock about{PlanBlock::Kind::Facts};
            about.facts.append({tr("Kind"), DomainLabels::label(activity->kind)});
            if (!activity->facilitator.isEmpty())
                about.facts.append({tr("Facilitator"), activity->facilitator});
            if (!activity->location.isEmpty())
                about.facts.append({tr("Location"), activity->location});
            about.facts.append({tr("Capacity"), activity->capacity > 0
                                                    ? DisplayText::number(activity->capacity)
                                                    : tr("No limit")});
            if (const QString partners = partnerNames(m_project.partnershipsOfActivity(activity->id));
                !partners.isEmpty())
                about.facts.append({tr("Partners"), partners});
            blocks.push_back(about);
            if (!activity->description.isEmpty()) {
                PlanBlock description{PlanBlock::Kind::Paragraph};
                description.text = activity->description;
                blocks.push_back(description);
            }
            PlanBlock sessions{PlanBlock::Kind::Table};
            sessions.header = {tr("Weekday"), tr("Date"), tr("Week"), tr("Time"), tr("Place")};
            sessions.keepWhole = {true, true, true, true, false};
            for (const Session *session : m_programme.sessionsOf(activity->id))
                sessions.rows.append({DisplayText::weekday(session->date), DisplayText::dayMonthYear(session->date),
                                      DisplayText::week(session->date), sessionTime(*session),
                                      sessionPlace(*session, *activity)});
            if (sessions.rows.isEmpty()) {
                PlanBlock none{PlanBlock::Kind::Paragraph};
                none.text = tr("No sessions are planned yet.");
                blocks.push_back(none);
            } else {
                blocks.push_back(sessions);
            }
        }
    }

    void addCalendar(std::vector<PlanBlock> &blocks) const
    {
        PlanBlock heading{PlanBlock::Kind::Heading};
        heading.text = tr("Calendar of all sessions");
        // Six columns, three of them kept on one line, leave the text columns room on a page
        // on its side that an upright one cannot give them without breaking their words.
        heading.landscape = true;
        blocks.push_back(heading);
        PlanBlock calendar{PlanBlock::Kind::Table};
        calendar.header = {tr("Date"), tr("Week"), tr("Time"), tr("Activity"), tr("Track"), tr("Place")};
        calendar.keepWhole = {true, true, true, false, false, false};
        calendar.compact = true;
        for (const Session *session : m_programme.sessions()) {
            const Activity *activity = m_project.activities.find(session->activityId);
            const Track *track = m_project.tracks.find(activity->trackId);
            calendar.rows.append({DisplayText::weekday(session->date) + QLatin1Char(' ')
                                      + DisplayText::dayMonthYear(session->date),
                                  DisplayText::week(session->date), sessionTime(*session), activity->title,
                                  track ? track->name : QString(), sessionPlace(*session, *activity)});
        }
        if (calendar.rows.isEmpty()) {
            PlanBlock none{PlanBlock::Kind::Paragraph};
            none.text = tr("No sessions are planned yet.");
            blocks.push_back(none);
        } else {
            blocks.push_back(calendar);
        }
    }

    // The partners of this academy's tracks and activities, what each contributes and where it
    // takes part; no section when the academy has none.
    void addPartners(std::vector<PlanBlock> &blocks) const
    {
        std::vector<const Organisation *> partners;
        QHash<qint64, QStringList> places;
        auto inThisAcademy = [this](const Partnership &partnership) {
            const Activity *activity = m_project.activities.find(partnership.activityId);
            const qint64 trackId = activity ? activity->trackId : partnership.trackId;
            return std::any_of(m_tracks.begin(), m_tracks.end(), [&](const Track *t) { return t->id == trackId; });
        };
        for (const Partnership &partnership : m_project.partnerships) {
            const Organisation *partner = m_project.organisations.find(partnership.organisationId);
            if (!partner || !inThisAcademy(partnership))
                continue;
            if (!places.contains(partner->id))
                partners.push_back(partner);
            const Activity *activity = m_project.activities.find(partnership.activityId);
            const Track *track = m_project.tracks.find(partnership.trackId);
            const QString place = activity ? activity->title : tr("the track %1").arg(track ? track->name : QString());
            places[partner->id].append(partnership.note.isEmpty()
                                           ? place
                                           : tr("%1: %2", "a place and what the partner does there")
                                                 .arg(place, partnership.note));
        }
        if (partners.empty())
            return;
        std::sort(partners.begin(), partners.end(), [](const Organisation *a, const Organisation *b) {
            return QString::localeAwareCompare(a->name, b->name) < 0;
        });
        PlanBlock heading{PlanBlock::Kind::Heading};
        heading.text = tr("Partners");
        blocks.push_back(heading);
        PlanBlock intro{PlanBlock::Kind::Paragraph};
        intro.text = tr("The academy works with these partners outside the municipal organisation.");
        blocks.push_back(intro);
        PlanBlock table{PlanBlock::Kind::Table};
        table.header = {tr("Partner"), tr("Contributes"), tr("Takes part in")};
        for (const Organisation *partner : partners) {
            table.rows.append({tr("%1 (%2)", "a partner and its kind")
                                   .arg(partner->name, DomainLabels::label(partner->kind).toLower()),
                               DomainLabels::label(partner->contributions),
                               places.value(partner->id).join(QLatin1String("; "))});
        }
        blocks.push_back(table);
    }

    void addParticipants(std::vector<PlanBlock> &blocks) const
    {
        PlanBlock heading{PlanBlock::Kind::Heading};
        heading.text = tr("Appendix: participants per activity");
        blocks.push_back(heading);
        QHash<qint64, QList<const Enrolment *>> byActivity;
        for (const Enrolment &enrolment : m_project.enrolments)
            if (enrolment.activityId != 0 && enrolment.status != EnrolmentStatus::Cancelled)
                byActivity[enrolment.activityId].append(&enrolment);
        for (const Track *track : m_tracks) {
            for (const Activity *activity : m_programme.activitiesOf(track->id)) {
                blocks.push_back(subheading(activity->title));
                PlanBlock people{PlanBlock::Kind::Table};
                people.header = {tr("Name"), tr("Role"), tr("Organisation"), tr("Status")};
                for (const Enrolment *enrolment : byActivity.value(activity->id)) {
                    const Participant *participant = m_project.participants.find(enrolment->participantId);
                    if (!participant)
                        continue;
                    const Organisation *organisation = m_project.organisations.find(participant->organisationId);
                    people.rows.append({participant->name, DomainLabels::label(participant->role),
                                        organisation ? organisation->name : QString(),
                                        DomainLabels::label(enrolment->status)});
                }
                std::sort(people.rows.begin(), people.rows.end(), [](const QStringList &a, const QStringList &b) {
                    return QString::localeAwareCompare(a.front(), b.front()) < 0;
                });
                if (people.rows.isEmpty()) {
                    PlanBlock none{PlanBlock::Kind::Paragraph};
                    none.text = tr("No one is enrolled yet.");
                    blocks.push_back(none);
                } else {
                    blocks.push_back(people);
                }
            }
        }
    }

    static PlanBlock subheading(const QString &text)
    {
        PlanBlock block{PlanBlock::Kind::Subheading};
        block.text = text;
        return block;
    }

    const Project &m_project;
    const Academy &m_academy;
    const PlanOptions &m_options;
    const AcademyProgramme m_programme;
    const std::vector<const Track *> &m_tracks;
};

} // namespace

qint64 ProgrammePlan::academyFor(const Project &project, const PlanOptions &options)
{
    return AcademyProgramme::academyFor(project, options.academyId);
}

PdfDocument ProgrammePlan::document(const Project &project, const PlanOptions &options)
{
    PdfDocument document;
    document.academyId = academyFor(project, options);
    if (document.academyId == 0)
        return document;
    const ScopedLanguage language(options.locale);
    const Academy &academy = *project.academies.find(document.academyId);
    const Content content(project, academy, options);
    document.blocks = content.blocks();
    document.running = content.running();
    document.title = academy.name;
    document.author = academy.consultant;
    document.subject = tr("Programme plan");
    document.locale = options.locale;
    document.pdfA = options.pdfA;
    document.progress = options.progress;
    return document;
}

std::vector<PlanPage> ProgrammePlan::layout(const Project &project, const PlanOptions &options,
                                            QPagedPaintDevice *device)
{
    const PdfDocument plan = document(project, options);
    return plan.academyId == 0 ? std::vector<PlanPage>() : plan.layout(device);
}

bool ProgrammePlan::paint(const Project &project, const PlanOptions &options, QPagedPaintDevice *device,
                          QString *error, SidewaysPages sideways)
{
    const PdfDocument plan = document(project, options);
    if (plan.academyId == 0) {
        *error = tr("The project has no academy to make a plan of.");
        return false;
    }
    return plan.paint(project, device, error, sideways == SidewaysPages::TurnedUpright);
}

bool ProgrammePlan::exportPdf(const Project &project, const PlanOptions &options, const QString &path, QString *error)
{
    const PdfDocument plan = document(project, options);
    if (plan.academyId == 0) {
        *error = tr("The project has no academy to make a plan of.");
        return false;
    }
    return plan.write(project, path, error);
}

} // namespace Akademiplan
