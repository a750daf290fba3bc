// SPDX-License-Identifier: MPL-2.0
#include "overlaprules.h"

#include "i18n/displaytext.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Akademiplan {

namespace {

using Severity = PlanWarning::Severity;
using Facts = PlanIndex::SessionFacts;

bool startsBefore(const std::vector<Facts> &sessions, qsizetype a, qsizetype b)
{
    const Facts &x = sessions[std::size_t(a)];
    const Facts &y = sessions[std::size_t(b)];
    return x.start != y.start ? x.start < y.start : x.session->id < y.session->id;
}

// Calls found(a, b) for every two sessions among `positions` whose times overlap. Sorted by
// start, a session can only overlap those that have not ended when it starts.
template <typename Found>
void sweep(const PlanIndex &index, std::vector<qsizetype> &positions, Found &&found)
{
    const auto &sessions = index.sessions();
    std::sort(positions.begin(), positions.end(),
              [&](qsizetype a, qsizetype b) { return startsBefore(sessions, a, b); });
    std::vector<qsizetype> running;
    for (qsizetype position : positions) {
        const Facts &facts = sessions[std::size_t(position)];
        if (!facts.hasTime())
            continue;
        std::erase_if(running, [&](qsizetype other) { return sessions[std::size_t(other)].end <= facts.start; });
        for (qsizetype other : running)
            found(other, position);
        running.push_back(position);
    }
}

bool overlaps(const Facts &a, const Facts &b)
{
    return a.hasTime() && b.hasTime() && a.start < b.end && b.start < a.end;
}

QString timesOf(const Facts &facts)
{
    return DisplayText::timeRange(facts.session->startTime, facts.session->endTime);
}

QString titleOf(const Facts &facts)
{
    return facts.activity ? facts.activity->title : QString();
}

PlanWarning aboutPair(const PlanIndex &index, qsizetype earlierPosition, qsizetype laterPosition, Severity severity,
                      const char *kind, const QString &message)
{
    const Facts &earlier = index.sessions()[std::size_t(earlierPosition)];
    const Facts &later = index.sessions()[std::size_t(laterPosition)];
    PlanWarning warning = planWarningAbout(*later.session, severity, kind, message);
    warning.detail = earlier.session->uuid.toString(QUuid::WithoutBraces);
    warning.related.append(earlier.session->uuid);
    if (later.activity)
        warning.related.append(later.activity->uuid);
    if (earlier.activity && earlier.activity != later.activity)
        warning.related.append(earlier.activity->uuid);
    warning.dates.append(later.session->date);
    if (earlier.session->date != later.session->date)
        warning.dates.append(earlier.session->date);
    return warning;
}

} // namespace

OverlapRules::Pair OverlapRules::ordered(const PlanIndex &index, qsizetype a, qsizetype b)
{
    return startsBefore(index.sessions(), a, b) ? Pair{a, b} : Pair{b, a};
}

QString OverlapRules::facilitatorKey(const Facts &facts)
{
    return facts.activity ? facts.activity->facilitator.simplified().toCaseFolded() : QString();
}

QString OverlapRules::locationKey(const Facts &facts)
{
    return facts.location.simplified().toCaseFolded();
}

PlanWarning OverlapRules::participants(const PlanIndex &index, const Pair &pair, const QList<qint64> &people)
{
    const Facts &earlier = index.sessions()[std::size_t(pair.earlier)];
    const Facts &later = index.sessions()[std::size_t(pair.later)];
    const Project &project = index.project();
    QStringList names;
    QList<QUuid> uuids;
    for (qint64 id : people) {
        const Participant *participant = project.participants.find(id);
        if (!participant)
            continue;
        uuids.append(participant->uuid);
        if (names.size() < 3)
            names.append(participant->name);
    }
    QString who = names.join(QStringLiteral(", "));
    if (uuids.size() > names.size())
        who = tr("%1 and %n more", nullptr, int(uuids.size() - names.size())).arg(who);
    PlanWarning warning =
        aboutPair(index, pair.earlier, pair.later, Severity::Problem, "participant-double-booked",
                  tr("%1 (%2) overlaps “%3” (%4) for %n participant(s): %5.", nullptr, int(uuids.size()))
                      .arg(PlanIndex::describe(later), timesOf(later), titleOf(earlier), timesOf(earlier), who));
    warning.related.append(uuids);
    return warning;
}

PlanWarning OverlapRules::facilitator(const PlanIndex &index, const Pair &pair)
{
    const Facts &earlier = index.sessions()[std::size_t(pair.earlier)];
    const Facts &later = index.sessions()[std::size_t(pair.later)];
    return aboutPair(index, pair.earlier, pair.later, Severity::Problem, "facilitator-double-booked",
                     tr("%1 (%2) overlaps “%3” (%4), and %5 facilitates both.")
                         .arg(PlanIndex::describe(later), timesOf(later), titleOf(earlier), timesOf(earlier),
                              later.activity->facilitator.simplified()));
}

