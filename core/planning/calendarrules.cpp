// SPDX-License-Identifier: MPL-2.0
#include "calendarrules.h"

#include "councilmeetings.h"
#include "danishcalendar.h"

#include "i18n/displaytext.h"

namespace Akademiplan {

namespace {

using Severity = PlanWarning::Severity;

PlanWarning aboutSession(const PlanIndex::SessionFacts &facts, Severity severity, const char *kind,
                         const QString &message)
{
    PlanWarning warning = planWarningAbout(*facts.session, severity, kind, message);
    if (facts.session->date.isValid())
        warning.dates.append(facts.session->date);
    if (facts.activity)
        warning.related.append(facts.activity->uuid);
    return warning;
}

} // namespace

bool CalendarRules::inBudgetSeason(const QDate &date)
{
    return date.isValid() && (date.month() == 8 || date.month() == 9 || (date.month() == 10 && date.day() <= 15));
}

void CalendarRules::check(const PlanIndex &index, const PlanIndex::SessionFacts &facts, PlanWarnings &warnings)
{
    const Session &session = *facts.session;
    const QString what = PlanIndex::describe(facts);
    if (!facts.hasTime()) {
        warnings.push_back(aboutSession(facts, Severity::Problem, "session-without-time",
                                        session.date.isValid() ? tr("%1 has no start and end time.").arg(what)
                                                               : tr("%1 cannot be planned.").arg(what)));
    }
    if (facts.location.isEmpty())
        warnings.push_back(aboutSession(facts, Severity::Warning, "session-without-location",
                                        tr("%1 has no place: neither the session nor its activity says where.")
                                            .arg(what)));
    if (!session.date.isValid())
        return;

    if (facts.academy && facts.academy->startDate.isValid() && facts.academy->endDate.isValid()
        && (session.date < facts.academy->startDate || session.date > facts.academy->endDate)) {
        warnings.push_back(aboutSession(facts, Severity::Problem, "session-outside-academy-period",
                                        tr("%1 is outside the academy's period, %2 to %3.")
                                            .arg(what, DisplayText::dayMonthYear(facts.academy->startDate),
                                                 DisplayText::dayMonthYear(facts.academy->endDate))));
    }

    // One finding per day: a public holiday is not also reported as a school-holiday day.
    if (const auto holiday = DanishCalendar::publicHoliday(session.date)) {
        PlanWarning warning = aboutSession(facts, Severity::Problem, "session-on-public-holiday",
                                           tr("%1 is on a public holiday: %2.").arg(what, holiday->name));
        warning.detail = holiday->key;
        warnings.push_back(warning);
    } else if (const auto dayOff = DanishCalendar::customaryDayOff(session.date)) {
        PlanWarning warning =
            aboutSession(facts, Severity::Warning, "session-on-day-off",
                         tr("%1 is on a day many in the municipality have off: %2.").arg(what, dayOff->name));
        warning.detail = dayOff->key;
        warnings.push_back(warning);
    } else if (const auto holiday = DanishCalendar::schoolHoliday(session.date, index.region())) {
        PlanWarning warning =
            aboutSession(facts, Severity::Warning, "session-in-school-holiday",
                         tr("%1 is in a school holiday, when staff with children are often away: %2.").arg(what, holiday->name));
        warning.detail = holiday->key;
        warnings.push_back(warning);
    }
    if (session.date.dayOfWeek() >= Qt::Saturday)
        warnings.push_back(aboutSession(facts, Severity::Warning, "session-on-weekend",
                                        tr("%1 is on a weekend.").arg(what)));

    if (facts.track && facts.academy && PlanIndex::isForPoliticians(*facts.track)
        && CouncilMeetings::isMeetingDay(facts.academy->councilMeetings, session.date))
        warnings.push_back(aboutSession(facts, Severity::Information, "session-on-council-meeting-day",
                                        tr("%1 is on a day the council usually meets (%2).")
                                            .arg(what, CouncilMeetings::describe(facts.academy->councilMeetings))));
    if (facts.track && PlanIndex::isForPoliticians(*facts.track) && inBudgetSeason(session.date))
        warnings.push_back(aboutSession(facts, Severity::Information, "session-in-budget-season",
                                        tr("%1 is in the budget season (August to mid-October), a busy "
                                           "time for the council's members.")
                                            .arg(what)));
}

} // namespace Akademiplan
