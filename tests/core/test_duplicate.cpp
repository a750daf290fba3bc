// SPDX-License-Identifier: MPL-2.0
// Duplicating an activity or a track: the consultant gets a copy to adjust (another group, another
// round), with its sessions but without the people enrolled in the original, as one undo step, and
// the copy is a row of its own for calendars and returned copies.
#include "catch.h"
#include "editor/projecteditor.h"
#include "planning/sessionagenda.h"
#include "testfiles.h"

#include <QSet>

#include <algorithm>

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

namespace {

// The agenda items of a session, in time order, as what a facilitator reads of them.
QStringList agendaOf(const Project &project, qint64 sessionId)
{
    QStringList read;
    for (const AgendaItem *item : SessionAgenda::of(project, sessionId))
        read.append(QStringList{item->startTime.toString(), item->what, item->why, item->how, item->who, item->planB}
                        .join(QLatin1Char('|')));
    return read;
}

QStringList partnersOf(const Project &project, qint64 trackId, qint64 activityId)
{
    QStringList partners;
    for (const Partnership &partnership : project.partnerships)
        if (partnership.trackId == trackId && partnership.activityId == activityId)
            partners.append(QString::number(partnership.organisationId) + QLatin1Char('|') + partnership.note);
    partners.sort();
    return partners;
}

QStringList costLinesOf(const Project &project, qint64 trackId, qint64 activityId)
{
    QStringList lines;
    for (const CostLine &line : project.costLines)
        if (line.trackId == trackId && line.activityId == activityId)
            lines.append(QStringLiteral("%1|%2|%3").arg(line.description).arg(line.rateOre).arg(line.quantity));
    lines.sort();
    return lines;
}

} // namespace

TEST_CASE("a duplicated activity runs and costs the same: its sessions' agendas, its partners and its cost lines",
          "[duplicate]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("copy.akademi"), true));
    ProjectEditor editor(*document);
    const Project &project = document->project();
    // The example's activity with the longest agenda, and one with a partner of its own.
    qint64 withAgenda = 0;
    qint64 withPartner = 0;
    int longest = 0;
    for (const Activity &activity : project.activities) {
        int items = 0;
        for (const Session *session : project.sessionsOf(activity.id))
            items += int(agendaOf(project, session->id).size());
        if (items > longest) {
            longest = items;
            withAgenda = activity.id;
        }
        if (!partnersOf(project, activity.trackId, activity.id).isEmpty()
            || !partnersOf(project, 0, activity.id).isEmpty())
            withPartner = activity.id;
    }
    REQUIRE(longest > 3);
    REQUIRE(withPartner != 0);
    const qsizetype agendaBefore = project.agendaItems.size();
    const qsizetype partnersBefore = project.partnerships.size();
    const qsizetype linesBefore = project.costLines.size();

    for (const qint64 originalId : {withAgenda, withPartner}) {
        const Activity original = *project.activities.find(originalId);
        INFO(original.title.toStdString());
        const EditResult result = editor.duplicateActivity(originalId);
        REQUIRE(result.ok);
        const std::vector<const Session *> originals = project.sessionsOf(originalId);
        const std::vector<const Session *> copies = project.sessionsOf(result.id);
        REQUIRE(copies.size() == originals.size());
        for (std::size_t i = 0; i < copies.size(); ++i)
            CHECK(agendaOf(project, copies[i]->id) == agendaOf(project, originals[i]->id));
        for (const qint64 trackId : {qint64(0), original.trackId})
            CHECK(partnersOf(project, trackId, result.id) == partnersOf(project, trackId, originalId));
        for (const qint64 trackId : {qint64(0), original.trackId})
            CHECK(costLinesOf(project, trackId, result.id) == costLinesOf(project, trackId, originalId));
        CHECK(costLinesOf(project, original.trackId, result.id).size() + costLinesOf(project, 0, result.id).size() > 0);
    }
    CHECK(project.agendaItems.size() == agendaBefore + longest);
    CHECK(project.partnerships.size() > partnersBefore);

    // One undo each takes a copy away with all it brought.
    document->undoStack()->undo();
    document->undoStack()->undo();
    CHECK(project.agendaItems.size() == agendaBefore);
    CHECK(project.partnerships.size() == partnersBefore);
    CHECK(project.costLines.size() == linesBefore);
}

TEST_CASE("a duplicated track brings its own partners, cost lines and learning goals", "[duplicate]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("copy.akademi"), true));
    ProjectEditor editor(*document);
    const Project &project = document->project();
    const Track *original = nullptr;
    for (const Track &track : project.tracks)
        if (!partnersOf(project, track.id, 0).isEmpty())
            original = &track;
    REQUIRE(original);
    const qint64 originalId = original->id;
    const EditResult result = editor.duplicateTrack(originalId);
    REQUIRE(result.ok);
    CHECK(partnersOf(project, result.id, 0) == partnersOf(project, originalId, 0));
    CHECK(costLinesOf(project, result.id, 0) == costLinesOf(project, originalId, 0));
    QStringList originalGoals;
    QStringList copiedGoals;
    for (const LearningGoal &goal : project.learningGoals) {
        if (goal.trackId == originalId)
            originalGoals.append(goal.text);
        else if (goal.trackId == result.id)
            copiedGoals.append(goal.text);
    }
    CHECK_FALSE(originalGoals.isEmpty());
    CHECK(copiedGoals == originalGoals);
    // The copied activities' own lines belong to the new track.
    for (const Activity *activity : project.activitiesOf(result.id))
        CHECK(costLinesOf(project, originalId, activity->id).isEmpty());
}

TEST_CASE("a duplicated session a week later has the same agenda", "[duplicate]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("copy.akademi"), true));
    ProjectEditor editor(*document);
    const Project &project = document->project();
    qint64 sessionId = 0;
    for (const AgendaItem &item : project.agendaItems)
        sessionId = item.sessionId;
    REQUIRE(sessionId != 0);
    const Session original = *project.sessions.find(sessionId);
    const EditResult result = editor.duplicateSession(sessionId);
    REQUIRE(result.ok);
    const Session *copy = project.sessions.find(result.id);
    REQUIRE(copy);
    CHECK(copy->date == original.date.addDays(7));
    CHECK(copy->activityId == original.activityId);
    CHECK(agendaOf(project, copy->id) == agendaOf(project, sessionId));
    CHECK_FALSE(agendaOf(project, copy->id).isEmpty());
    document->undoStack()->undo();
    CHECK_FALSE(project.sessions.contains(result.id));
    CHECK(agendaOf(project, result.id).isEmpty());
}
