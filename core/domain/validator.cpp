// SPDX-License-Identifier: MPL-2.0
#include "validator.h"

#include "entitydescription.h"
#include "i18n/displaytext.h"
#include "municipalityregistry.h"
#include "planning/councilmeetings.h"

#include <QLocale>
#include <QRegularExpression>

namespace Akademiplan {

namespace {

void error(ValidationIssues &issues, const char *field, const char *kind, const QString &message)
{
    ValidationIssue issue;
    issue.field = QString::fromLatin1(field);
    issue.kind = QString::fromLatin1(kind);
    issue.message = message;
    issues.append(issue);
}

void warning(ValidationIssues &issues, const char *field, const char *kind, const QString &message)
{
    error(issues, field, kind, message);
    issues.last().severity = ValidationIssue::Severity::Warning;
}

template <typename T>
void checkReferences(const T &entity, const ProjectAfterChange &project, ValidationIssues &issues)
{
    const EntityDescription<T> &description = descriptionOf<T>();
    for (const FieldDescription<T> &field : description.fields) {
        if (!field.isReference())
            continue;
        const qint64 parent = entity.*field.referenceMember;
        if (parent == 0 && !field.reference.required)
            continue;
        if (parent == 0 || !project.contains(field.reference.parent, parent)) {
            ValidationIssue issue;
            issue.field = field.name;
            issue.kind = QStringLiteral("%1-missing-%2")
                             .arg(QString(description.table), tableName(field.reference.parent));
            issue.message = Validator::tr(field.reference.missingParent);
            issues.append(issue);
        }
    }
}

} // namespace

ValidationIssues Validator::check(const AnyEntity &entity, const ProjectAfterChange &project)
{
    ValidationIssues issues;
    std::visit(
        [&](const auto &row) {
            checkReferences(row, project, issues);
            checkOwnRules(row, project, issues);
            for (ValidationIssue &issue : issues) {
                issue.entityType = entityType(entity);
                issue.entityId = row.id;
                issue.entityUuid = row.uuid;
            }
        },
        entity);
    return issues;
}

ValidationIssues Validator::checkChanges(const Project &project, const ChangeSet &changes)
{
    const ProjectAfterChange after(project, changes);
    const ProjectAfterChange unchanged(project);
    ValidationIssues issues;
    for (std::size_t index = 0; index < changes.size(); ++index) {
        const Change &change = changes.changes()[index];
        if (!change.after)
            continue;
        // A rule the row already broke before this edit (a file from another tool) does not stop
        // the user from editing the row, or from mending it one field at a time.
        QStringList brokenBefore;
        if (change.before)
            for (const ValidationIssue &issue : check(*change.before, unchanged))
                brokenBefore.append(issue.kind);
        for (ValidationIssue &issue : check(*change.after, after)) {
            issue.changeIndex = int(index);
            if (brokenBefore.contains(issue.kind))
                issue.severity = ValidationIssue::Severity::Warning;
            issues.append(issue);
        }
    }
    return issues;
}

ValidationIssues Validator::checkProject(const Project &project)
{
    const ProjectAfterChange unchanged(project);
    ValidationIssues issues;
    forEachEntityType([&](auto type) {
        using T = decltype(type);
        for (const T &row : project.list<T>()) {
            for (ValidationIssue &issue : check(AnyEntity(row), unchanged)) {
                // What is only a warning in an edit (a session outside the academy's period) is
                // a state the consultant accepted, not a broken rule.
                if (issue.severity != ValidationIssue::Severity::Error)
                    continue;
                issue.severity = ValidationIssue::Severity::Warning;
                issues.append(issue);
            }
        }
    });
    return issues;
}

void Validator::checkOwnRules(const Academy &academy, const ProjectAfterChange &, ValidationIssues &issues)
{
    if (academy.name.trimmed().isEmpty())
        error(issues, "name", "academy-without-name", tr("The academy needs a name."));
    if (!academy.startDate.isValid() || !academy.endDate.isValid())
        error(issues, "startDate", "academy-without-period", tr("The academy needs a start date and an end date."));
    else if (academy.endDate < academy.startDate)
        error(issues, "endDate", "academy-ends-before-start", tr("The academy ends before it starts."));
    if (!CouncilMeetings::isValid(academy.councilMeetings))
        error(issues, "councilMeetings", "academy-unknown-council-meetings",
              tr("When the council meets is given as a week of the month and a weekday, e.g. last-tue."));
    for (int code : academy.partnerMunicipalities)
        if (!MunicipalityRegistry::byCode(code))
            error(issues, "partnerMunicipalities", "academy-unknown-municipality",
                  tr("%1 is not a Danish municipality code.").arg(code));
}

void Validator::checkOwnRules(const Track &track, const ProjectAfterChange &, ValidationIssues &issues)
{
    if (track.name.trimmed().isEmpty())
        error(issues, "name", "track-without-name", tr("The track needs a name."));
}

void Validator::checkOwnRules(const Activity &activity, const ProjectAfterChange &, ValidationIssues &issues)
{
    if (activity.title.trimmed().isEmpty())
        error(issues, "title", "activity-without-title", tr("The activity needs a title."));
    if (activity.capacity < 0)
        error(issues, "capacity", "activity-negative-capacity",
              tr("The capacity cannot be negative; use 0 for no limit."));
}

void Validator::checkOwnRules(const Session &session, const ProjectAfterChange &project, ValidationIssues &issues)
{
    if (!session.date.isValid())
        error(issues, "date", "session-without-date", tr("The session needs a date."));
    if (!session.startTime.isValid() || !session.endTime.isValid())
        error(issues, "startTime", "session-without-time", tr("The session needs a start time and an end time."));
    else if (session.endTime <= session.startTime)
        error(issues, "endTime", "session-ends-before-start", tr("The session ends before it starts."));
    const Academy *academy = project.academyOfActivity(session.activityId);
    if (academy && session.date.isValid() && academy->startDate.isValid() && academy->endDate.isValid()
        && (session.date < academy->startDate || session.date > academy->endDate)) {
        const QLocale locale;
        warning(issues, "date", "session-outside-academy-period",
                tr("The session on %1 lies outside the academy's period, %2 to %3.")
                    .arg(locale.toString(session.date, QLocale::ShortFormat),
                         locale.toString(academy->startDate, QLocale::ShortFormat),
                         locale.toString(academy->endDate, QLocale::ShortFormat)));
    }
}

void Validator::checkOwnRules(const Organisation &organisation, const ProjectAfterChange &project,
                              ValidationIssues &issues)
{
    if (organisation.name.trimmed().isEmpty())
        error(issues, "name", "organisation-without-name", tr("The organisation needs a name."));
    // Only the organisation's own edit can turn a partner into a department; its partnerships
    // are not part of that edit, so the rule is asked from this side too.
    if (!organisation.isPartner())
        for (const Partnership *partnership : project.project().partnershipsOf(organisation.id))
            if (project.find<Partnership>(partnership->id)) {
                error(issues, "kind", "organisation-department-partner",
                      tr("A municipal department cannot be a partner; first remove the organisation from the "
                         "tracks and activities it is a partner in."));
                break;
            }
}

void Validator::checkOwnRules(const Participant &participant, const ProjectAfterChange &, ValidationIssues &issues)
{
    if (participant.name.trimmed().isEmpty())
        error(issues, "name", "participant-without-name", tr("The participant needs a name."));
    if (!participant.email.isEmpty() && !isValidEmail(participant.email))
        error(issues, "email", "participant-invalid-email",
              tr("\"%1\" is not a valid e-mail address.").arg(participant.email));
}

void Validator::checkOwnRules(const Enrolment &enrolment, const ProjectAfterChange &, ValidationIssues &issues)
{
    if ((enrolment.trackId != 0) == (enrolment.activityId != 0))
        error(issues, "trackId", "enrolment-track-or-activity",
              tr("An enrolment is either in a track or in an activity."));
}

void Validator::checkOwnRules(const Attendance &attendance, const ProjectAfterChange &project,
                              ValidationIssues &issues)
{
    // Someone who came without a place is worth knowing about (a substitute, a mistake in the
    // list), not a reason to refuse the record: a warning. Absent and excused need no place.
    if (attendance.status != AttendanceStatus::Present)
        return;
    const Session *session = project.find<Session>(attendance.sessionId);
    const Activity *activity = session ? project.find<Activity>(session->activityId) : nullptr;
    const Participant *participant = project.find<Participant>(attendance.participantId);
    if (!activity || !participant || project.expectsAttendance(participant->id, activity->id))
        return;
    warning(issues, "participantId", "attendance-not-enrolled",
            tr("%1 is recorded as present on %2 but is not enrolled in \"%3\".")
                .arg(participant->name, QLocale().toString(session->date, QLocale::ShortFormat), activity->title));
}

void Validator::checkOwnRules(const Partnership &partnership, const ProjectAfterChange &project,
                              ValidationIssues &issues)
{
    if ((partnership.trackId != 0) == (partnership.activityId != 0))
        error(issues, "trackId", "partnership-track-or-activity",
              tr("A partnership is either in a track or in an activity."));
    const Organisation *organisation = project.find<Organisation>(partnership.organisationId);
    if (organisation && !organisation->isPartner())
        error(issues, "organisationId", "partnership-municipal-department",
              tr("“%1” is a municipal department; only external organisations are partners.").arg(organisation->name));
}

void Validator::checkOwnRules(const Dismissal &dismissal, const ProjectAfterChange &, ValidationIssues &issues)
{
    if (dismissal.kind.isEmpty() || QUuid::fromString(dismissal.subjectUuid).isNull())
        error(issues, "subjectUuid", "dismissal-without-warning", tr("A dismissal must name the warning it dismisses."));
    if (dismissal.reason.trimmed().isEmpty())
        error(issues, "reason", "dismissal-without-reason",
              tr("Say why the warning is dismissed, e.g. that the council chose the date."));
}

void Validator::checkOwnRules(const CostLine &line, const ProjectAfterChange &project, ValidationIssues &issues)
{
    if (line.rateOre < 0)
        error(issues, "rateOre", "cost-line-negative-rate", tr("The rate cannot be negative."));
    if (line.quantity < 0)
        error(issues, "quantity", "cost-line-negative-quantity", tr("The quantity cannot be negative."));
    if (line.actualOre && *line.actualOre < 0)
        error(issues, "actualOre", "cost-line-negative-actual", tr("The actual cost cannot be negative."));
    // A line of an activity or a track belongs to the academy the activity or track is in, so that
    // the totals per track and per academy add up.
    const Track *track = line.trackId != 0 ? project.find<Track>(line.trackId) : nullptr;
    const Activity *activity = line.activityId != 0 ? project.find<Activity>(line.activityId) : nullptr;
    if ((track && track->academyId != line.academyId) || (activity && activity->trackId != line.trackId))
        error(issues, "trackId", "cost-line-outside-academy",
              tr("A cost line of an activity or a track must be in that activity's track and academy."));
}

void Validator::checkOwnRules(const StaffRate &rate, const ProjectAfterChange &, ValidationIssues &issues)
{
    if (rate.annualSalaryOre < 0)
        error(issues, "annualSalaryOre", "staff-rate-negative-salary", tr("The salary cannot be negative."));
    if (rate.annualHours <= 0 || rate.annualHours > 366 * 24)
        error(issues, "annualHours", "staff-rate-hours",
              tr("The hours a year must be more than 0 and no more than a year has, e.g. 1924."));
    if (rate.overheadHundredthsOfPercent < 0)
        error(issues, "overhead", "staff-rate-negative-overhead", tr("The overheads cannot be negative."));
    if (rate.coverHourlyOre < 0)
        error(issues, "coverHourlyOre", "staff-rate-negative-cover", tr("The cost of cover cannot be negative."));
}

void Validator::checkOwnRules(const Funding &funding, const ProjectAfterChange &, ValidationIssues &issues)
{
    if (funding.amountOre < 0 || funding.capPerPersonOre < 0 || (funding.actualOre && *funding.actualOre < 0))
        error(issues, "amountOre", "funding-negative-amount", tr("An amount of funding cannot be negative."));
    if (funding.shareHundredthsOfPercent < 0 || funding.shareHundredthsOfPercent > 100'00)
        error(issues, "share", "funding-share", tr("The share must be between 0 % and 100 %."));
}

void Validator::checkOwnRules(const ProgrammeTheory &theory, const ProjectAfterChange &project,
                              ValidationIssues &issues)
{
    // One theory per academy: two would leave the evaluation plan with two answers to "why".
    for (const ProgrammeTheory &other : project.project().programmeTheories) {
        const ProgrammeTheory *now = other.id != theory.id ? project.find<ProgrammeTheory>(other.id) : nullptr;
        if (now && now->academyId == theory.academyId) {
            error(issues, "academyId", "programme-theory-twice", tr("The academy already has a programme theory."));
            break;
        }
    }
}

void Validator::checkOwnRules(const LearningGoal &goal, const ProjectAfterChange &, ValidationIssues &issues)
{
    if (goal.text.trimmed().isEmpty())
        error(issues, "text", "learning-goal-without-text",
              tr("Write the learning goal, e.g. what the participants will be able to do."));
}

void Validator::checkOwnRules(const Indicator &indicator, const ProjectAfterChange &project, ValidationIssues &issues)
{
    if (indicator.name.trimmed().isEmpty())
        error(issues, "name", "indicator-without-name", tr("The indicator needs a name, e.g. what is measured."));
    // An indicator of a track is in that track's academy, so that the academy's plan lists it.
    const Track *track = indicator.trackId != 0 ? project.find<Track>(indicator.trackId) : nullptr;
    if (track && track->academyId != indicator.academyId)
        error(issues, "trackId", "indicator-outside-academy",
              tr("An indicator of a track must be in that track's academy."));
}

void Validator::checkOwnRules(const AgendaItem &item, const ProjectAfterChange &project, ValidationIssues &issues)
{
    if (!item.startTime.isValid()) {
        error(issues, "startTime", "agenda-item-without-time", tr("The agenda item needs the time it starts."));
        return;
    }
    // Outside its session it is probably a typo (13.00 for 10.30); the run sheet still prints it.
    const Session *session = project.find<Session>(item.sessionId);
    if (session && session->startTime.isValid() && session->endTime.isValid()
        && (item.startTime < session->startTime || item.startTime >= session->endTime))
        warning(issues, "startTime", "agenda-item-outside-session",
                tr("The agenda item at %1 starts outside its session, %2.")
                    .arg(DisplayText::time(item.startTime), DisplayText::timeRange(session->startTime, session->endTime)));
}

void Validator::checkOwnRules(const Measurement &measurement, const ProjectAfterChange &, ValidationIssues &issues)
{
    if (measurement.monthsAfter < 0)
        error(issues, "monthsAfter", "measurement-negative-months",
              tr("The months after the programme cannot be negative; use 0 for at its end."));
    else if (measurement.monthsAfter > 0 && measurement.timing != MeasurementTiming::After)
        error(issues, "monthsAfter", "measurement-months-not-after",
              tr("Months after the programme go only with a measurement after it."));
    // A year typed wrongly (2207 for 2027) would put the measurement out of every view.
    auto sane = [](const std::optional<QDate> &date) {
        return !date || (date->year() >= 2000 && date->year() <= 2100);
    };
    if (!sane(measurement.plannedDate))
        error(issues, "plannedDate", "measurement-planned-date",
              tr("The planned date must lie between the years 2000 and 2100."));
    if (!sane(measurement.measuredDate))
        error(issues, "measuredDate", "measurement-measured-date",
              tr("The date measured must lie between the years 2000 and 2100."));
}

bool Validator::isValidEmail(const QString &email)
{
    // Deliberately simpler than RFC 5322: it catches the typing mistakes a consultant makes
    // (missing @, spaces, no domain) without rejecting unusual but real addresses.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$)"));
    return pattern.match(email).hasMatch();
}

bool Validator::hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const ValidationIssue &issue) { return issue.severity == ValidationIssue::Severity::Error; });
}

QString Validator::firstError(const ValidationIssues &issues)
{
    for (const ValidationIssue &issue : issues)
        if (issue.severity == ValidationIssue::Severity::Error)
            return issue.message;
    return {};
}

} // namespace Akademiplan
