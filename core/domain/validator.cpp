// SPDX-License-Identifier: MPL-2.0
#include "validator.h"

#include "municipalityregistry.h"

#include <QLocale>
#include <QRegularExpression>

namespace Akademiplan {

namespace {

void error(ValidationIssues &issues, const char *field, const QString &message)
{
    issues.append({ValidationIssue::Severity::Error, QString::fromLatin1(field), message});
}

void warning(ValidationIssues &issues, const char *field, const QString &message)
{
    issues.append({ValidationIssue::Severity::Warning, QString::fromLatin1(field), message});
}

} // namespace

ValidationIssues Validator::check(const AnyEntity &entity, const Project &project)
{
    return std::visit([&project](const auto &e) { return check(e, project); }, entity);
}

ValidationIssues Validator::check(const Academy &academy, const Project &)
{
    ValidationIssues issues;
    if (academy.name.trimmed().isEmpty())
        error(issues, "name", tr("The academy needs a name."));
    if (!academy.startDate.isValid() || !academy.endDate.isValid())
        error(issues, "startDate", tr("The academy needs a start date and an end date."));
    else if (academy.endDate < academy.startDate)
        error(issues, "endDate", tr("The academy ends before it starts."));
    for (int code : academy.partnerMunicipalities)
        if (!MunicipalityRegistry::byCode(code))
            error(issues, "partnerMunicipalities", tr("%1 is not a Danish municipality code.").arg(code));
    return issues;
}

ValidationIssues Validator::check(const Track &track, const Project &project)
{
    ValidationIssues issues;
    if (track.name.trimmed().isEmpty())
        error(issues, "name", tr("The track needs a name."));
    if (!project.academies.contains(track.academyId))
        error(issues, "academyId", tr("The track belongs to an academy that does not exist."));
    return issues;
}

ValidationIssues Validator::check(const Activity &activity, const Project &project)
{
    ValidationIssues issues;
    if (activity.title.trimmed().isEmpty())
        error(issues, "title", tr("The activity needs a title."));
    if (activity.capacity < 0)
        error(issues, "capacity", tr("The capacity cannot be negative; use 0 for no limit."));
    if (activity.costOre < 0)
        error(issues, "costOre", tr("The cost cannot be negative."));
    if (!project.tracks.contains(activity.trackId))
        error(issues, "trackId", tr("The activity belongs to a track that does not exist."));
    return issues;
}

ValidationIssues Validator::check(const Session &session, const Project &project)
{
    ValidationIssues issues;
    if (!session.date.isValid())
        error(issues, "date", tr("The session needs a date."));
    if (!session.startTime.isValid() || !session.endTime.isValid())
        error(issues, "startTime", tr("The session needs a start time and an end time."));
    else if (session.endTime <= session.startTime)
        error(issues, "endTime", tr("The session ends before it starts."));
    if (!project.activities.contains(session.activityId)) {
        error(issues, "activityId", tr("The session belongs to an activity that does not exist."));
        return issues;
    }
    const Academy *academy = project.academyOfActivity(session.activityId);
    if (academy && session.date.isValid() && academy->startDate.isValid() && academy->endDate.isValid()
        && (session.date < academy->startDate || session.date > academy->endDate)) {
        const QLocale locale;
        warning(issues, "date",
                tr("The session on %1 lies outside the academy's period, %2 to %3.")
                    .arg(locale.toString(session.date, QLocale::ShortFormat),
                         locale.toString(academy->startDate, QLocale::ShortFormat),
                         locale.toString(academy->endDate, QLocale::ShortFormat)));
    }
    return issues;
}

ValidationIssues Validator::check(const Organisation &organisation, const Project &)
{
    ValidationIssues issues;
    if (organisation.name.trimmed().isEmpty())
        error(issues, "name", tr("The organisation needs a name."));
    return issues;
}

ValidationIssues Validator::check(const Participant &participant, const Project &project)
{
    ValidationIssues issues;
    if (participant.name.trimmed().isEmpty())
        error(issues, "name", tr("The participant needs a name."));
    if (!participant.email.isEmpty() && !isValidEmail(participant.email))
        error(issues, "email", tr("\"%1\" is not a valid e-mail address.").arg(participant.email));
    if (participant.organisationId != 0 && !project.organisations.contains(participant.organisationId))
        error(issues, "organisationId", tr("The participant belongs to an organisation that does not exist."));
    return issues;
}

ValidationIssues Validator::check(const Enrolment &enrolment, const Project &project)
{
    ValidationIssues issues;
    if (!project.participants.contains(enrolment.participantId))
        error(issues, "participantId", tr("The enrolment is for a participant who does not exist."));
    const bool inTrack = enrolment.trackId != 0;
    const bool inActivity = enrolment.activityId != 0;
    if (inTrack == inActivity)
        error(issues, "trackId", tr("An enrolment is either in a track or in an activity."));
    else if (inTrack && !project.tracks.contains(enrolment.trackId))
        error(issues, "trackId", tr("The enrolment is in a track that does not exist."));
    else if (inActivity && !project.activities.contains(enrolment.activityId))
        error(issues, "activityId", tr("The enrolment is in an activity that does not exist."));
    return issues;
}

ValidationIssues Validator::check(const Attendance &attendance, const Project &project)
{
    ValidationIssues issues;
    if (!project.sessions.contains(attendance.sessionId))
        error(issues, "sessionId", tr("The attendance is for a session that does not exist."));
    if (!project.participants.contains(attendance.participantId))
        error(issues, "participantId", tr("The attendance is for a participant who does not exist."));
    return issues;
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
