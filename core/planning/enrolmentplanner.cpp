// SPDX-License-Identifier: MPL-2.0
#include "enrolmentplanner.h"

#include "domain/project.h"

#include <algorithm>

namespace Akademiplan {

namespace {

// A group without a limit counts as having this many places, so that such groups are preferred
// over full ones and still share people evenly among themselves.
constexpr int unlimitedPlaces = 1 << 20;

bool isActive(const Enrolment &enrolment)
{
    return enrolment.status != EnrolmentStatus::Cancelled;
}

} // namespace

int EnrolmentPlanner::Place::placesLeft() const
{
    return (capacity > 0 ? capacity : unlimitedPlaces) - taken;
}

EnrolmentPlanner::EnrolmentPlanner(const Project &project)
    : m_project(project)
{
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId != 0)
            m_byActivity[enrolment.activityId].append(&enrolment);
}

EnrolmentPlanner::Place EnrolmentPlanner::placeOf(qint64 activityId) const
{
    Place place;
    place.activityId = activityId;
    if (const Activity *activity = m_project.activities.find(activityId))
        place.capacity = activity->capacity;
    for (const Enrolment *enrolment : m_byActivity.value(activityId)) {
        place.people.insert(enrolment->participantId);
        if (enrolment->status == EnrolmentStatus::Enrolled)
            ++place.taken;
        else if (enrolment->status == EnrolmentStatus::Waitlisted)
            ++place.waiting;
    }
    return place;
}

EnrolmentPlan EnrolmentPlanner::intoActivity(qint64 activityId, const QList<qint64> &participantIds,
                                             GroupSpread spread) const
{
    EnrolmentPlan plan;
    std::vector<const Activity *> siblings = m_project.parallelGroupsOf(activityId);
    if (siblings.empty()) {
        if (const Activity *activity = m_project.activities.find(activityId))
            siblings.push_back(activity);
        else
            return plan;
    }

    // Who is already in the course: in this group, or active in another.
    QSet<qint64> here;
    QSet<qint64> elsewhere;
    for (const Activity *sibling : siblings)
        for (const Enrolment *enrolment : m_byActivity.value(sibling->id)) {
            if (sibling->id == activityId)
                here.insert(enrolment->participantId);
            else if (isActive(*enrolment))
                elsewhere.insert(enrolment->participantId);
        }
    QList<qint64> newcomers;
    QSet<qint64> seen;
    for (qint64 participantId : participantIds) {
        if (seen.contains(participantId))
            continue;
        seen.insert(participantId);
        if (here.contains(participantId))
            ++plan.alreadyEnrolled;
        else if (elsewhere.contains(participantId))
            ++plan.inOtherGroup;
        else
            newcomers.append(participantId);
    }

    std::vector<Place> groups;
    if (spread == GroupSpread::OnlyThisGroup || siblings.size() == 1)
        groups.push_back(placeOf(activityId));
    else
        for (const Activity *sibling : siblings)
            groups.push_back(placeOf(sibling->id));
    enrolInGroups(std::move(groups), newcomers, spread, plan);
    return plan;
}

EnrolmentPlan EnrolmentPlanner::intoTrack(qint64 trackId, const QList<qint64> &participantIds,
                                          GroupSpread spread) const
{
    EnrolmentPlan plan;
    if (!m_project.tracks.contains(trackId))
        return plan;
    QSet<qint64> inTrack;
    for (const Enrolment &enrolment : m_project.enrolments)
        if (enrolment.trackId == trackId)
            inTrack.insert(enrolment.participantId);

    // Only people new to the track are carried down: someone already in it may have been taken
    // out of one of its activities on purpose.
    QList<qint64> newcomers;
    for (qint64 participantId : participantIds) {
        if (inTrack.contains(participantId)) {
            ++plan.alreadyEnrolled;
            continue;
        }
        inTrack.insert(participantId);
        newcomers.append(participantId);
        Enrolment enrolment;
        enrolment.participantId = participantId;
        enrolment.trackId = trackId;
        enrolment.status = EnrolmentStatus::Enrolled;
        plan.enrolments.push_back(enrolment);
    }
    if (newcomers.isEmpty())
        return plan;

    const GroupSpread groupSpread = spread == GroupSpread::OnlyThisGroup ? GroupSpread::Evenly : spread;
    QSet<QString> coursesDone;
    for (const Activity *activity : m_project.activitiesOf(trackId)) {
        std::vector<const Activity *> course = m_project.parallelGroupsOf(activity->id);
        if (!course.empty() && coursesDone.contains(activity->parallelGroup))
            continue;
        coursesDone.insert(activity->parallelGroup);
        if (course.empty())
            course.push_back(activity);
        std::vector<Place> groups;
        QSet<qint64> inCourse;
        for (const Activity *group : course) {
            groups.push_back(placeOf(group->id));
            for (const Enrolment *enrolment : m_byActivity.value(group->id))
                if (isActive(*enrolment))
                    inCourse.insert(enrolment->participantId);
        }
        QList<qint64> people;
        for (qint64 participantId : newcomers)
            if (!inCourse.contains(participantId))
                people.append(participantId);
        enrolInGroups(std::move(groups), people, groupSpread, plan);
    }
    return plan;
}

