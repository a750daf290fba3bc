// SPDX-License-Identifier: MPL-2.0
#include "attendanceproject.h"

#include "catch.h"

namespace Akademiplan::Test {

namespace {

qint64 idOf(const Project &project, const QString &name)
{
    for (const Participant &participant : project.participants)
        if (participant.name == name)
            return participant.id;
    FAIL("no participant " << name.toStdString());
    return 0;
}

} // namespace

AttendanceProject::AttendanceProject(bool record)
    : path(makeProjectFile(folder, QStringLiteral("attendance.akademi"), false))
    , document(openDocument(path))
    , editor(std::make_unique<ProjectEditor>(*document))
{
    Academy academy;
    academy.id = -1;
    academy.name = QStringLiteral("Innovationsakademi 2027");
    academy.startDate = QDate(2027, 1, 4);
    academy.endDate = QDate(2027, 12, 17);
    Track track;
    track.id = -1;
    track.academyId = academy.id;
    track.kind = TrackKind::LeadershipInnovators;
    track.name = QStringLiteral("Ledere som innovatører");
    Activity workshop;
    workshop.id = -1;
    workshop.trackId = track.id;
    workshop.title = QStringLiteral("Designworkshop");
    Activity seminar;
    seminar.id = -2;
    seminar.trackId = track.id;
    seminar.title = QStringLiteral("Seminar");
    seminar.position = 1;
    std::vector<AnyEntity> drafts = {academy, track, workshop, seminar};
    for (const auto &[number, date, activity] :
         {std::tuple(-1, QDate(2027, 3, 3), -1), std::tuple(-2, QDate(2027, 3, 10), -1),
          std::tuple(-3, QDate(2027, 3, 17), -2)}) {
        Session session;
        session.id = number;
        session.activityId = activity;
        session.date = date;
        session.startTime = QTime(9, 0);
        session.endTime = QTime(12, 0);
        drafts.emplace_back(session);
    }
    const std::vector<std::pair<QString, ParticipantRole>> people = {
        {QStringLiteral("Anne Holm"), ParticipantRole::Manager},
        {QStringLiteral("Bo Hansen"), ParticipantRole::Employee},
        {QStringLiteral("Carl Berg"), ParticipantRole::Employee},
        {QStringLiteral("Dorte Lund"), ParticipantRole::Employee},
        {QStringLiteral("Erik Dahl"), ParticipantRole::Politician}};
    for (int n = 0; n < int(people.size()); ++n) {
        Participant person;
        person.id = -(n + 1);
        person.name = people[std::size_t(n)].first;
        person.role = people[std::size_t(n)].second;
        drafts.emplace_back(person);
    }
    const auto enrolment = [&](int person, int activity, EnrolmentStatus status) {
        Enrolment e;
        e.participantId = person;
        e.activityId = activity;
        e.status = status;
        drafts.emplace_back(e);
    };
    enrolment(-1, -1, EnrolmentStatus::Enrolled);
    enrolment(-2, -1, EnrolmentStatus::Enrolled);
    enrolment(-3, -1, EnrolmentStatus::Enrolled);
    enrolment(-4, -1, EnrolmentStatus::Waitlisted);
    enrolment(-5, -2, EnrolmentStatus::Enrolled);
    const EditResult made = editor->insertAll(QStringLiteral("setup"), drafts);
    INFO(made.error.toStdString());
    REQUIRE(made.ok);

    const Project &project = document->project();
    academyId = project.academies.items().front().id;
    trackId = project.tracks.items().front().id;
    for (const Activity &activity : project.activities)
        (activity.title == QLatin1String("Seminar") ? seminarId : workshopId) = activity.id;
    for (const Session &session : project.sessions)
        (session.date == QDate(2027, 3, 3) ? firstSession
         : session.date == QDate(2027, 3, 10) ? secondSession
                                              : seminarSession) = session.id;
    anne = idOf(project, QStringLiteral("Anne Holm"));
    bo = idOf(project, QStringLiteral("Bo Hansen"));
    carl = idOf(project, QStringLiteral("Carl Berg"));
    dorte = idOf(project, QStringLiteral("Dorte Lund"));
    erik = idOf(project, QStringLiteral("Erik Dahl"));
    if (record)
        recordKnownAttendance();
}

void AttendanceProject::recordKnownAttendance()
{
    const EditResult recorded = editor->recordAttendance({
        {firstSession, anne, AttendanceStatus::Present},
        {firstSession, bo, AttendanceStatus::Absent},
        {firstSession, carl, AttendanceStatus::Excused},
        {firstSession, erik, AttendanceStatus::Present},
        {secondSession, anne, AttendanceStatus::Present},
        {secondSession, bo, AttendanceStatus::Present},
    });
    INFO(recorded.error.toStdString());
    REQUIRE(recorded.ok);
}

} // namespace Akademiplan::Test
