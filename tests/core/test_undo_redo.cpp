// SPDX-License-Identifier: MPL-2.0
// Undo must give the consultant back exactly what was there before, and redo exactly what the
// edit made, also in the saved file.
#include "catch.h"
#include "editor/projecteditor.h"
#include "testfiles.h"

#include <functional>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

Project content(const Project &project)
{
    return contentOf(project);
}

Project savedContent(Document &document)
{
    FileProblem problem;
    INFO(problem.message.toStdString());
    REQUIRE(document.save(&problem));
    return content(readProject(document.filePath()));
}

const Academy &firstAcademy(const Document &document)
{
    return document.project().academies.items().front();
}

qint64 trackOfKind(const Document &document, TrackKind kind)
{
    for (const Track &track : document.project().tracks)
        if (track.kind == kind)
            return track.id;
    FAIL("no track of that kind");
    return 0;
}

qint64 activityWithCapacity(const Document &document)
{
    for (const Activity &activity : document.project().activities)
        if (activity.capacity > 0)
            return activity.id;
    FAIL("no activity with a capacity");
    return 0;
}

struct Edit
{
    const char *name;
    std::function<EditResult(ProjectEditor &, Document &)> run;
};

} // namespace

TEST_CASE("undo restores the file exactly and redo repeats the edit, for every kind of edit", "[undo]")
{
    const std::vector<Edit> edits = {
        {"add academy",
         [](ProjectEditor &e, Document &) {
             Academy a;
             a.name = QStringLiteral("Akademi 2028");
             a.startDate = QDate(2028, 2, 1);
             a.endDate = QDate(2028, 12, 15);
             return e.addAcademy(a);
         }},
        {"add academy from the template",
         [](ProjectEditor &e, Document &) {
             Academy a;
             a.name = QStringLiteral("Skabelonakademi");
             a.startDate = QDate(2028, 2, 1);
             a.endDate = QDate(2028, 12, 15);
             return e.addAcademyFromTemplate(a);
         }},
        {"add track",
         [](ProjectEditor &e, Document &d) {
             Track t;
             t.academyId = firstAcademy(d).id;
             t.name = QStringLiteral("Eget spor");
             return e.addTrack(t);
         }},
        {"add activity",
         [](ProjectEditor &e, Document &d) {
             Activity a;
             a.trackId = trackOfKind(d, TrackKind::InnovationNetwork);
             a.title = QStringLiteral("Studietur");
             return e.addActivity(a);
         }},
        {"add session",
         [](ProjectEditor &e, Document &d) {
             Session s;
             s.activityId = d.project().activities.items().front().id;
             s.date = QDate(2027, 10, 26);
             s.startTime = QTime(9, 0);
             s.endTime = QTime(12, 0);
             return e.addSession(s);
         }},
        {"duplicate session",
         [](ProjectEditor &e, Document &d) { return e.duplicateSession(d.project().sessions.items().front().id); }},
        {"duplicate activity with its sessions",
         [](ProjectEditor &e, Document &d) {
             return e.duplicateActivity(d.project().sessions.items().front().activityId);
         }},
        {"duplicate track with its activities",
         [](ProjectEditor &e, Document &d) {
             return e.duplicateTrack(trackOfKind(d, TrackKind::LeadershipInnovators));
         }},
        {"add organisation",
         [](ProjectEditor &e, Document &) {
             Organisation o;
             o.name = QStringLiteral("Lokal virksomhed");
             o.kind = OrganisationKind::LocalBusiness;
             return e.addOrganisation(o);
         }},
        {"add participant",
         [](ProjectEditor &e, Document &) {
             Participant p;
             p.name = QStringLiteral("Ny Deltager");
             p.email = QStringLiteral("ny@example.dk");
             return e.addParticipant(p);
         }},
        {"edit academy",
         [](ProjectEditor &e, Document &d) {
             Academy a = firstAcademy(d);
             a.status = AcademyStatus::Running;
             a.focusAreas.append(QStringLiteral("Nyt fokus"));
             return e.update(a);
         }},
        {"edit track goal",
         [](ProjectEditor &e, Document &d) {
             Track t = d.project().tracks.items().front();
             t.goal = QStringLiteral("Et nyt mål");
             return e.update(t, QStringLiteral("goal"));
         }},
        {"edit session time",
         [](ProjectEditor &e, Document &d) {
             Session s = d.project().sessions.items().back();
             s.endTime = s.endTime.addSecs(-1800);
             return e.update(s);
         }},
        {"delete academy with everything in it",
         [](ProjectEditor &e, Document &d) { return e.remove(EntityType::Academy, firstAcademy(d).id); }},
        {"delete track",
         [](ProjectEditor &e, Document &d) {
             return e.remove(EntityType::Track, trackOfKind(d, TrackKind::LeadershipInnovators));
         }},
        {"delete activity",
         [](ProjectEditor &e, Document &d) { return e.remove(EntityType::Activity, activityWithCapacity(d)); }},
        {"delete session",
         [](ProjectEditor &e, Document &d) {
             return e.remove(EntityType::Session, d.project().sessions.items().front().id);
         }},
        {"delete participant with enrolments",
         [](ProjectEditor &e, Document &d) {
             return e.remove(EntityType::Participant, d.project().participants.items().front().id);
         }},
        {"delete organisation people belong to",
         [](ProjectEditor &e, Document &d) {
             return e.remove(EntityType::Organisation, d.project().organisations.items().front().id);
         }},
        {"enrol people in a track",
         [](ProjectEditor &e, Document &d) {
             QList<qint64> everyone;
             for (const Participant &p : d.project().participants)
                 everyone.append(p.id);
             return e.enrolInTrack(trackOfKind(d, TrackKind::InnovationNetwork), everyone);
         }},
        {"enrol people in an activity beyond its capacity",
         [](ProjectEditor &e, Document &d) {
             QList<qint64> everyone;
             for (const Participant &p : d.project().participants)
                 everyone.append(p.id);
             return e.enrolInActivity(activityWithCapacity(d), everyone);
         }},
        {"cancel an enrolment",
         [](ProjectEditor &e, Document &d) {
             return e.setEnrolmentStatus(d.project().enrolments.items().front().id, EnrolmentStatus::Cancelled);
         }},
        {"record attendance",
         [](ProjectEditor &e, Document &d) {
             return e.setAttendance(d.project().sessions.items().front().id,
                                    d.project().participants.items().front().id, AttendanceStatus::Present);
         }},
    };

    for (const Edit &edit : edits) {
        DYNAMIC_SECTION(edit.name)
        {
            TempFolder folder;
            const QString path = makeProjectFile(folder, QStringLiteral("undo.akademi"), true);
            auto document = openDocument(path);
            ProjectEditor editor(*document);
            const Project before = content(document->project());
            REQUIRE(savedContent(*document) == before);

            const EditResult result = edit.run(editor, *document);
            INFO(result.error.toStdString());
            REQUIRE(result.ok);
            const Project after = content(document->project());
            REQUIRE_FALSE(after == before);
            CHECK(savedContent(*document) == after);

            const Project edited = document->project();
            document->undoStack()->undo();
            CHECK(content(document->project()) == before);
            CHECK(savedContent(*document) == before);
            checkStampsNeverGoBack(edited, document->project());

            const Project undone = document->project();
            document->undoStack()->redo();
            CHECK(content(document->project()) == after);
            CHECK(savedContent(*document) == after);
            checkStampsNeverGoBack(undone, document->project());
        }
    }
}

