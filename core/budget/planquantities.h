// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "participanttime.h"

#include "domain/costline.h"

#include <QDate>
#include <QHash>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace Akademiplan {

// Units by calendar year: a budget is approved per year, and an academy often runs across two.
using UnitsByYear = std::map<int, qint64>;

// What a cost line's basis counts in the plan, for the activities of one academy, a track or an
// activity: its sessions, their minutes, the people enrolled, the days those people are there and
// the nights between two days in a row (a residential course of two days is one night per person).
// Only an enrolment in the activity itself counts, as for attendance; invited, waitlisted and
// cancelled people cost nothing yet.
//
// Built in one pass over the academy's sessions and enrolments; each scope's people and days are
// gathered the first time a line asks for them and kept, so a budget of many lines costs one pass
// per scope, not per line.
class PlanQuantities
{
public:
    PlanQuantities(const Project &project, qint64 academyId);

    // The units `basis` counts in the scope, by year: sessions in the year they are held, minutes
    // (PerSessionHour), people in the year of their first day, person-days, person-nights in the
    // year of the night. Fixed and Entered count 1 in the year of the scope's first session.
    // Year 0 holds what has no date yet: a person enrolled before any session is dated.
    UnitsByYear count(CostBasis basis, const BudgetScope &scope);
    // The same per person, for the bases that count people; empty for the others.
    std::map<qint64, UnitsByYear> countPerPerson(CostBasis basis, const BudgetScope &scope);
    // The people enrolled in any activity of the scope.
    std::vector<qint64> peopleIn(const BudgetScope &scope);

    static bool countsPeople(CostBasis basis);

private:
    // A day with its year, worked out once: QDate::year() converts from the Julian day each time,
    // and the per-person bases ask for it for every day of every person.
    struct Day
    {
        qint64 julian = 0;
        int year = 0;
        auto operator<=>(const Day &) const = default;
    };
    struct ActivityFacts
    {
        UnitsByYear sessions;
        UnitsByYear minutes;
        std::vector<Day> days; // distinct, in order
        std::vector<qint64> people;
    };
    struct ScopeFacts
    {
        UnitsByYear sessions;
        UnitsByYear minutes;
        std::optional<Day> firstDay;
        std::vector<qint64> people; // distinct, in order
        // One activity's people all have its days; only a scope of several activities gathers each
        // person's own, so that the many one-activity lines cost no list per person.
        const std::vector<Day> *commonDays = nullptr;
        QHash<qint64, std::vector<Day>> daysOfPerson; // distinct, in order
        const std::vector<Day> &daysOf(qint64 person) const
        {
            return commonDays ? *commonDays : *daysOfPerson.constFind(person);
        }
    };

    const ScopeFacts &factsOf(const BudgetScope &scope);
    std::vector<qint64> activitiesOf(const BudgetScope &scope) const;
    static UnitsByYear unitsOfPerson(CostBasis basis, const std::vector<Day> &days);

    QHash<qint64, ActivityFacts> m_activities;
    QHash<qint64, std::vector<qint64>> m_activitiesOfTrack;
    std::vector<qint64> m_activitiesOfAcademy;
    QHash<std::pair<int, qint64>, ScopeFacts> m_scopes;
};

} // namespace Akademiplan
