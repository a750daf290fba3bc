// SPDX-License-Identifier: MPL-2.0
#include "personalschedule.h"

#include "domain/domainlabels.h"
#include "domain/project.h"
#include "exchange/calendarindex.h"
#include "i18n/displaytext.h"
#include "i18n/scopedlanguage.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace Akademiplan {

namespace {

QString titleOf(const Activity &activity)
{
    return activity.title.isEmpty() ? DomainLabels::label(activity.kind) : activity.title;
}

// The academy the options narrow to; 0 when they name none.
qint64 academyOfScope(const Project &project, const OutputOptions &options)
{
    if (options.academyId != 0)
        return options.academyId;
    if (const Track *track = project.tracks.find(options.trackId))
        return track->academyId;
    if (const Academy *academy = project.academyOfActivity(options.activityId))
        return academy->id;
    return 0;
}

PlanBlock subheading(const QString &text)
{
    PlanBlock block{PlanBlock::Kind::Subheading};
    block.text = text;
    return block;
}

PlanBlock paragraph(const QString &text)
{
    PlanBlock block{PlanBlock::Kind::Paragraph};
    block.text = text;
    return block;
}

} // namespace

PdfDocument PersonalSchedule::document(const Project &project, qint64 participantId, const OutputOptions &options)
{
    const ScopedLanguage language(options.locale);
    const CalendarIndex index(project, {}, participantId);
    return PersonalSchedule(index, options).documentOf(participantId);
}

PersonalSchedule::PersonalSchedule(const CalendarIndex &index, const OutputOptions &options)
    : m_index(index)
    , m_options(options)
{
}

CalendarScope PersonalSchedule::calendarScope(qint64 participantId) const
{
    return {m_options.academyId, m_options.trackId, m_options.activityId, participantId};
}

std::vector<const Session *> PersonalSchedule::sessionsOf(qint64 participantId) const
{
    std::vector<const Session *> sessions;
    for (qint64 activityId : CalendarExport::activitiesOf(m_index, calendarScope(participantId))) {
        // A file another program wrote may hold an enrolment in an activity that is not there.
        if (!m_index.project().activities.contains(activityId))
            continue;
        for (const Session *session : m_index.sessionsOf(activityId))
            if (session->date.isValid())
                sessions.push_back(session);
    }
    // The activity's id last, so that two sessions at the same time keep one order in every run.
    std::sort(sessions.begin(), sessions.end(), [](const Session *a, const Session *b) {
        return std::tie(a->date, a->startTime, a->endTime, a->activityId, a->id)
               < std::tie(b->date, b->startTime, b->endTime, b->activityId, b->id);
    });
    return sessions;
}

