// SPDX-License-Identifier: MPL-2.0
#include "planquantities.h"

#include "domain/project.h"

#include <algorithm>

namespace Akademiplan {

namespace {

void addUnits(UnitsByYear &into, const UnitsByYear &from)
{
    for (const auto &[year, units] : from)
        into[year] += units;
}

template <typename Day>
std::vector<Day> distinctInOrder(std::vector<Day> days)
{
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

} // namespace

PlanQuantities::PlanQuantities(const Project &project, qint64 academyId)
{
    for (const Track &track : project.tracks) {
        if (track.academyId != academyId)
            continue;
        for (const Activity *activity : project.activitiesOf(track.id)) {
            m_activitiesOfTrack[track.id].push_back(activity->id);
            m_activitiesOfAcademy.push_back(activity->id);
            m_activities.insert(activity->id, {});
        }
    }
    for (const Session &session : project.sessions) {
        const auto facts = m_activities.find(session.activityId);
        if (facts == m_activities.end() || !session.date.isValid())
            continue;
        const int year = session.date.year();
        facts->sessions[year] += 1;
        facts->minutes[year] += ParticipantTime::minutesOf(session);
        facts->days.push_back({session.date.toJulianDay(), year});
    }
    for (ActivityFacts &facts : m_activities)
        facts.days = distinctInOrder(std::move(facts.days));
    for (const Enrolment &enrolment : project.enrolments) {
        const auto facts = m_activities.find(enrolment.activityId);
        if (facts != m_activities.end() && enrolment.expectsAttendance())
            facts->people.push_back(enrolment.participantId);
    }
}

bool PlanQuantities::countsPeople(CostBasis basis)
{
    return basis == CostBasis::PerParticipant || basis == CostBasis::PerParticipantDay
        || basis == CostBasis::PerParticipantNight;
}

std::vector<qint64> PlanQuantities::activitiesOf(const BudgetScope &scope) const
{
    if (scope.activityId != 0)
        return m_activities.contains(scope.activityId) ? std::vector<qint64>{scope.activityId} : std::vector<qint64>{};
    if (scope.trackId != 0)
        return m_activitiesOfTrack.value(scope.trackId);
    return m_activitiesOfAcademy;
}

const PlanQuantities::ScopeFacts &PlanQuantities::factsOf(const BudgetScope &scope)
{
    const std::pair<int, qint64> key = scope.activityId != 0 ? std::pair<int, qint64>(2, scope.activityId)
        : scope.trackId != 0                                 ? std::pair<int, qint64>(1, scope.trackId)
                                                             : std::pair<int, qint64>(0, 0);
    const auto known = m_scopes.constFind(key);
    if (known != m_scopes.constEnd())
        return *known;

    ScopeFacts facts;
    const std::vector<qint64> activities = activitiesOf(scope);
    for (qint64 activityId : activities) {
        const ActivityFacts &activity = m_activities[activityId];
        addUnits(facts.sessions, activity.sessions);
        addUnits(facts.minutes, activity.minutes);
        if (!activity.days.empty() && (!facts.firstDay || activity.days.front() < *facts.firstDay))
            facts.firstDay = activity.days.front();
        if (activities.size() == 1) {
            facts.commonDays = &activity.days;
            facts.people = activity.people;
            break;
        }
        for (qint64 person : activity.people) {
            std::vector<Day> &days = facts.daysOfPerson[person];
            days.insert(days.end(), activity.days.begin(), activity.days.end());
        }
    }
    if (!facts.commonDays) {
        facts.people.reserve(std::size_t(facts.daysOfPerson.size()));
        for (auto days = facts.daysOfPerson.begin(); days != facts.daysOfPerson.end(); ++days) {
            *days = distinctInOrder(std::move(*days));
            facts.people.push_back(days.key());
        }
    }
    facts.people = distinctInOrder(std::move(facts.people));
    return *m_scopes.insert(key, std::move(facts));
}

UnitsByYear PlanQuantities::unitsOfPerson(CostBasis basis, const std::vector<Day> &days)
{
    UnitsByYear units;
    switch (basis) {
    case CostBasis::PerParticipant:
        units[days.empty() ? 0 : days.front().year] = 1;
        break;
    case CostBasis::PerParticipantDay:
        for (const Day &day : days)
            units[day.year] += 1;
        break;
    case CostBasis::PerParticipantNight:
        // The night after a day is spent there when the person is also there the next day.
        for (std::size_t i = 1; i < days.size(); ++i)
            if (days[i].julian - days[i - 1].julian == 1)
                units[days[i - 1].year] += 1;
        break;
    default:
        break;
    }
    return units;
}

std::map<qint64, UnitsByYear> PlanQuantities::countPerPerson(CostBasis basis, const BudgetScope &scope)
{
    std::map<qint64, UnitsByYear> perPerson;
    if (!countsPeople(basis))
        return perPerson;
    const ScopeFacts &facts = factsOf(scope);
    for (qint64 person : facts.people) {
        UnitsByYear units = unitsOfPerson(basis, facts.daysOf(person));
        if (!units.empty())
            perPerson.emplace(person, std::move(units));
    }
    return perPerson;
}

UnitsByYear PlanQuantities::count(CostBasis basis, const BudgetScope &scope)
{
    const ScopeFacts &facts = factsOf(scope);
    switch (basis) {
    case CostBasis::Fixed:
    case CostBasis::Entered:
        return {{facts.firstDay ? facts.firstDay->year : 0, 1}};
    case CostBasis::PerSession:
        return facts.sessions;
    case CostBasis::PerSessionHour:
        return facts.minutes;
    case CostBasis::PerParticipant:
    case CostBasis::PerParticipantDay:
    case CostBasis::PerParticipantNight:
        break;
    }
    UnitsByYear total;
    if (facts.commonDays) {
        // Everyone has the same days: one person's units times the people.
        for (const auto &[year, units] : unitsOfPerson(basis, *facts.commonDays))
            total[year] += units * qint64(facts.people.size());
        return total;
    }
    for (qint64 person : facts.people)
        addUnits(total, unitsOfPerson(basis, facts.daysOf(person)));
    return total;
}

std::vector<qint64> PlanQuantities::peopleIn(const BudgetScope &scope)
{
    return factsOf(scope).people;
}

} // namespace Akademiplan
