// SPDX-License-Identifier: MPL-2.0
// An activity's capacity and its waiting list, through the editor the window uses, on a real
// project file: who gets a place, who waits, who moves up when someone leaves, and that undo
// gives every status back exactly. Also the coverage figures a consultant reports to the
// municipality ("Managers: 54 of 60 enrolled").
#include "catch.h"
#include "editor/projecteditor.h"
#include "planning/coverage.h"
#include "testfiles.h"

#include <QSignalSpy>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QString workshopTitle = QStringLiteral("Design thinking workshop");

// A project with one academy, a leadership track for managers, a workshop of the given capacity
// in it and `people` managers named "Person 01", "Person 02", ...
struct CapacityProject
{
    TempFolder folder;
    std::unique_ptr<Document> document;
    std::unique_ptr<ProjectEditor> editor;
    qint64 trackId = 0;
    qint64 workshopId = 0;
    QList<qint64> people; // in the order they were added

    CapacityProject(int capacity, int count)
    {
        document = openDocument(makeProjectFile(folder, QStringLiteral("capacity.akademi"), false));
        editor = std::make_unique<ProjectEditor>(*document);
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
        track.targetRoles = {ParticipantRole::Manager};
        Activity workshop;
        workshop.id = -1;
        workshop.trackId = track.id;
        workshop.title = workshopTitle;
        workshop.capacity = capacity;
        std::vector<AnyEntity> drafts = {academy, track, workshop};
        for (int n = 1; n <= count; ++n) {
            Participant person;
            person.id = -n;
            person.name = QStringLiteral("Person %1").arg(n, 2, 10, QLatin1Char('0'));
            person.role = ParticipantRole::Manager;
            drafts.emplace_back(person);
        }
        const EditResult made = editor->insertAll(QStringLiteral("setup"), drafts);
        INFO(made.error.toStdString());
        REQUIRE(made.ok);
        const Project &project = document->project();
        trackId = project.tracks.items().front().id;
        workshopId = project.activities.items().front().id;
        for (const Participant &person : project.participants)
            people.append(person.id);
    }

    // People by their number, 1-based as in their names.
    QList<qint64> persons(std::initializer_list<int> numbers) const
    {
        QList<qint64> ids;
        for (int n : numbers)
            ids.append(people.at(n - 1));
        return ids;
    }

    // The enrolments as the consultant sees them; undo moves modification times and change
    // counters forward, never back, so those are left out.
    std::vector<Enrolment> enrolments() const { return contentOf(document->project()).enrolments.items(); }

    // The names with a status in the workshop, in sign-up order: what the enrolment list shows.
    std::string names(EnrolmentStatus status) const
    {
        QStringList result;
        for (const Enrolment &enrolment : document->project().enrolments)
            if (enrolment.activityId == workshopId && enrolment.status == status)
                result.append(document->project().participants.find(enrolment.participantId)->name);
        return result.join(QStringLiteral(", ")).toStdString();
    }

    qint64 enrolmentOf(int person, qint64 activityId = 0) const
    {
        const qint64 wanted = activityId ? activityId : workshopId;
        for (const Enrolment &enrolment : document->project().enrolments)
            if (enrolment.activityId == wanted && enrolment.participantId == people.at(person - 1))
                return enrolment.id;
        FAIL("Person " << person << " is not enrolled in that activity");
        return 0;
    }

    std::string places() const
    {
        return Coverage::describe(Coverage::placesOf(document->project(), workshopId)).toStdString();
    }

    void require(const EditResult &result) const
    {
        INFO(result.error.toStdString());
        REQUIRE(result.ok);
    }

    // Undo gives back every enrolment as it was, redo what the edit made.
    void checkUndoRedo(const std::vector<Enrolment> &before) const
    {
        const std::vector<Enrolment> after = enrolments();
        const std::string enrolledAfter = names(EnrolmentStatus::Enrolled);
        document->undoStack()->undo();
        CHECK(enrolments() == before);
        document->undoStack()->redo();
        CHECK(enrolments() == after);
        CHECK(names(EnrolmentStatus::Enrolled) == enrolledAfter);
    }
};

} // namespace