TEST_CASE("typing in one field makes one undo step, and typing the old value back makes none", "[undo]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("merge.akademi"), true);
    auto document = openDocument(path);
    ProjectEditor editor(*document);
    const Track original = document->project().tracks.items().front();
    const int stepsBefore = document->undoStack()->count();

    Track typed = original;
    for (const QString &text : {QStringLiteral("N"), QStringLiteral("Ny"), QStringLiteral("Nyt mål")}) {
        typed.goal = text;
        REQUIRE(editor.update(typed, QStringLiteral("goal")).ok);
    }
    CHECK(document->undoStack()->count() == stepsBefore + 1);
    CHECK(document->project().tracks.find(original.id)->goal == QStringLiteral("Nyt mål"));

    typed.goal = original.goal;
    REQUIRE(editor.update(typed, QStringLiteral("goal")).ok);
    CHECK(document->undoStack()->count() == stepsBefore);
    const Track *restored = document->project().tracks.find(original.id);
    CHECK(restored->goal == original.goal);
    CHECK(restored->changeCounter > original.changeCounter);
    CHECK_FALSE(document->isModified());

    Track named = original;
    named.name = QStringLiteral("Andet navn");
    REQUIRE(editor.update(named, QStringLiteral("name")).ok);
    typed.goal = QStringLiteral("Andet mål");
    typed.name = named.name;
    REQUIRE(editor.update(typed, QStringLiteral("goal")).ok);
    CHECK(document->undoStack()->count() == stepsBefore + 2);
}

TEST_CASE("undo reaches back to the opened file and no further, also across saves", "[undo]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("history.akademi"), true);
    auto document = openDocument(path);
    CHECK(document->undoStack()->count() == 0);
    CHECK_FALSE(document->undoStack()->canUndo());
    CHECK_FALSE(document->isModified());

    ProjectEditor editor(*document);
    const Project opened = content(document->project());
    Participant p;
    p.name = QStringLiteral("Første");
    REQUIRE(editor.addParticipant(p).ok);
    CHECK(document->isModified());
    FileProblem problem;
    REQUIRE(document->save(&problem));
    CHECK_FALSE(document->isModified());
    p.name = QStringLiteral("Anden");
    REQUIRE(editor.addParticipant(p).ok);

    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    CHECK(content(document->project()) == opened);
    CHECK(document->isModified()); // the file on disk holds the first participant
    CHECK(savedContent(*document) == opened);
}
