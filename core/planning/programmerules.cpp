// SPDX-License-Identifier: MPL-2.0
#include "programmerules.h"

#include "coverage.h"
#include "danishcalendar.h"

#include "domain/domainkeys.h"
#include "domain/domainlabels.h"
#include "i18n/displaytext.h"

namespace Akademiplan {

using Severity = PlanWarning::Severity;

QDate ProgrammeRules::takesOffice(const QDate &election)
{
    return QDate(election.year() + 1, 1, 1);
}

void ProgrammeRules::check(const PlanIndex &index, PlanWarnings &warnings)
{
    checkCapacity(index, warnings);
    checkElections(index, warnings);
    checkTargetGroups(index, warnings);
}

void ProgrammeRules::checkCapacity(const PlanIndex &index, PlanWarnings &warnings)
{
    const Project &project = index.project();
    const QHash<qint64, Coverage::Places> places = Coverage::placesOfActivities(project);
    for (const Activity &activity : project.activities) {
        const Coverage::Places taken = places.value(activity.id);
        if (activity.capacity <= 0 || taken.enrolled <= activity.capacity)
            continue;
        PlanWarning warning =
            planWarningAbout(activity, Severity::Problem, "activity-over-capacity",
                             tr("“%1” has %2 people enrolled for %3 places.")
                                 .arg(activity.title, DisplayText::number(taken.enrolled),
                                      DisplayText::number(activity.capacity)));
        for (qsizetype position : index.sessionsOfActivity(activity.id))
            if (const QDate date = index.sessions()[std::size_t(position)].session->date; date.isValid())
                warning.dates.append(date);
        warnings.push_back(warning);
    }
}

void ProgrammeRules::checkElections(const PlanIndex &index, PlanWarnings &warnings)
{
    const Project &project = index.project();
    // The first and last day of each politicians' track, from one pass over the sessions.
    QHash<qint64, std::pair<QDate, QDate>> spans;
    for (const PlanIndex::SessionFacts &facts : index.sessions()) {
        if (!facts.track || !PlanIndex::isForPoliticians(*facts.track) || !facts.session->date.isValid())
            continue;
        auto it = spans.find(facts.track->id);
        if (it == spans.end()) {
            spans.insert(facts.track->id, {facts.session->date, facts.session->date});
        } else {
            it->first = std::min(it->first, facts.session->date);
            it->second = std::max(it->second, facts.session->date);
        }
    }
    for (const Track &track : project.tracks) {
        const auto it = spans.constFind(track.id);
        if (it == spans.constEnd())
            continue;
        const auto [first, last] = *it;
        // The first change of council after the track's first day; an election just before it, whose
        // council has not yet taken office, counts too.
        QDate election = DanishCalendar::nextMunicipalElection(first.addYears(-1));
        while (election.isValid() && takesOffice(election) <= first)
            election = DanishCalendar::nextMunicipalElection(election.addDays(1));
        if (!election.isValid() || takesOffice(election) > last)
            continue;
        const Academy *academy = project.academies.find(track.academyId);
        const QString council = DomainLabels::label(academy ? academy->council : CouncilName::CityCouncil);
        PlanWarning warning = planWarningAbout(
            track, Severity::Warning, "track-across-election",
            tr("“%1” runs across the municipal election on %2: the sessions before %3 are with %4 as it is now, "
               "those after with the newly elected members.")
                .arg(track.name, DisplayText::dayMonthYear(election),
                     DisplayText::dayMonthYear(takesOffice(election)), council));
        warning.detail = QString::number(election.year());
        warning.dates = {election, takesOffice(election)};
        warnings.push_back(warning);
    }
}

void ProgrammeRules::checkTargetGroups(const PlanIndex &index, PlanWarnings &warnings)
{
    const Project &project = index.project();
    const QHash<qint64, QList<Coverage::Line>> coverage = Coverage::ofTracks(project);
    for (const Track &track : project.tracks) {
        for (const Coverage::Line &line : coverage.value(track.id)) {
            const int missing = line.total - line.enrolled;
            if (missing <= 0)
                continue;
            PlanWarning warning = planWarningAbout(
                track, Severity::Warning, "target-group-not-covered",
                tr("%1 of the %2 %3 in the project are not enrolled in “%4”.")
                    .arg(DisplayText::number(missing), DisplayText::number(line.total),
                         DomainLabels::plural(line.role).toLower(), track.name));
            warning.detail = DomainKeys::key(line.role);
            warnings.push_back(warning);
        }
    }
}

} // namespace Akademiplan