TEST_CASE("people enrolled beyond an activity's capacity wait in the order they were given", "[capacity]")
{
    CapacityProject p(3, 6);
    const std::vector<Enrolment> before = p.enrolments();

    // Not in the order of the participants list, so that sign-up order is what counts.
    const EditResult result = p.editor->enrolInActivity(p.workshopId, p.persons({5, 2, 1, 4, 3}));
    p.require(result);
    CHECK(result.waitlisted == 2);
    CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 05, Person 02, Person 01");
    CHECK(p.names(EnrolmentStatus::Waitlisted) == "Person 04, Person 03");
    CHECK(p.places() == "3 of 3 places taken, 2 on the waiting list");
    p.checkUndoRedo(before);

    // Someone enrolled later queues behind them; people already there are not enrolled twice.
    const EditResult later = p.editor->enrolInActivity(p.workshopId, p.persons({2, 6, 4}));
    p.require(later);
    CHECK(later.waitlisted == 1);
    CHECK(p.names(EnrolmentStatus::Waitlisted) == "Person 04, Person 03, Person 06");
    CHECK(p.enrolments().size() == 6);
}

TEST_CASE("a waitlisted person cannot be given a place in a full activity, and the consultant is told why",
          "[capacity]")
{
    CapacityProject p(3, 5);
    p.require(p.editor->enrolInActivity(p.workshopId, p.persons({1, 2, 3, 4, 5})));
    const std::vector<Enrolment> before = p.enrolments();
    const int steps = p.document->undoStack()->count();
    QSignalSpy rejected(p.editor.get(), &ProjectEditor::editRejected);

    const EditResult refused = p.editor->setEnrolmentStatus(p.enrolmentOf(4), EnrolmentStatus::Enrolled);
    CHECK_FALSE(refused.ok);
    INFO(refused.error.toStdString());
    CHECK(refused.error.contains(workshopTitle));
    CHECK(refused.error.contains(QStringLiteral("3 of 3")));
    CHECK(rejected.count() == 1);
    CHECK(p.enrolments() == before);
    CHECK(p.document->undoStack()->count() == steps);
}

TEST_CASE("when an enrolled person cancels or is removed, the first on the waiting list gets the place", "[capacity]")
{
    CapacityProject p(3, 6);
    p.require(p.editor->enrolInActivity(p.workshopId, p.persons({1, 2, 3, 5, 4, 6})));
    REQUIRE(p.names(EnrolmentStatus::Waitlisted) == "Person 05, Person 04, Person 06");
    const std::vector<Enrolment> before = p.enrolments();

    SECTION("cancelled")
    {
        p.require(p.editor->setEnrolmentStatus(p.enrolmentOf(2), EnrolmentStatus::Cancelled));
        CHECK(p.names(EnrolmentStatus::Cancelled) == "Person 02");
    }
    SECTION("removed")
    {
        p.require(p.editor->remove(EntityType::Enrolment, p.enrolmentOf(2)));
        CHECK(p.enrolments().size() == before.size() - 1);
    }
    CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 01, Person 03, Person 05");
    CHECK(p.names(EnrolmentStatus::Waitlisted) == "Person 04, Person 06");
    p.checkUndoRedo(before);
}

TEST_CASE("removing several enrolled people at once gives every freed place to the waiting list in sign-up order",
          "[capacity]")
{
    CapacityProject p(3, 8);
    p.require(p.editor->enrolInActivity(p.workshopId, p.persons({1, 2, 3, 7, 5, 4, 6, 8})));
    REQUIRE(p.names(EnrolmentStatus::Waitlisted) == "Person 07, Person 05, Person 04, Person 06, Person 08");
    const std::vector<Enrolment> before = p.enrolments();
    const int steps = p.document->undoStack()->count();

    SECTION("two of three places freed")
    {
        p.require(p.editor->remove(EntityType::Enrolment, {p.enrolmentOf(1), p.enrolmentOf(3)}));
        CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 02, Person 07, Person 05");
        CHECK(p.names(EnrolmentStatus::Waitlisted) == "Person 04, Person 06, Person 08");
    }
    SECTION("the first in line removed together with two who had places")
    {
        p.require(p.editor->remove(EntityType::Enrolment, {p.enrolmentOf(7), p.enrolmentOf(1), p.enrolmentOf(2)}));
        CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 03, Person 05, Person 04");
        CHECK(p.names(EnrolmentStatus::Waitlisted) == "Person 06, Person 08");
    }
    SECTION("more places freed than people waiting")
    {
        p.require(p.editor->remove(EntityType::Enrolment, {p.enrolmentOf(1), p.enrolmentOf(2), p.enrolmentOf(3),
                                                           p.enrolmentOf(7), p.enrolmentOf(5), p.enrolmentOf(4)}));
        CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 06, Person 08");
        CHECK(p.names(EnrolmentStatus::Waitlisted).empty());
    }
    CHECK(p.document->undoStack()->count() == steps + 1);
    p.checkUndoRedo(before);

    // What the file holds after the step, not only what is in memory.
    FileProblem problem;
    REQUIRE(p.document->save(&problem));
    CHECK(contentOf(readProject(p.document->filePath())).enrolments.items() == p.enrolments());
}

