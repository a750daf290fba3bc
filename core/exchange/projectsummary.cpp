// SPDX-License-Identifier: MPL-2.0
#include "projectsummary.h"

#include "budgetsummary.h"
#include "evaluationsummary.h"
#include "document/changetally.h"
#include "domain/domainkeys.h"
#include "domain/entitydescription.h"
#include "issuetext.h"
#include "planning/attendancerates.h"
#include "planning/plancheck.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Akademiplan {

QJsonObject ProjectSummary::toJson(const ValidationIssue &issue)
{
    return {{QStringLiteral("kind"), issue.kind},
            {QStringLiteral("entity"), tableName(issue.entityType)},
            {QStringLiteral("uuid"), issue.entityUuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("field"), issue.field},
            {QStringLiteral("message"), issue.message}};
}

QJsonObject ProjectSummary::toJson(const PlanWarning &warning)
{
    QJsonArray related;
    for (const QUuid &uuid : warning.related)
        related.append(uuid.toString(QUuid::WithoutBraces));
    QJsonArray dates;
    for (const QDate &date : warning.dates)
        dates.append(date.toString(Qt::ISODate));
    QJsonObject json{{QStringLiteral("kind"), warning.kind},
                     {QStringLiteral("severity"), PlanCheck::key(warning.severity)},
                     {QStringLiteral("message"), warning.message},
                     {QStringLiteral("entity"), tableName(warning.subjectType)},
                     {QStringLiteral("uuid"), warning.subjectUuid.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("related"), related},
                     {QStringLiteral("dates"), dates},
                     {QStringLiteral("dismissed"), warning.dismissed}};
    if (warning.dismissed)
        json.insert(QStringLiteral("dismissal_reason"), warning.dismissalReason);
    return json;
}

QJsonObject ProjectSummary::toJson(const Project &project, const ValidationIssue &issue)
{
    QJsonObject json = toJson(issue);
    json.insert(QStringLiteral("text"), IssueText::describe(project, issue));
    return json;
}

namespace {

// The counts and the rate of a tally, added to `json`.
QJsonObject withTally(QJsonObject json, const AttendanceTally &tally)
{
    const std::optional<double> rate = tally.rate();
    json.insert(QStringLiteral("recorded_sessions"), tally.recordedSessions);
    json.insert(QStringLiteral("expected"), tally.expected);
    json.insert(QStringLiteral("present"), tally.present);
    json.insert(QStringLiteral("absent"), tally.absent);
    json.insert(QStringLiteral("excused"), tally.excused);
    json.insert(QStringLiteral("present_without_place"), tally.presentWithoutPlace);
    json.insert(QStringLiteral("rate"), rate ? QJsonValue(*rate) : QJsonValue());
    return json;
}

} // namespace

QJsonObject ProjectSummary::attendanceJson(const Project &project)
{
    const AttendanceRates rates(project);
    // The recorded sessions per activity, in one pass; the sessions of the rest are never looked at.
    QHash<qint64, std::vector<const Session *>> recordedSessions;
    for (const Session &session : project.sessions)
        if (rates.ofSession(session.id).isRecorded())
            recordedSessions[session.activityId].push_back(&session);

    QJsonArray academies;
    for (const Academy &academy : project.academies) {
        if (!rates.ofAcademy(academy.id).isRecorded())
            continue;
        QJsonArray roles;
        for (ParticipantRole role : {ParticipantRole::Employee, ParticipantRole::Manager, ParticipantRole::Politician,
                                     ParticipantRole::KeyPerson, ParticipantRole::ExternalPartner}) {
            const AttendanceTally tally = rates.ofRole(academy.id, role);
            if (tally.isRecorded() || tally.presentWithoutPlace > 0)
                roles.append(withTally({{QStringLiteral("role"), DomainKeys::key(role)}}, tally));
        }
        QJsonArray tracks;
        for (const Track *track : project.tracksOf(academy.id)) {
            if (!rates.ofTrack(track->id).isRecorded())
                continue;
            QJsonArray activities;
            for (const Activity *activity : project.activitiesOf(track->id)) {
                std::vector<const Session *> held = recordedSessions.value(activity->id);
                if (held.empty())
                    continue;
                std::sort(held.begin(), held.end(), [](const Session *a, const Session *b) {
                    return std::tie(a->date, a->startTime) < std::tie(b->date, b->startTime);
                });
                QJsonArray sessions;
                for (const Session *session : held)
                    sessions.append(withTally({{QStringLiteral("date"), session->date.toString(Qt::ISODate)},
                                               {QStringLiteral("start"), session->startTime.toString(QStringLiteral("HH:mm"))},
                                               {QStringLiteral("uuid"), session->uuid.toString(QUuid::WithoutBraces)}},
                                              rates.ofSession(session->id)));
                activities.append(withTally({{QStringLiteral("title"), activity->title},
                                             {QStringLiteral("uuid"), activity->uuid.toString(QUuid::WithoutBraces)},
                                             {QStringLiteral("sessions"), sessions}},
                                            rates.ofActivity(activity->id)));
            }
            tracks.append(withTally({{QStringLiteral("name"), track->name},
                                     {QStringLiteral("uuid"), track->uuid.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("activities"), activities}},
                                    rates.ofTrack(track->id)));
        }
        academies.append(withTally({{QStringLiteral("name"), academy.name},
                                    {QStringLiteral("uuid"), academy.uuid.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("roles"), roles},
                                    {QStringLiteral("tracks"), tracks}},
                                   rates.ofAcademy(academy.id)));
    }
    return {{QStringLiteral("academies"), academies}};
}