void EnrolmentPlanner::enrolInGroups(std::vector<Place> groups, const QList<qint64> &participantIds,
                                     GroupSpread spread, EnrolmentPlan &plan) const
{
    // Where a person fits best: the most places left, and when all are full, the shortest
    // waiting list; the earlier group on a tie, so that the result is predictable. A group where
    // the person once cancelled keeps that row and is passed over.
    const auto best = [&groups](qint64 participantId) {
        auto found = groups.end();
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            if (it->people.contains(participantId))
                continue;
            if (found == groups.end())
                found = it;
            else if ((it->placesLeft() > 0) != (found->placesLeft() > 0) ? it->placesLeft() > 0
                     : found->placesLeft() > 0                          ? it->placesLeft() > found->placesLeft()
                                                                        : it->waiting < found->waiting)
                found = it;
        }
        return found;
    };
    for (const QList<qint64> &block : blocksOf(participantIds, spread)) {
        auto group = groups.end();
        for (qint64 participantId : block) {
            // A block that no longer fits its group moves on to the next with room, rather than
            // putting colleagues on a waiting list while another group has places.
            if (group == groups.end() || group->placesLeft() <= 0 || group->people.contains(participantId))
                group = best(participantId);
            if (group != groups.end())
                add(*group, participantId, plan);
        }
    }
}

void EnrolmentPlanner::add(Place &place, qint64 participantId, EnrolmentPlan &plan) const
{
    Enrolment enrolment;
    enrolment.participantId = participantId;
    enrolment.activityId = place.activityId;
    if (place.placesLeft() > 0) {
        enrolment.status = EnrolmentStatus::Enrolled;
        ++place.taken;
    } else {
        enrolment.status = EnrolmentStatus::Waitlisted;
        ++place.waiting;
        ++plan.waitlisted;
    }
    place.people.insert(participantId);
    ++plan.perActivity[place.activityId];
    plan.enrolments.push_back(enrolment);
}

QList<QList<qint64>> EnrolmentPlanner::blocksOf(const QList<qint64> &participantIds, GroupSpread spread) const
{
    QList<QList<qint64>> blocks;
    if (spread != GroupSpread::ByOrganisation) {
        for (qint64 participantId : participantIds)
            blocks.append(QList<qint64>{participantId});
        return blocks;
    }
    QHash<qint64, int> blockOf;
    for (qint64 participantId : participantIds) {
        const Participant *participant = m_project.participants.find(participantId);
        const qint64 organisationId = participant ? participant->organisationId : 0;
        // People of no organisation have no colleagues to keep together.
        if (organisationId == 0) {
            blocks.append(QList<qint64>{participantId});
            continue;
        }
        const auto it = blockOf.constFind(organisationId);
        if (it == blockOf.constEnd()) {
            blockOf.insert(organisationId, int(blocks.size()));
            blocks.append(QList<qint64>{participantId});
        } else {
            blocks[*it].append(participantId);
        }
    }
    // The largest organisations first, while every group still has room for them whole.
    std::stable_sort(blocks.begin(), blocks.end(),
                     [](const QList<qint64> &a, const QList<qint64> &b) { return a.size() > b.size(); });
    return blocks;
}

QString EnrolmentPlanner::describe(const EnrolmentPlan &plan, const Project &project)
{
    QSet<qint64> people;
    bool inTrack = false;
    for (const Enrolment &enrolment : plan.enrolments) {
        people.insert(enrolment.participantId);
        inTrack = inTrack || enrolment.trackId != 0;
    }
    QStringList sentences;
    if (inTrack)
        sentences.append(tr("%n person(s) enrolled in the track and its activities.", nullptr, int(people.size())));
    else
        sentences.append(tr("%n person(s) enrolled.", nullptr, int(people.size())));
    // How a course's groups were filled, in the groups' order.
    QStringList groups;
    for (const Activity &activity : project.activities) {
        const int count = plan.perActivity.value(activity.id);
        if (count > 0 && !activity.parallelGroup.isEmpty() && project.parallelGroupsOf(activity.id).size() > 1)
            groups.append(tr("%1: %n", nullptr, count).arg(activity.title));
    }
    if (!groups.isEmpty())
        sentences.append(groups.join(QStringLiteral("; ")) + QLatin1Char('.'));
    if (plan.waitlisted > 0)
        sentences.append(tr("%n went on a waiting list, as there were no places left.", nullptr, plan.waitlisted));
    if (plan.alreadyEnrolled > 0)
        sentences.append(tr("%n person(s) were already enrolled and were left as they are.", nullptr,
                            plan.alreadyEnrolled));
    if (plan.inOtherGroup > 0)
        sentences.append(tr("%n person(s) are already in another group of the course and were left there.", nullptr,
                            plan.inOtherGroup));
    return sentences.join(QLatin1Char(' '));
}

QList<qint64> EnrolmentPlanner::withActivityEnrolments(const QList<qint64> &enrolmentIds) const
{
    QList<qint64> result = enrolmentIds;
    QSet<qint64> chosen(enrolmentIds.cbegin(), enrolmentIds.cend());
    QHash<qint64, QSet<qint64>> leavingTrack; // track id → people
    for (qint64 id : enrolmentIds)
        if (const Enrolment *enrolment = m_project.enrolments.find(id); enrolment && enrolment->trackId != 0)
            leavingTrack[enrolment->trackId].insert(enrolment->participantId);
    for (auto it = leavingTrack.cbegin(); it != leavingTrack.cend(); ++it)
        for (const Activity *activity : m_project.activitiesOf(it.key()))
            for (const Enrolment *enrolment : m_byActivity.value(activity->id))
                if (it->contains(enrolment->participantId) && !chosen.contains(enrolment->id)) {
                    chosen.insert(enrolment->id);
                    result.append(enrolment->id);
                }
    return result;
}

} // namespace Akademiplan