TEST_CASE("deleting people who held places gives their places to those waiting, in every activity they left",
          "[capacity]")
{
    CapacityProject p(2, 7);
    Activity seminar;
    seminar.trackId = p.trackId;
    seminar.title = QStringLiteral("Lederseminar");
    seminar.capacity = 1;
    const EditResult added = p.editor->addActivity(seminar);
    p.require(added);
    p.require(p.editor->enrolInActivity(p.workshopId, p.persons({1, 2, 3, 4, 5})));
    p.require(p.editor->enrolInActivity(added.id, p.persons({1, 6, 7})));
    const std::vector<Enrolment> before = p.enrolments();
    const qint64 waitingInSeminar = p.enrolmentOf(6, added.id);
    const qint64 alsoWaitingInSeminar = p.enrolmentOf(7, added.id);

    SECTION("people with places")
    {
        // Person 1 held a place in both activities, Person 2 in the workshop.
        p.require(p.editor->remove(EntityType::Participant, p.persons({1, 2})));
        CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 03, Person 04");
        CHECK(p.names(EnrolmentStatus::Waitlisted) == "Person 05");
        CHECK(p.document->project().enrolments.find(waitingInSeminar)->status == EnrolmentStatus::Enrolled);
        CHECK(p.document->project().enrolments.find(alsoWaitingInSeminar)->status == EnrolmentStatus::Waitlisted);
    }
    SECTION("a person with a place and the next in line")
    {
        p.require(p.editor->remove(EntityType::Participant, p.persons({2, 3})));
        CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 01, Person 04");
        CHECK(p.names(EnrolmentStatus::Waitlisted) == "Person 05");
    }
    SECTION("only people who were waiting")
    {
        p.require(p.editor->remove(EntityType::Participant, p.persons({4, 6})));
        CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 01, Person 02");
        CHECK(p.names(EnrolmentStatus::Waitlisted) == "Person 03, Person 05");
        CHECK(p.document->project().enrolments.find(alsoWaitingInSeminar)->status == EnrolmentStatus::Waitlisted);
    }
    p.checkUndoRedo(before);
}

TEST_CASE("a raised capacity leaves the waiting list as it is until the consultant gives out the new places",
          "[capacity]")
{
    CapacityProject p(3, 6);
    p.require(p.editor->enrolInActivity(p.workshopId, p.persons({1, 2, 3, 4, 5, 6})));
    const std::vector<Enrolment> before = p.enrolments();

    Activity bigger = *p.document->project().activities.find(p.workshopId);
    bigger.capacity = 5;
    p.require(p.editor->update(bigger));
    CHECK(p.enrolments() == before);
    CHECK(p.places() == "3 of 5 places taken, 3 on the waiting list");
    // Undo of the capacity brings back the old limit and touches nobody's status.
    p.document->undoStack()->undo();
    CHECK(p.document->project().activities.find(p.workshopId)->capacity == 3);
    CHECK(p.enrolments() == before);
    p.document->undoStack()->redo();

    const std::vector<Enrolment> raised = p.enrolments();
    p.require(p.editor->setEnrolmentStatus(p.enrolmentOf(4), EnrolmentStatus::Enrolled));
    CHECK(p.places() == "4 of 5 places taken, 2 on the waiting list");
    p.checkUndoRedo(raised);
}

TEST_CASE("a capacity lowered below the places taken takes no place away and fills none until enough have left",
          "[capacity]")
{
    CapacityProject p(4, 6);
    p.require(p.editor->enrolInActivity(p.workshopId, p.persons({1, 2, 3, 4, 5, 6})));
    Activity smaller = *p.document->project().activities.find(p.workshopId);
    smaller.capacity = 2;
    p.require(p.editor->update(smaller));
    CHECK(p.places() == "4 of 2 places taken, 2 on the waiting list");

    p.require(p.editor->setEnrolmentStatus(p.enrolmentOf(1), EnrolmentStatus::Cancelled));
    p.require(p.editor->remove(EntityType::Enrolment, p.enrolmentOf(2)));
    CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 03, Person 04");
    CHECK(p.names(EnrolmentStatus::Waitlisted) == "Person 05, Person 06");

    const std::vector<Enrolment> before = p.enrolments();
    p.require(p.editor->remove(EntityType::Enrolment, {p.enrolmentOf(3), p.enrolmentOf(4)}));
    CHECK(p.names(EnrolmentStatus::Enrolled) == "Person 05, Person 06");
    p.checkUndoRedo(before);
}

