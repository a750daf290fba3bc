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

std::vector<QDate> distinctInOrder(std::vector<QDate> dates)
{
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
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
        facts->sessions[session.date.year()] += 1;
        facts->minutes[session.date.year()] += ParticipantTime::minutesOf(session);
        facts->dates.push_back(session.date);
    }
    for (ActivityFacts &facts : m_activities)
        facts.dates = distinctInOrder(std::move(facts.dates));
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
    for (qint64 activityId : activitiesOf(scope)) {
        const ActivityFacts &activity = m_activities[activityId];
        addUnits(facts.sessions, activity.sessions);
        addUnits(facts.minutes, activity.minutes);
        if (!activity.dates.empty() && (!facts.firstDate.isValid() || activity.dates.front() < facts.firstDate))
            facts.firstDate = activity.dates.front();
        for (qint64 person : activity.people) {
            std::vector<QDate> &dates = facts.datesOfPerson[person];
            dates.insert(dates.end(), activity.dates.begin(), activity.dates.end());
        }
    }
    for (auto &[person, dates] : facts.datesOfPerson)
        dates = distinctInOrder(std::move(dates));
    return *m_scopes.insert(key, std::move(facts));
}

UnitsByYear PlanQuantities::unitsOfPerson(CostBasis basis, const std::vector<QDate> &dates)
{
    UnitsByYear units;
    switch (basis) {
    case CostBasis::PerParticipant:
        units[dates.empty() ? 0 : dates.front().year()] = 1;
        break;
    case CostBasis::PerParticipantDay:
        for (const QDate &date : dates)
            units[date.year()] += 1;
        break;
    case CostBasis::PerParticipantNight:
        // The night after a day is spent there when the person is also there the next day.
        for (std::size_t i = 1; i < dates.size(); ++i)
            if (dates[i - 1].daysTo(dates[i]) == 1)
                units[dates[i - 1].year()] += 1;
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
    for (const auto &[person, dates] : factsOf(scope).datesOfPerson) {
        UnitsByYear units = unitsOfPerson(basis, dates);
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
        return {{facts.firstDate.isValid() ? facts.firstDate.year() : 0, 1}};
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
    for (const auto &[person, dates] : facts.datesOfPerson)
        addUnits(total, unitsOfPerson(basis, dates));
    return total;
}

std::vector<qint64> PlanQuantities::peopleIn(const BudgetScope &scope)
{
    std::vector<qint64> people;
    for (const auto &[person, dates] : factsOf(scope).datesOfPerson)
        people.push_back(person);
    return people;
}

} // namespace Akademiplan