QJsonObject ProjectSummary::toJson(const Project &project, int schemaVersion, const QStringList &fileWarnings,
                                   const ValidationIssues &issues, const PlanWarnings &planWarnings)
{
    QJsonArray warnings;
    for (const QString &message : fileWarnings)
        warnings.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("file")},
                                    {QStringLiteral("message"), message}});
    for (const ValidationIssue &issue : issues) {
        // A broken rule of the file itself: the file is not sound (--check fails on it).
        QJsonObject json = toJson(project, issue);
        json.insert(QStringLiteral("severity"), PlanCheck::key(PlanWarning::Severity::Problem));
        warnings.append(json);
    }
    for (const PlanWarning &warning : planWarnings)
        warnings.append(toJson(warning));

    // One pass per table, then lookups: no nested loops over sessions or enrolments.
    QHash<qint64, int> activitiesPerTrack;
    QHash<qint64, qint64> trackOfActivity;
    for (const Activity &activity : project.activities) {
        ++activitiesPerTrack[activity.trackId];
        trackOfActivity.insert(activity.id, activity.trackId);
    }
    QHash<qint64, int> sessionsPerTrack;
    for (const Session &session : project.sessions)
        ++sessionsPerTrack[trackOfActivity.value(session.activityId)];
    QHash<qint64, QSet<qint64>> participantsPerTrack;
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.status != EnrolmentStatus::Enrolled)
            continue;
        const qint64 trackId = enrolment.trackId ? enrolment.trackId : trackOfActivity.value(enrolment.activityId);
        participantsPerTrack[trackId].insert(enrolment.participantId);
    }

    QJsonArray academies;
    for (const Academy &academy : project.academies) {
        QJsonArray tracks;
        for (const Track *track : project.tracksOf(academy.id)) {
            tracks.append(QJsonObject{
                {QStringLiteral("name"), track->name},
                {QStringLiteral("kind"), DomainKeys::key(track->kind)},
                {QStringLiteral("activities"), activitiesPerTrack.value(track->id)},
                {QStringLiteral("sessions"), sessionsPerTrack.value(track->id)},
                {QStringLiteral("enrolled_participants"), int(participantsPerTrack.value(track->id).size())},
            });
        }
        academies.append(QJsonObject{
            {QStringLiteral("name"), academy.name},
            {QStringLiteral("uuid"), academy.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("status"), DomainKeys::key(academy.status)},
            {QStringLiteral("start"), academy.startDate.toString(Qt::ISODate)},
            {QStringLiteral("end"), academy.endDate.toString(Qt::ISODate)},
            {QStringLiteral("tracks"), tracks},
            {QStringLiteral("budget"), BudgetSummary::toJson(project, academy.id)},
            {QStringLiteral("evaluation"), EvaluationSummary::toJson(project, academy.id, QDate::currentDate())},
        });
    }

    auto shareJson = [](const ShareRecord &share) {
        return QJsonObject{{QStringLiteral("uuid"), share.uuid.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("revision_uuid"), share.revisionUuid.toString(QUuid::WithoutBraces)},
                           {QStringLiteral("shared"), timestampText(share.shared)},
                           {QStringLiteral("recipient"), share.recipient},
                           {QStringLiteral("without_personal_data"), share.withoutPersonalData}};
    };
    QJsonArray shares;
    for (const ShareRecord &share : project.info.shares)
        if (&share != project.info.sharedCopy())
            shares.append(shareJson(share));
    const ShareRecord *sharedCopy = project.info.sharedCopy();

    // The change log, oldest first, with the copies each revision was shared as and the returned
    // copies it took in.
    QJsonArray history;
    for (const RevisionRecord &revision : project.info.history) {
        QJsonArray merged;
        for (const MergeRecord &merge : project.info.merges)
            if (merge.revisionUuid == revision.uuid)
                merged.append(QJsonObject{
                    {QStringLiteral("file"), merge.theirFile},
                    {QStringLiteral("their_revision_uuid"), merge.theirRevisionUuid.toString(QUuid::WithoutBraces)},
                    {QStringLiteral("merged"), timestampText(merge.merged)}});
        QJsonArray sharedAs;
        for (const ShareRecord &share : project.info.shares)
            if (share.revisionUuid == revision.uuid && &share != sharedCopy)
                sharedAs.append(shareJson(share));
        history.append(QJsonObject{
            {QStringLiteral("revision"), revision.number},
            {QStringLiteral("uuid"), revision.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("parent_uuid"),
             revision.parentUuid.isNull() ? QJsonValue() : QJsonValue(revision.parentUuid.toString(QUuid::WithoutBraces))},
            {QStringLiteral("saved"), timestampText(revision.saved)},
            {QStringLiteral("author"), revision.author},
            {QStringLiteral("summary"), revision.summary},
            {QStringLiteral("description"), ChangeTally::describe(revision.summary)},
            {QStringLiteral("merged"), merged},
            {QStringLiteral("shared"), sharedAs},
        });
    }

    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("akademiplan")},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("project"),
         QJsonObject{{QStringLiteral("uuid"), project.info.uuid.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("revision"), project.info.revision},
                     {QStringLiteral("based_on_revision"), project.info.basedOnRevision},
                     {QStringLiteral("shared_copy"), sharedCopy ? QJsonValue(shareJson(*sharedCopy)) : QJsonValue()},
                     {QStringLiteral("shares"), shares}}},
        {QStringLiteral("municipality"),
         QJsonObject{{QStringLiteral("code"), project.info.municipalityCode},
                     {QStringLiteral("name"), project.info.municipalityName}}},
        {QStringLiteral("academies"), academies},
        {QStringLiteral("counts"),
         QJsonObject{{QStringLiteral("academies"), int(project.academies.size())},
                     {QStringLiteral("tracks"), int(project.tracks.size())},
                     {QStringLiteral("activities"), int(project.activities.size())},
                     {QStringLiteral("sessions"), int(project.sessions.size())},
                     {QStringLiteral("organisations"), int(project.organisations.size())},
                     {QStringLiteral("participants"), int(project.participants.size())},
                     {QStringLiteral("enrolments"), int(project.enrolments.size())},
                     {QStringLiteral("attendance_records"), int(project.attendances.size())},
                     {QStringLiteral("partners"),
                      int(std::count_if(project.organisations.begin(), project.organisations.end(),
                                        [](const Organisation &organisation) { return organisation.isPartner(); }))},
                     {QStringLiteral("partnerships"), int(project.partnerships.size())},
                     {QStringLiteral("cost_lines"), int(project.costLines.size())},
                     {QStringLiteral("staff_rates"), int(project.staffRates.size())},
                     {QStringLiteral("funding_sources"), int(project.fundings.size())},
                     {QStringLiteral("programme_theories"), int(project.programmeTheories.size())},
                     {QStringLiteral("learning_goals"), int(project.learningGoals.size())},
                     {QStringLiteral("indicators"), int(project.indicators.size())},
                     {QStringLiteral("measurements"), int(project.measurements.size())},
                     {QStringLiteral("agenda_items"), int(project.agendaItems.size())}}},
        {QStringLiteral("attendance"), attendanceJson(project)},
        {QStringLiteral("history"), history},
        {QStringLiteral("warnings"), warnings},
    };
}

} // namespace Akademiplan