TEST_CASE("coverage counts each manager with a place once, and not those who cancelled or are waiting",
          "[capacity][coverage]")
{
    // 60 managers and 5 employees. 50 managers are enrolled in the track itself, 4 more only in
    // one of its activities; 2 cancelled their track place, 2 only wait for a place in a full
    // activity, 1 is only invited, 1 takes no part. An employee in the track is no manager.
    CapacityProject p(2, 60);
    QList<qint64> employees;
    for (int n = 1; n <= 5; ++n) {
        Participant employee;
        employee.name = QStringLiteral("Employee %1").arg(n);
        employee.role = ParticipantRole::Employee;
        const EditResult added = p.editor->addParticipant(employee);
        p.require(added);
        employees.append(added.id);
    }
    Activity seminar;
    seminar.trackId = p.trackId;
    seminar.title = QStringLiteral("Lederseminar");
    const EditResult added = p.editor->addActivity(seminar);
    p.require(added);

    // Places in the track alone, as a file from another tool or a change batch may hold them:
    // enrolling in the track in the window would also enrol in its activities.
    const auto enrolInTrackOnly = [&p](const QList<qint64> &people) {
        std::vector<AnyEntity> rows;
        for (qint64 person : people) {
            Enrolment enrolment;
            enrolment.participantId = person;
            enrolment.trackId = p.trackId;
            rows.emplace_back(enrolment);
        }
        p.require(p.editor->insertAll(QStringLiteral("Enrol in the track"), rows));
    };
    enrolInTrackOnly(p.people.mid(0, 52) + employees.mid(0, 1));
    for (const Enrolment &enrolment : p.enrolments())
        if (enrolment.participantId == p.people.at(50) || enrolment.participantId == p.people.at(51))
            p.require(p.editor->setEnrolmentStatus(enrolment.id, EnrolmentStatus::Cancelled));
    // Two of the 50 in the track also take the workshop and the seminar: still counted once.
    p.require(p.editor->enrolInActivity(p.workshopId, p.persons({1, 2, 53, 54, 55})));
    p.require(p.editor->enrolInActivity(added.id, p.persons({1, 2, 53, 54, 55, 56})));
    p.require(p.editor->enrolInActivity(p.workshopId, p.persons({57, 58})));
    REQUIRE(p.names(EnrolmentStatus::Waitlisted) == "Person 53, Person 54, Person 55, Person 57, Person 58");
    enrolInTrackOnly(p.persons({59}));
    for (const Enrolment &enrolment : p.enrolments())
        if (enrolment.participantId == p.people.at(58))
            p.require(p.editor->setEnrolmentStatus(enrolment.id, EnrolmentStatus::Invited));

    const QList<Coverage::Line> track = Coverage::ofTrack(p.document->project(), p.trackId);
    REQUIRE(track.size() == 1);
    CHECK(track.front().role == ParticipantRole::Manager);
    CHECK(track.front().enrolled == 54);
    CHECK(track.front().total == 60);
    CHECK(Coverage::describe(track.front()) == QStringLiteral("Managers: 54 of 60 enrolled"));

    const QList<Coverage::Line> workshop = Coverage::ofActivity(p.document->project(), p.workshopId);
    REQUIRE(workshop.size() == 1);
    CHECK(Coverage::describe(workshop.front()) == QStringLiteral("Managers: 2 of 60 enrolled"));
    CHECK(p.places() == "2 of 2 places taken, 5 on the waiting list");
    const Coverage::Places seminarPlaces = Coverage::placesOf(p.document->project(), added.id);
    CHECK(Coverage::describe(seminarPlaces) == QStringLiteral("6 enrolled, no limit"));

    // A cancelled manager who comes back counts again; the window's figure follows.
    for (const Enrolment &enrolment : p.enrolments())
        if (enrolment.participantId == p.people.at(50))
            p.require(p.editor->setEnrolmentStatus(enrolment.id, EnrolmentStatus::Enrolled));
    CHECK(Coverage::ofTrack(p.document->project(), p.trackId).front().enrolled == 55);
}
