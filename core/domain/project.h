// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "anyentity.h"
#include "entitylist.h"
#include "projectinfo.h"

#include <vector>

namespace Akademiplan {

// The whole content of one project file in memory: the single source of truth while it is open.
// Plain rows per entity type; relations are ids, so the same rows serve views, checks and export.
class Project
{
public:
    ProjectInfo info;
    EntityList<Academy> academies;
    EntityList<Track> tracks;
    EntityList<Activity> activities;
    EntityList<Session> sessions;
    EntityList<Organisation> organisations;
    EntityList<Participant> participants;
    EntityList<Enrolment> enrolments;
    EntityList<Attendance> attendances;
    EntityList<Partnership> partnerships;
    EntityList<Dismissal> dismissals;
    EntityList<CostLine> costLines;
    EntityList<StaffRate> staffRates;
    EntityList<Funding> fundings;
    EntityList<ProgrammeTheory> programmeTheories;
    EntityList<LearningGoal> learningGoals;
    EntityList<Indicator> indicators;
    EntityList<Measurement> measurements;
    EntityList<AgendaItem> agendaItems;

    template <typename T>
    EntityList<T> &list();
    template <typename T>
    const EntityList<T> &list() const { return const_cast<Project *>(this)->list<T>(); }

    void insert(const AnyEntity &entity);

    std::vector<const Track *> tracksOf(qint64 academyId) const;
    // In the consultant's order.
    std::vector<const Activity *> activitiesOf(qint64 trackId) const;
    // The parallel groups ("hold") of the course the activity is a group of, itself included, in
    // their order; empty when the activity is not one of several groups.
    std::vector<const Activity *> parallelGroupsOf(qint64 activityId) const;
    std::vector<const Session *> sessionsOf(qint64 activityId) const;
    const Academy *academyOfActivity(qint64 activityId) const;
    // The partners of a track or an activity, in the order they were attached.
    std::vector<const Partnership *> partnershipsOfTrack(qint64 trackId) const;
    std::vector<const Partnership *> partnershipsOfActivity(qint64 activityId) const;
    // What a partner takes part in, in the order it was attached.
    std::vector<const Partnership *> partnershipsOf(qint64 organisationId) const;

    bool operator==(const Project &other) const;
};

template <> inline EntityList<Academy> &Project::list<Academy>() { return academies; }
template <> inline EntityList<Track> &Project::list<Track>() { return tracks; }
template <> inline EntityList<Activity> &Project::list<Activity>() { return activities; }
template <> inline EntityList<Session> &Project::list<Session>() { return sessions; }
template <> inline EntityList<Organisation> &Project::list<Organisation>() { return organisations; }
template <> inline EntityList<Participant> &Project::list<Participant>() { return participants; }
template <> inline EntityList<Enrolment> &Project::list<Enrolment>() { return enrolments; }
template <> inline EntityList<Attendance> &Project::list<Attendance>() { return attendances; }
template <> inline EntityList<Partnership> &Project::list<Partnership>() { return partnerships; }
template <> inline EntityList<Dismissal> &Project::list<Dismissal>() { return dismissals; }
template <> inline EntityList<CostLine> &Project::list<CostLine>() { return costLines; }
template <> inline EntityList<StaffRate> &Project::list<StaffRate>() { return staffRates; }
template <> inline EntityList<Funding> &Project::list<Funding>() { return fundings; }
template <> inline EntityList<ProgrammeTheory> &Project::list<ProgrammeTheory>() { return programmeTheories; }
template <> inline EntityList<LearningGoal> &Project::list<LearningGoal>() { return learningGoals; }
template <> inline EntityList<Indicator> &Project::list<Indicator>() { return indicators; }
template <> inline EntityList<Measurement> &Project::list<Measurement>() { return measurements; }
template <> inline EntityList<AgendaItem> &Project::list<AgendaItem>() { return agendaItems; }

} // namespace Akademiplan