PdfDocument PersonalSchedule::documentOf(qint64 participantId) const
{
    const Project &project = m_index.project();
    PdfDocument pdf;
    pdf.locale = m_options.locale;
    const Participant *person = project.participants.find(participantId);
    if (!person)
        return pdf;
    const QString name = person->name.isEmpty() ? person->email : person->name;
    const std::vector<const Session *> sessions = sessionsOf(participantId);

    // The activities in the order their first session comes, and the academies they belong to.
    std::vector<const Activity *> activities;
    QHash<qint64, int> sessionCount;
    QStringList academyNames;
    for (const Session *session : sessions) {
        if (sessionCount[session->activityId]++ > 0)
            continue;
        const Activity *activity = project.activities.find(session->activityId);
        activities.push_back(activity);
        const Academy *academy = project.academyOfActivity(activity->id);
        if (academy && !academyNames.contains(academy->name))
            academyNames.append(academy->name);
    }
    const qint64 scopeAcademy = academyOfScope(project, m_options);
    if (academyNames.isEmpty()) {
        const Academy *academy = project.academies.find(scopeAcademy);
        if (!academy && project.academies.size() == 1)
            academy = &project.academies.items().front();
        if (academy)
            academyNames.append(academy->name);
    }
    const QString academies = QLocale().createSeparatedList(academyNames);
    const Academy *mainAcademy = project.academies.find(scopeAcademy);
    if (!mainAcademy && !activities.empty())
        mainAcademy = project.academyOfActivity(activities.front()->id);
    if (mainAcademy)
        pdf.author = mainAcademy->consultant;

    PlanBlock heading{PlanBlock::Kind::Heading};
    heading.text = tr("Schedule for %1").arg(name);
    pdf.blocks.push_back(heading);
    PlanBlock about{PlanBlock::Kind::Facts};
    if (const Organisation *organisation = project.organisations.find(person->organisationId))
        about.facts.append({tr("Organisation"), organisation->name});
    if (!academies.isEmpty())
        about.facts.append({tr("Academy"), academies});
    about.facts.append(
        {tr("Sessions"), sessions.empty() ? tr("None yet")
                         : sessions.size() == 1
                             ? tr("1, on %1").arg(DisplayText::date(sessions.front()->date))
                             : tr("%1, from %2 to %3", "a number of sessions and the first and last date")
                                   .arg(DisplayText::number(qint64(sessions.size())),
                                        DisplayText::dayMonthYear(sessions.front()->date),
                                        DisplayText::dayMonthYear(sessions.back()->date))});
    pdf.blocks.push_back(about);

    pdf.blocks.push_back(subheading(tr("Your sessions")));
    if (sessions.empty()) {
        pdf.blocks.push_back(paragraph(tr("You have no sessions here yet.")));
    } else {
        PlanBlock table{PlanBlock::Kind::Table};
        // The week beside the weekday, so that five columns leave the activity, track and place
        // room for their longest words on an upright page.
        table.header = {tr("Date"), tr("Time"), tr("Activity"), tr("Track"), tr("Place")};
        table.keepWhole = {true, true, false, false, false};
        for (const Session *session : sessions) {
            const Activity *activity = project.activities.find(session->activityId);
            const Track *track = project.tracks.find(activity->trackId);
            table.rows.append({tr("%1, %2", "a weekday and its week: tuesday, week 11")
                                       .arg(DisplayText::weekday(session->date), DisplayText::week(session->date))
                                   + QLatin1Char('\n') + DisplayText::dayMonthYear(session->date),
                               session->startTime.isValid()
                                   ? DisplayText::timeRange(session->startTime, session->endTime)
                                   : tr("All day"),
                               titleOf(*activity), track ? track->name : QString(), sessionPlace(*session, *activity)});
        }
        pdf.blocks.push_back(table);

        pdf.blocks.push_back(subheading(tr("Your activities")));
        PlanBlock activityTable{PlanBlock::Kind::Table};
        activityTable.header = {tr("Activity"), tr("Facilitator"), tr("Sessions")};
        activityTable.keepWhole = {false, false, true};
        activityTable.alignRight = {false, false, true};
        bool notes = false;
        for (const Activity *activity : activities) {
            QString note;
            if (const int groups = m_index.parallelGroupCount(activity->id); groups > 1)
                note = tr("One of %n parallel groups of “%1”: these are the dates of your group.", nullptr, groups)
                           .arg(activity->parallelGroup);
            notes = notes || !note.isEmpty();
            activityTable.rows.append({titleOf(*activity), activity->facilitator,
                                       DisplayText::number(sessionCount.value(activity->id)), note});
        }
        // A column of notes only where there is one to make.
        if (notes) {
            activityTable.header.append(tr("Note"));
        } else {
            for (QStringList &row : activityTable.rows)
                row.removeLast();
        }
        pdf.blocks.push_back(activityTable);
    }

    // A place on a waiting list is said, not hidden: the person should know they may be called.
    PlanBlock waiting{PlanBlock::Kind::Table};
    waiting.header = {tr("Activity"), tr("Track"), tr("Dates")};
    const CalendarScope scope = calendarScope(participantId);
    for (const Enrolment *enrolment : m_index.enrolmentsOf(participantId)) {
        if (enrolment->activityId == 0 || enrolment->status != EnrolmentStatus::Waitlisted
            || !CalendarExport::holds(project, scope, enrolment->activityId))
            continue;
        const Activity *activity = project.activities.find(enrolment->activityId);
        if (!activity)
            continue;
        const Track *track = project.tracks.find(activity->trackId);
        QStringList dates;
        for (const Session *session : m_index.sessionsOf(activity->id))
            if (session->date.isValid())
                dates.append(DisplayText::dayMonthYear(session->date));
        waiting.rows.append({titleOf(*activity), track ? track->name : QString(),
                             dates.isEmpty() ? tr("Not set yet") : dates.join(QLatin1String(", "))});
    }
    if (!waiting.rows.isEmpty()) {
        pdf.blocks.push_back(subheading(tr("On the waiting list")));
        pdf.blocks.push_back(
            paragraph(tr("You are on the waiting list for these activities. Their sessions are not in your schedule "
                         "or your calendar until you are given a place.")));
        pdf.blocks.push_back(waiting);
    }

    pdf.running = {academies, name, tr("Schedule as of %1").arg(DisplayText::dayMonthYear(m_options.planDate)),
                   QCoreApplication::translate("Akademiplan::ProgrammePlan", "Page %1 of %2")};
    pdf.title = heading.text;
    pdf.subject = tr("Personal schedule");
    pdf.academyId = project.academies.contains(scopeAcademy) ? scopeAcademy : 0;
    return pdf;
}

} // namespace Akademiplan
