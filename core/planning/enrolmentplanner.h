// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/enrolment.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <vector>

namespace Akademiplan {

class Project;

// How people are shared out over the parallel groups ("hold") of one course.
enum class GroupSpread {
    OnlyThisGroup,  // everyone into the group the consultant chose
    Evenly,         // each to the group with the most places left
    ByOrganisation, // whole organisations to one group, so that colleagues are together
};

// The enrolments an "enrol these people" makes, decided before anything changes, so that the
// window can say what will happen and the edit stays one step.
//
// Enrolling in a track enrols in each of its activities too: a person in the managers' track
// takes part in its seminars, and in one group of each course that runs in parallel groups.
// Nobody is enrolled twice, and nobody goes on a waiting list of a group while they are
// enrolled in another group of the same course.
struct EnrolmentPlan
{
    std::vector<Enrolment> enrolments; // new rows without ids
    int waitlisted = 0;                // of the new activity enrolments
    int alreadyEnrolled = 0;           // people skipped: already in the track or activity
    int inOtherGroup = 0;              // people skipped: already in another group of the course
    QHash<qint64, int> perActivity;    // new enrolments (enrolled or waitlisted) per activity

    bool isEmpty() const { return enrolments.empty(); }
};

class EnrolmentPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::EnrolmentPlanner)

public:
    explicit EnrolmentPlanner(const Project &project);

    // spread is used when the activity is one of several parallel groups.
    EnrolmentPlan intoActivity(qint64 activityId, const QList<qint64> &participantIds, GroupSpread spread) const;
    // The track and each of its activities; spread shares people over parallel groups
    // (OnlyThisGroup means Evenly here, as there is no one group to choose).
    EnrolmentPlan intoTrack(qint64 trackId, const QList<qint64> &participantIds, GroupSpread spread) const;

    // What the plan does, in a few sentences for the consultant.
    static QString describe(const EnrolmentPlan &plan, const Project &project);

    // The enrolments to remove with the given ones: leaving a track is leaving its activities.
    QList<qint64> withActivityEnrolments(const QList<qint64> &enrolmentIds) const;

private:
    struct Place
    {
        qint64 activityId = 0;
        int capacity = 0; // 0: no limit
        int taken = 0;    // enrolled, not waitlisted
        int waiting = 0;
        QSet<qint64> people; // everyone with an enrolment of any status

        int placesLeft() const;
    };

    Place placeOf(qint64 activityId) const;
    void enrolInGroups(std::vector<Place> groups, const QList<qint64> &participantIds, GroupSpread spread,
                       EnrolmentPlan &plan) const;
    void add(Place &place, qint64 participantId, EnrolmentPlan &plan) const;
    // People in the order the spread hands them out: by organisation, the largest first.
    QList<QList<qint64>> blocksOf(const QList<qint64> &participantIds, GroupSpread spread) const;

    const Project &m_project;
    QHash<qint64, QList<const Enrolment *>> m_byActivity;
};

} // namespace Akademiplan
