// SPDX-License-Identifier: MPL-2.0
// Recording attendance through the editor the grid uses: many cells are one undo step and one
// write, undo gives every record back, and the rates a consultant reports (per session,
// activity, track, academy and role) come out as defined in docs/attendance.md.
#include "attendanceproject.h"
#include "catch.h"
#include "domain/validator.h"
#include "planning/attendancerates.h"

#include <QSignalSpy>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

std::optional<AttendanceStatus> statusOf(const Project &project, qint64 sessionId, qint64 participantId)
{
    for (const Attendance &attendance : project.attendances)
        if (attendance.sessionId == sessionId && attendance.participantId == participantId)
            return attendance.status;
    return std::nullopt;
}

} // namespace

TEST_CASE("marking many cells at once is one undo step and one write that undo takes back whole", "[attendance]")
{
    AttendanceProject p(false);
    QUndoStack *stack = p.document->undoStack();
    const int steps = stack->count();
    const Project before = contentOf(p.document->project());
    QSignalSpy written(p.document.get(), &Document::changesApplied);

    p.recordKnownAttendance();
    REQUIRE(stack->count() == steps + 1);
    CHECK(written.count() == 1);
    CHECK(p.document->project().attendances.size() == 6);
    CHECK(statusOf(p.document->project(), p.firstSession, p.carl) == AttendanceStatus::Excused);

    stack->undo();
    CHECK(contentOf(p.document->project()) == before);
    stack->redo();
    CHECK(p.document->project().attendances.size() == 6);
    // The file holds the records too, once saved.
    FileProblem problem;
    REQUIRE(p.document->save(&problem));
    CHECK(readProject(p.path).attendances.size() == 6);
}

TEST_CASE("marks that change nothing make no undo step and a mark without status removes the record",
          "[attendance]")
{
    AttendanceProject p;
    QUndoStack *stack = p.document->undoStack();
    const int steps = stack->count();

    const EditResult same = p.editor->recordAttendance({{p.firstSession, p.anne, AttendanceStatus::Present},
                                                        {p.secondSession, p.bo, AttendanceStatus::Present}});
    CHECK(same.ok);
    CHECK(stack->count() == steps);

    // Of two marks for one cell the last counts; Bo's absence becomes no record at all.
    REQUIRE(p.editor->recordAttendance({{p.firstSession, p.bo, AttendanceStatus::Present},
                                        {p.firstSession, p.bo, std::nullopt},
                                        {p.secondSession, p.anne, AttendanceStatus::Excused}})
                .ok);
    CHECK(stack->count() == steps + 1);
    CHECK_FALSE(statusOf(p.document->project(), p.firstSession, p.bo));
    CHECK(statusOf(p.document->project(), p.secondSession, p.anne) == AttendanceStatus::Excused);
    stack->undo();
    CHECK(statusOf(p.document->project(), p.firstSession, p.bo) == AttendanceStatus::Absent);
    CHECK(statusOf(p.document->project(), p.secondSession, p.anne) == AttendanceStatus::Present);
}

TEST_CASE("setting one cell's attendance records it and changes it in place", "[attendance]")
{
    AttendanceProject p(false);
    const EditResult added = p.editor->setAttendance(p.firstSession, p.anne, AttendanceStatus::Absent);
    REQUIRE(added.ok);
    CHECK(added.id != 0);
    const EditResult changed = p.editor->setAttendance(p.firstSession, p.anne, AttendanceStatus::Excused);
    REQUIRE(changed.ok);
    CHECK(changed.id == added.id);
    CHECK(p.document->project().attendances.size() == 1);
    CHECK(statusOf(p.document->project(), p.firstSession, p.anne) == AttendanceStatus::Excused);
}

TEST_CASE("attendance rates count the enrolled at recorded sessions and keep excused and absent apart",
          "[attendance][rates]")
{
    AttendanceProject p;
    const AttendanceRates rates(p.document->project());

    const AttendanceTally first = rates.ofSession(p.firstSession);
    CHECK(first.expected == 3);
    CHECK(first.present == 1);
    CHECK(first.absent == 1);
    CHECK(first.excused == 1);
    CHECK(first.presentWithoutPlace == 1); // Erik, enrolled in the seminar only
    CHECK(first.rate() == Approx(1.0 / 3.0));
    const AttendanceTally second = rates.ofSession(p.secondSession);
    CHECK(second.present == 2);
    CHECK(second.rate() == Approx(2.0 / 3.0));

    const AttendanceTally workshop = rates.ofActivity(p.workshopId);
    CHECK(workshop.recordedSessions == 2);
    CHECK(workshop.expected == 6); // Dorte waits for a place: she is not expected
    CHECK(workshop.present == 3);
    CHECK(workshop.rate() == Approx(0.5));
    // Nothing recorded for the seminar: it counts for nothing, also in its track.
    CHECK_FALSE(rates.ofActivity(p.seminarId).isRecorded());
    CHECK_FALSE(rates.ofSession(p.seminarSession).isRecorded());
    CHECK(rates.ofTrack(p.trackId).expected == 6);
    CHECK(rates.ofAcademy(p.academyId).rate() == Approx(0.5));

    CHECK(rates.ofRole(p.academyId, ParticipantRole::Manager).rate() == Approx(1.0));
    const AttendanceTally employees = rates.ofRole(p.academyId, ParticipantRole::Employee);
    CHECK(employees.expected == 4);
    CHECK(employees.present == 1);
    CHECK(employees.absent == 1);
    CHECK(employees.excused == 1);
    CHECK(employees.rate() == Approx(0.25));
    CHECK(rates.ofRole(p.academyId, ParticipantRole::Politician).presentWithoutPlace == 1);
    CHECK_FALSE(rates.ofRole(p.academyId, ParticipantRole::Politician).rate());
}

TEST_CASE("someone recorded as present without a place in the activity is flagged but recorded", "[attendance]")
{
    AttendanceProject p(false);
    QStringList warned;
    QObject::connect(p.editor.get(), &ProjectEditor::editWarned, [&](const QStringList &w) { warned += w; });

    // Dorte is on the waiting list: her absence needs no place, her presence is worth a word.
    REQUIRE(p.editor->setAttendance(p.firstSession, p.dorte, AttendanceStatus::Absent).ok);
    CHECK(warned.isEmpty());
    const EditResult present = p.editor->setAttendance(p.firstSession, p.dorte, AttendanceStatus::Present);
    REQUIRE(present.ok);
    REQUIRE(present.warnings.size() == 1);
    CHECK(present.warnings.front().contains(QStringLiteral("Dorte Lund")));
    CHECK(present.warnings.front().contains(QStringLiteral("Designworkshop")));
    CHECK(warned == present.warnings);
    CHECK(statusOf(p.document->project(), p.firstSession, p.dorte) == AttendanceStatus::Present);

    // The rule has a name scripts can rely on, and enrolling her takes the flag away.
    ChangeSet again;
    Attendance record = *p.document->project().attendances.find(present.id);
    again.update(record, record);
    const ValidationIssues issues = p.document->check(again);
    REQUIRE(issues.size() == 1);
    CHECK(issues.front().kind == QStringLiteral("attendance-not-enrolled"));
    CHECK(issues.front().severity == ValidationIssue::Severity::Warning);
    for (const Enrolment &enrolment : p.document->project().enrolments)
        if (enrolment.participantId == p.dorte)
            REQUIRE(p.editor->setEnrolmentStatus(enrolment.id, EnrolmentStatus::Enrolled).ok);
    CHECK(p.document->check(again).isEmpty());
}
