// SPDX-License-Identifier: MPL-2.0
#include "issuetext.h"

#include "domain/domainlabels.h"

#include "i18n/displaytext.h"
#include "planning/plancheck.h"

namespace Akademiplan {

QString IssueText::rowName(const Project &project, EntityType type, qint64 id)
{
    auto participantName = [&project](qint64 participantId) {
        const Participant *participant = project.participants.find(participantId);
        return participant ? participant->name : QString();
    };
    switch (type) {
    case EntityType::Academy:
        if (const Academy *academy = project.academies.find(id))
            return tr("Academy “%1”").arg(academy->name);
        break;
    case EntityType::Track:
        if (const Track *track = project.tracks.find(id))
            return tr("Track “%1”").arg(track->name);
        break;
    case EntityType::Activity:
        if (const Activity *activity = project.activities.find(id))
            return tr("Activity “%1”").arg(activity->title);
        break;
    case EntityType::Session:
        if (const Session *session = project.sessions.find(id)) {
            const Activity *activity = project.activities.find(session->activityId);
            return tr("Session on %1 of “%2”")
                .arg(DisplayText::shortDate(session->date), activity ? activity->title : QString());
        }
        break;
    case EntityType::Organisation:
        if (const Organisation *organisation = project.organisations.find(id))
            return tr("Organisation “%1”").arg(organisation->name);
        break;
    case EntityType::Participant:
        if (const Participant *participant = project.participants.find(id))
            return tr("Participant “%1”").arg(participant->name);
        break;
    case EntityType::Enrolment:
        if (const Enrolment *enrolment = project.enrolments.find(id))
            return tr("Enrolment of “%1”").arg(participantName(enrolment->participantId));
        break;
    case EntityType::Attendance:
        if (const Attendance *attendance = project.attendances.find(id))
            return tr("Attendance of “%1”").arg(participantName(attendance->participantId));
        break;
    case EntityType::Partnership:
        if (const Partnership *partnership = project.partnerships.find(id)) {
            const Organisation *organisation = project.organisations.find(partnership->organisationId);
            return tr("Partnership of “%1”").arg(organisation ? organisation->name : QString());
        }
        break;
    case EntityType::Dismissal:
        if (const Dismissal *dismissal = project.dismissals.find(id))
            return tr("Dismissed warning “%1”").arg(PlanCheck::kindLabel(dismissal->kind));
        break;
    case EntityType::CostLine:
        if (const CostLine *line = project.costLines.find(id))
            return tr("Cost line “%1”").arg(line->description.isEmpty() ? DomainLabels::label(line->kind)
                                                                         : line->description);
        break;
    case EntityType::StaffRate:
        if (const StaffRate *rate = project.staffRates.find(id))
            return tr("Staff rate for %1").arg(DomainLabels::plural(rate->role));
        break;
    case EntityType::Funding:
        if (const Funding *funding = project.fundings.find(id))
            return tr("Funding “%1”").arg(funding->name.isEmpty() ? DomainLabels::label(funding->kind) : funding->name);
        break;
    case EntityType::ProgrammeTheory:
        if (const ProgrammeTheory *theory = project.programmeTheories.find(id)) {
            const Academy *academy = project.academies.find(theory->academyId);
            return tr("Programme theory of “%1”").arg(academy ? academy->name : QString());
        }
        break;
    case EntityType::LearningGoal:
        if (const LearningGoal *goal = project.learningGoals.find(id))
            return tr("Learning goal “%1”").arg(goal->text);
        break;
    case EntityType::Indicator:
        if (const Indicator *indicator = project.indicators.find(id))
            return tr("Indicator “%1”").arg(indicator->name);
        break;
    case EntityType::Measurement:
        if (const Measurement *measurement = project.measurements.find(id)) {
            const Indicator *indicator = project.indicators.find(measurement->indicatorId);
            return tr("Measurement of “%1”").arg(indicator ? indicator->name : QString());
        }
        break;
    case EntityType::AgendaItem:
        if (const AgendaItem *item = project.agendaItems.find(id)) {
            const Session *session = project.sessions.find(item->sessionId);
            return tr("Agenda item “%1” on %2")
                .arg(item->what, session ? DisplayText::shortDate(session->date) : QString());
        }
        break;
    }
    return {};
}

QString IssueText::describe(const Project &project, const ValidationIssue &issue)
{
    const QString row = rowName(project, issue.entityType, issue.entityId);
    return row.isEmpty() ? issue.message : tr("%1: %2", "row: problem").arg(row, issue.message);
}

} // namespace Akademiplan
