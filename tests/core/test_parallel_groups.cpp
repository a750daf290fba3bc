// SPDX-License-Identifier: MPL-2.0
// Parallel groups ("hold") of one course and what enrolling in a track means for its
// activities, through the editor the window uses, on real project files: nobody ends up in two
// groups or on a waiting list of one group while enrolled in another, people are shared out
// evenly or with their colleagues, and a track's people take part in its activities.
#include "catch.h"
#include "editor/projecteditor.h"
#include "planning/enrolmentplanner.h"
#include "testfiles.h"

#include <QHash>
#include <QSet>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct Counts
{
    int enrolled = 0;
    int waitlisted = 0;
};

Counts countsOf(const Project &project, qint64 activityId)
{
    Counts counts;
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.activityId != activityId)
            continue;
        if (enrolment.status == EnrolmentStatus::Enrolled)
            ++counts.enrolled;
        else if (enrolment.status == EnrolmentStatus::Waitlisted)
            ++counts.waitlisted;
    }
    return counts;
}

QList<qint64> peopleWithRole(const Project &project, ParticipantRole role)
{
    QList<qint64> ids;
    for (const Participant &participant : project.participants)
        if (participant.role == role)
            ids.append(participant.id);
    return ids;
}

// How many groups of the course each person is in (any status but cancelled).
QHash<qint64, int> groupsPerPerson(const Project &project, const std::vector<const Activity *> &groups)
{
    QHash<qint64, int> result;
    for (const Enrolment &enrolment : project.enrolments)
        for (const Activity *group : groups)
            if (enrolment.activityId == group->id && enrolment.status != EnrolmentStatus::Cancelled)
                ++result[enrolment.participantId];
    return result;
}

// The example's leadership course: three groups of 20 places, 18 managers in each, and six
// managers invited to the track but in no group yet.
struct ExampleCourse
{
    TempFolder folder;
    std::unique_ptr<Document> document;
    std::unique_ptr<ProjectEditor> editor;
    std::vector<qint64> groups;

    ExampleCourse()
    {
        document = openDocument(makeProjectFile(folder, QStringLiteral("example.akademi"), true));
        editor = std::make_unique<ProjectEditor>(*document);
        for (const Activity &activity : document->project().activities)
            if (!activity.parallelGroup.isEmpty())
                groups.push_back(activity.id);
        REQUIRE(groups.size() == 3);
        REQUIRE(document->project().parallelGroupsOf(groups.front()).size() == 3);
    }
    const Project &project() const { return document->project(); }
};

} // namespace

TEST_CASE("enrolling all managers in one group shares the newcomers out and leaves the others where they are",
          "[groups]")
{
    ExampleCourse course;
    const QList<qint64> managers = peopleWithRole(course.project(), ParticipantRole::Manager);
    REQUIRE(managers.size() == 60);

    const EnrolmentPlan plan =
        EnrolmentPlanner(course.project()).intoActivity(course.groups.front(), managers, GroupSpread::Evenly);
    CHECK(plan.alreadyEnrolled == 18);
    CHECK(plan.inOtherGroup == 36);
    CHECK(plan.waitlisted == 0);
    REQUIRE(course.editor->enrol(plan).ok);

    for (qint64 group : course.groups) {
        CHECK(countsOf(course.project(), group).enrolled == 20);
        CHECK(countsOf(course.project(), group).waitlisted == 0);
    }
    const QHash<qint64, int> perPerson =
        groupsPerPerson(course.project(), course.project().parallelGroupsOf(course.groups.front()));
    CHECK(perPerson.size() == 60);
    for (auto it = perPerson.cbegin(); it != perPerson.cend(); ++it)
        CHECK(*it == 1);
}

TEST_CASE("enrolling only in one full group waitlists newcomers but never someone in a sibling group",
          "[groups]")
{
    ExampleCourse course;
    const QList<qint64> managers = peopleWithRole(course.project(), ParticipantRole::Manager);
    REQUIRE(course.editor->enrolInActivity(course.groups.front(), managers, GroupSpread::OnlyThisGroup).ok);

    const Counts first = countsOf(course.project(), course.groups.front());
    CHECK(first.enrolled == 20);
    CHECK(first.waitlisted == 4); // six newcomers, two places
    const QHash<qint64, int> perPerson =
        groupsPerPerson(course.project(), course.project().parallelGroupsOf(course.groups.front()));
    for (auto it = perPerson.cbegin(); it != perPerson.cend(); ++it)
        CHECK(*it == 1);
}