PlanWarning OverlapRules::location(const PlanIndex &index, const Pair &pair)
{
    const Facts &earlier = index.sessions()[std::size_t(pair.earlier)];
    const Facts &later = index.sessions()[std::size_t(pair.later)];
    return aboutPair(index, pair.earlier, pair.later, Severity::Warning, "location-double-booked",
                     tr("%1 (%2) overlaps “%3” (%4), and both are at %5.")
                         .arg(PlanIndex::describe(later), timesOf(later), titleOf(earlier), timesOf(earlier),
                              later.location));
}

void OverlapRules::check(const PlanIndex &index, PlanWarnings &warnings)
{
    const Project &project = index.project();

    // Each enrolled person's sessions, as (person, session) entries sorted by person.
    std::vector<std::pair<qint64, qsizetype>> booked;
    for (const Enrolment &enrolment : project.enrolments)
        if (enrolment.activityId != 0 && enrolment.status == EnrolmentStatus::Enrolled)
            for (qsizetype position : index.sessionsOfActivity(enrolment.activityId))
                booked.emplace_back(enrolment.participantId, position);
    std::sort(booked.begin(), booked.end(),
              [](const auto &a, const auto &b) { return a.first != b.first ? a.first < b.first : a.second < b.second; });
    QHash<Pair, QList<qint64>> peopleOfPair;
    std::vector<qsizetype> positions;
    for (std::size_t first = 0; first < booked.size();) {
        std::size_t last = first;
        positions.clear();
        while (last < booked.size() && booked[last].first == booked[first].first)
            positions.push_back(booked[last++].second);
        const qint64 person = booked[first].first;
        sweep(index, positions, [&](qsizetype a, qsizetype b) { peopleOfPair[Pair{a, b}].append(person); });
        first = last;
    }
    std::vector<Pair> pairs(peopleOfPair.keyBegin(), peopleOfPair.keyEnd());
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair &a, const Pair &b) { return a.later != b.later ? a.later < b.later : a.earlier < b.earlier; });
    for (const Pair &pair : pairs)
        warnings.push_back(participants(index, pair, peopleOfPair.value(pair)));

    // Facilitators and places, grouped by name as written (ignoring case and spacing).
    auto byKey = [&](auto keyOf, auto warningOf) {
        QHash<QString, std::vector<qsizetype>> groups;
        for (qsizetype position = 0; position < qsizetype(index.sessions().size()); ++position)
            if (const QString key = keyOf(index.sessions()[std::size_t(position)]); !key.isEmpty())
                groups[key].push_back(position);
        std::vector<Pair> found;
        for (auto &group : groups)
            sweep(index, group, [&](qsizetype a, qsizetype b) { found.push_back(Pair{a, b}); });
        std::sort(found.begin(), found.end(),
                  [](const Pair &a, const Pair &b) { return a.later != b.later ? a.later < b.later : a.earlier < b.earlier; });
        for (const Pair &pair : found)
            warnings.push_back(warningOf(index, pair));
    };
    byKey(&OverlapRules::facilitatorKey, &OverlapRules::facilitator);
    byKey(&OverlapRules::locationKey, &OverlapRules::location);
}

void OverlapRules::checkOne(const PlanIndex &index, qsizetype position, PlanWarnings &warnings)
{
    const auto &sessions = index.sessions();
    const Facts &moved = sessions[std::size_t(position)];
    if (!moved.hasTime())
        return;
    std::vector<qsizetype> others;
    for (qsizetype other = 0; other < qsizetype(sessions.size()); ++other)
        if (other != position && overlaps(moved, sessions[std::size_t(other)]))
            others.push_back(other);
    if (others.empty())
        return;

    // The people of the moved session's activity and of the activities it would overlap.
    QSet<qint64> activities;
    for (qsizetype other : others)
        if (const Activity *activity = sessions[std::size_t(other)].activity)
            activities.insert(activity->id);
    const qint64 movedActivity = moved.session->activityId;
    QSet<qint64> movedPeople;
    QHash<qint64, QList<qint64>> peopleOfActivity;
    for (const Enrolment &enrolment : index.project().enrolments) {
        if (enrolment.activityId == 0 || enrolment.status != EnrolmentStatus::Enrolled)
            continue;
        if (enrolment.activityId == movedActivity)
            movedPeople.insert(enrolment.participantId);
        if (activities.contains(enrolment.activityId))
            peopleOfActivity[enrolment.activityId].append(enrolment.participantId);
    }

    for (qsizetype other : others) {
        const Pair pair = ordered(index, position, other);
        const Facts &facts = sessions[std::size_t(other)];
        QList<qint64> both;
        if (facts.activity)
            for (qint64 person : peopleOfActivity.value(facts.activity->id))
                if (movedPeople.contains(person))
                    both.append(person);
        if (!both.isEmpty())
            warnings.push_back(participants(index, pair, both));
        if (!facilitatorKey(moved).isEmpty() && facilitatorKey(moved) == facilitatorKey(facts))
            warnings.push_back(facilitator(index, pair));
        if (!locationKey(moved).isEmpty() && locationKey(moved) == locationKey(facts))
            warnings.push_back(location(index, pair));
    }
}

} // namespace Akademiplan
