// SPDX-License-Identifier: MPL-2.0
// Duplicating an activity or a track: the consultant gets a copy to adjust (another group, another
// round), with its sessions but without the people enrolled in the original, as one undo step, and
// the copy is a row of its own for calendars and returned copies.
#include "catch.h"
#include "editor/projecteditor.h"
#include "testfiles.h"

#include <QSet>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// An activity of the example with several sessions and people enrolled in it.
const Activity &busiestActivity(const Project &project)
{
    const Activity *best = nullptr;
    std::size_t most = 0;
    for (const Activity &activity : project.activities) {
        const std::size_t sessions = project.sessionsOf(activity.id).size();
        bool enrolled = false;
        for (const Enrolment &enrolment : project.enrolments)
            enrolled = enrolled || enrolment.activityId == activity.id;
        if (enrolled && sessions > most) {
            most = sessions;
            best = &activity;
        }
    }
    REQUIRE(best);
    REQUIRE(most > 1);
    return *best;
}

int enrolmentsIn(const Project &project, qint64 trackId, qint64 activityId)
{
    int count = 0;
    for (const Enrolment &enrolment : project.enrolments)
        count += (trackId && enrolment.trackId == trackId) || (activityId && enrolment.activityId == activityId)
                     ? 1
                     : 0;
    return count;
}

} // namespace

TEST_CASE("a duplicated activity has the sessions of the original and none of its people", "[duplicate]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("copy.akademi"), true));
    ProjectEditor editor(*document);
    const Project &project = document->project();
    const Activity original = busiestActivity(project);
    const std::vector<const Session *> originalSessions = project.sessionsOf(original.id);
    const qsizetype sessionsBefore = project.sessions.size();
    const qsizetype enrolmentsBefore = project.enrolments.size();

    const EditResult result = editor.duplicateActivity(original.id);
    REQUIRE(result.ok);
    const Activity *copy = project.activities.find(result.id);
    REQUIRE(copy);
    CHECK(copy->id != original.id);
    CHECK(copy->uuid != original.uuid);
    CHECK(copy->title == original.title + QStringLiteral(" (copy)"));
    CHECK(copy->trackId == original.trackId);
    CHECK(copy->kind == original.kind);
    CHECK(copy->capacity == original.capacity);
    CHECK(copy->description == original.description);
    CHECK(document->undoStack()->undoText() == QStringLiteral("Duplicate Activity “%1”").arg(original.title));

    const std::vector<const Session *> copiedSessions = project.sessionsOf(copy->id);
    REQUIRE(copiedSessions.size() == originalSessions.size());
    CHECK(project.sessions.size() == sessionsBefore + qsizetype(originalSessions.size()));
    QSet<QUuid> uuids;
    for (const Session *session : originalSessions)
        uuids.insert(session->uuid);
    for (std::size_t i = 0; i < copiedSessions.size(); ++i) {
        CHECK(copiedSessions[i]->date == originalSessions[i]->date);
        CHECK(copiedSessions[i]->startTime == originalSessions[i]->startTime);
        CHECK(copiedSessions[i]->endTime == originalSessions[i]->endTime);
        CHECK(copiedSessions[i]->location == originalSessions[i]->location);
        CHECK_FALSE(uuids.contains(copiedSessions[i]->uuid));
    }
    CHECK(enrolmentsIn(project, 0, copy->id) == 0);
    CHECK(project.enrolments.size() == enrolmentsBefore);

    // One undo step takes the activity and its sessions away again.
    document->undoStack()->undo();
    CHECK_FALSE(project.activities.contains(result.id));
    CHECK(project.sessions.size() == sessionsBefore);
}

TEST_CASE("a duplicated track has copies of its activities and their sessions after the other tracks",
          "[duplicate]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("copy.akademi"), true));
    ProjectEditor editor(*document);
    const Project &project = document->project();
    const Track original = project.tracks.items().front();
    const std::vector<const Activity *> activities = project.activitiesOf(original.id);
    REQUIRE(activities.size() > 1);
    std::size_t sessions = 0;
    for (const Activity *activity : activities)
        sessions += project.sessionsOf(activity->id).size();
    const qsizetype sessionsBefore = project.sessions.size();
    const std::size_t tracksInAcademy = project.tracksOf(original.academyId).size();

    const EditResult result = editor.duplicateTrack(original.id);
    REQUIRE(result.ok);
    const Track *copy = project.tracks.find(result.id);
    REQUIRE(copy);
    CHECK(copy->name == original.name + QStringLiteral(" (copy)"));
    CHECK(copy->academyId == original.academyId);
    CHECK(copy->colour == original.colour);
    CHECK(copy->targetRoles == original.targetRoles);
    CHECK(project.tracksOf(original.academyId).back()->id == copy->id);
    CHECK(project.tracksOf(original.academyId).size() == tracksInAcademy + 1);

    const std::vector<const Activity *> copies = project.activitiesOf(copy->id);
    REQUIRE(copies.size() == activities.size());
    std::size_t copiedSessions = 0;
    for (std::size_t i = 0; i < copies.size(); ++i) {
        CHECK(copies[i]->title == activities[i]->title);
        CHECK(copies[i]->uuid != activities[i]->uuid);
        copiedSessions += project.sessionsOf(copies[i]->id).size();
        CHECK(enrolmentsIn(project, 0, copies[i]->id) == 0);
    }
    CHECK(copiedSessions == sessions);
    CHECK(project.sessions.size() == sessionsBefore + qsizetype(sessions));
    CHECK(enrolmentsIn(project, copy->id, 0) == 0);

    document->undoStack()->undo();
    CHECK_FALSE(project.tracks.contains(result.id));
    CHECK(project.sessions.size() == sessionsBefore);
    document->undoStack()->redo();
    CHECK(project.tracks.contains(result.id));
    CHECK(project.activitiesOf(result.id).size() == activities.size());
}