TEST_CASE("keeping colleagues together puts each organisation's people in one group", "[groups]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("groups.akademi"), false));
    ProjectEditor editor(*document);
    std::vector<AnyEntity> drafts;
    Academy academy;
    academy.id = -1;
    academy.name = QStringLiteral("Akademi");
    academy.startDate = QDate(2027, 1, 4);
    academy.endDate = QDate(2027, 12, 17);
    drafts.emplace_back(academy);
    Track track;
    track.id = -2;
    track.academyId = -1;
    track.name = QStringLiteral("Ledere");
    drafts.emplace_back(track);
    for (int g = 0; g < 3; ++g) {
        Activity group;
        group.id = -10 - g;
        group.trackId = -2;
        group.title = QStringLiteral("Ledelse, hold %1").arg(QChar(u'A' + g));
        group.parallelGroup = QStringLiteral("Ledelse");
        group.capacity = 12;
        group.position = g;
        drafts.emplace_back(group);
    }
    // Three departments of 10, 8 and 6 managers, listed mixed as a search would list them.
    const int sizes[3] = {10, 8, 6};
    for (int o = 0; o < 3; ++o) {
        Organisation organisation;
        organisation.id = -20 - o;
        organisation.name = QStringLiteral("Forvaltning %1").arg(o + 1);
        drafts.emplace_back(organisation);
    }
    int number = 0;
    for (int round = 0; round < 10; ++round)
        for (int o = 0; o < 3; ++o)
            if (round < sizes[o]) {
                Participant person;
                person.id = -100 - number;
                person.name = QStringLiteral("Leder %1").arg(++number);
                person.role = ParticipantRole::Manager;
                person.organisationId = -20 - o;
                drafts.emplace_back(person);
            }
    REQUIRE(editor.insertAll(QStringLiteral("groups"), drafts).ok);
    const Project &project = document->project();
    const QList<qint64> managers = peopleWithRole(project, ParticipantRole::Manager);
    REQUIRE(managers.size() == 24);

    qint64 firstGroup = 0;
    for (const Activity &activity : project.activities)
        if (activity.position == 0)
            firstGroup = activity.id;
    REQUIRE(editor.enrolInActivity(firstGroup, managers, GroupSpread::ByOrganisation).ok);

    // Each department sits in one group, and nobody waits while there are places.
    QHash<qint64, QSet<qint64>> groupsOfOrganisation;
    for (const Enrolment &enrolment : project.enrolments) {
        CHECK(enrolment.status == EnrolmentStatus::Enrolled);
        groupsOfOrganisation[project.participants.find(enrolment.participantId)->organisationId].insert(
            enrolment.activityId);
    }
    CHECK(groupsOfOrganisation.size() == 3);
    for (auto it = groupsOfOrganisation.cbegin(); it != groupsOfOrganisation.cend(); ++it)
        CHECK(it->size() == 1);
}

TEST_CASE("enrolling in a track enrols in its activities and one group of each course in one undoable step",
          "[groups]")
{
    ExampleCourse course;
    const Project &project = course.project();
    const Activity *group = project.activities.find(course.groups.front());
    const qint64 trackId = group->trackId;
    // Six managers were only invited to the track; make them new people for the track.
    QList<qint64> invited;
    QList<qint64> invitedEnrolments;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.trackId == trackId && enrolment.status == EnrolmentStatus::Invited) {
            invited.append(enrolment.participantId);
            invitedEnrolments.append(enrolment.id);
        }
    REQUIRE(invited.size() == 6);
    REQUIRE(course.editor->remove(EntityType::Enrolment, invitedEnrolments).ok);
    const int before = int(project.enrolments.size());

    REQUIRE(course.editor->enrolInTrack(trackId, invited).ok);

    // The track, the seminar and one of the three groups: three rows per person.
    CHECK(int(project.enrolments.size()) == before + 6 * 3);
    for (const Activity *activity : project.activitiesOf(trackId))
        if (activity->parallelGroup.isEmpty())
            for (qint64 person : invited)
                CHECK(std::any_of(project.enrolments.begin(), project.enrolments.end(), [&](const Enrolment &e) {
                    return e.activityId == activity->id && e.participantId == person;
                }));
    for (qint64 id : course.groups)
        CHECK(countsOf(project, id).enrolled == 20);

    course.document->undoStack()->undo();
    CHECK(int(project.enrolments.size()) == before);
}

TEST_CASE("removing someone from a track removes them from its activities too", "[groups]")
{
    ExampleCourse course;
    const Project &project = course.project();
    const qint64 trackId = project.activities.find(course.groups.front())->trackId;
    qint64 trackEnrolment = 0;
    qint64 person = 0;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.trackId == trackId && enrolment.status == EnrolmentStatus::Enrolled) {
            trackEnrolment = enrolment.id;
            person = enrolment.participantId;
            break;
        }
    REQUIRE(trackEnrolment != 0);
    const QList<qint64> leaving = EnrolmentPlanner(project).withActivityEnrolments({trackEnrolment});
    CHECK(leaving.size() == 3); // the track, one group and the seminar
    REQUIRE(course.editor->remove(EntityType::Enrolment, leaving).ok);
    for (const Enrolment &enrolment : project.enrolments)
        CHECK(enrolment.participantId != person);
}
