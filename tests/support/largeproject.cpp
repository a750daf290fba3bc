// SPDX-License-Identifier: MPL-2.0
#include "largeproject.h"

#include "template/academytemplate.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace Akademiplan::Test {

namespace {

constexpr int organisationCount = 40;
constexpr int capacityEvery = 10;

// Placeholder ids of the batch, apart per kind so that references cannot mix them up.
qint64 organisationRef(int i) { return -1000000 - i; }
qint64 participantRef(int i) { return -2000000 - i; }
qint64 activityRef(int i) { return -4000000 - i; }
qint64 sessionRef(int i) { return -5000000 - i; }

const QStringList &firstNames()
{
    static const QStringList names = {
        QStringLiteral("Anne"),  QStringLiteral("Søren"), QStringLiteral("Mette"),  QStringLiteral("Lars"),
        QStringLiteral("Åse"),   QStringLiteral("Jens"),  QStringLiteral("Kirsten"), QStringLiteral("Mads"),
        QStringLiteral("Ida"),   QStringLiteral("Peter"), QStringLiteral("Hanne"),  QStringLiteral("Rasmus"),
        QStringLiteral("Birgit"), QStringLiteral("Ole"),  QStringLiteral("Louise"), QStringLiteral("Niels")};
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = {
        QStringLiteral("Jensen"),   QStringLiteral("Nielsen"), QStringLiteral("Hansen"),   QStringLiteral("Pedersen"),
        QStringLiteral("Andersen"), QStringLiteral("Møller"),  QStringLiteral("Kjær"),     QStringLiteral("Holm"),
        QStringLiteral("Østergaard"), QStringLiteral("Larsen"), QStringLiteral("Sørensen")};
    return names;
}

// A realistic mix: most people are employees, one in six a manager, a few key persons,
// politicians and external partners. The pattern repeats every twelve people, so managers are
// spread evenly over the list.
ParticipantRole roleOf(int i)
{
    constexpr ParticipantRole pattern[] = {
        ParticipantRole::Employee,   ParticipantRole::Manager,  ParticipantRole::Employee,
        ParticipantRole::KeyPerson,  ParticipantRole::Employee, ParticipantRole::Employee,
        ParticipantRole::Politician, ParticipantRole::Manager,  ParticipantRole::Employee,
        ParticipantRole::Employee,   ParticipantRole::ExternalPartner, ParticipantRole::Employee};
    return pattern[i % 12];
}

} // namespace

LargeProjectSize LargeProjectSize::small()
{
    return {QStringLiteral("S"), 300, 40, 80, 2000, 60};
}

LargeProjectSize LargeProjectSize::large()
{
    return {QStringLiteral("L"), 10000, 600, 2000, 100000, 2000};
}

LargeProjectSize LargeProjectSize::extraLarge()
{
    return {QStringLiteral("XL"), 100000, 6000, 20000, 1000000, 2000};
}

std::optional<LargeProjectSize> LargeProjectSize::named(const QString &name)
{
    for (const LargeProjectSize &size : {small(), large(), extraLarge()})
        if (size.name.compare(name, Qt::CaseInsensitive) == 0)
            return size;
    return std::nullopt;
}

std::vector<AnyEntity> largeProject(const LargeProjectSize &size)
{
    std::vector<AnyEntity> rows;
    rows.reserve(std::size_t(size.participants + size.activities + size.sessions + size.enrolments) + 100);
    Academy academy;
    academy.id = -1;
    academy.name = QStringLiteral("Stor kommune 2027");
    academy.startDate = QDate(2027, 1, 4);
    academy.endDate = QDate(2027, 12, 17);
    academy.consultant = QStringLiteral("Karen Lund");
    rows.emplace_back(academy);
    std::vector<qint64> tracks;
    for (const AnyEntity &row : AcademyTemplate::recommended(-1)) {
        if (const auto *track = std::get_if<Track>(&row)) {
            tracks.push_back(track->id);
            rows.push_back(row);
        }
    }
    for (int i = 0; i < organisationCount; ++i) {
        Organisation organisation;
        organisation.id = organisationRef(i);
        organisation.name = QStringLiteral("Afdeling %1").arg(i + 1);
        rows.emplace_back(organisation);
    }
    const QStringList &first = firstNames();
    const QStringList &last = lastNames();
    for (int i = 0; i < size.participants; ++i) {
        Participant participant;
        participant.id = participantRef(i);
        participant.name = QStringLiteral("%1 %2 %3").arg(first.at(i % first.size()), last.at(i % last.size())).arg(i + 1);
        participant.email = QStringLiteral("deltager%1@kommune.example").arg(i + 1);
        participant.phone = QStringLiteral("+45 %1").arg(20000000 + i);
        participant.role = roleOf(i);
        // Every 25th person belongs to no registered organisation.
        participant.organisationId = i % 25 == 0 ? 0 : organisationRef(i % organisationCount);
        rows.emplace_back(participant);
    }
    // Activities go round the tracks, so each track holds a quarter of them and of the enrolments.
    const int perActivity = std::max(1, size.enrolments / std::max(1, size.activities));
    for (int i = 0; i < size.activities; ++i) {
        Activity activity;
        activity.id = activityRef(i);
        activity.trackId = tracks[std::size_t(i) % tracks.size()];
        activity.kind = ActivityKind(i % 7);
        activity.title = QStringLiteral("Aktivitet %1").arg(i + 1);
        activity.facilitator = last.at(i % last.size());
        activity.location = QStringLiteral("Mødelokale %1").arg(i % 12 + 1);
        // A little short of the people who sign up, so a waiting list forms.
        activity.capacity = i % capacityEvery == 0 ? std::max(1, perActivity * 9 / 10) : 0;
        rows.emplace_back(activity);
    }
    for (int i = 0; i < size.sessions; ++i) {
        Session session;
        session.id = sessionRef(i);
        session.activityId = activityRef(i % size.activities);
        session.date = QDate(2027, 1, 4).addDays((i * 7) % 340);
        session.startTime = QTime(9 + i % 6, 0);
        session.endTime = session.startTime.addSecs(2 * 3600);
        session.location = QStringLiteral("Rådhuset, lokale %1").arg(i % 20 + 1);
        rows.emplace_back(session);
    }
    // Each person in a few activities; pairs never repeat because the stride is fixed per person.
    // Places beyond an activity's capacity go to the waiting list, in the order people come.
    const int perPerson = std::max(1, (size.enrolments + size.participants - 1) / size.participants);
    QHash<int, int> taken;
    int made = 0;
    for (int p = 0; p < size.participants && made < size.enrolments; ++p) {
        for (int k = 0; k < perPerson && made < size.enrolments; ++k, ++made) {
            const int activity = (p + k * 37) % size.activities;
            const bool limited = activity % capacityEvery == 0;
            Enrolment enrolment;
            enrolment.participantId = participantRef(p);
            enrolment.activityId = activityRef(activity);
            enrolment.status = limited && taken[activity] >= std::max(1, perActivity * 9 / 10)
                                   ? EnrolmentStatus::Waitlisted
                                   : EnrolmentStatus::Enrolled;
            if (enrolment.status == EnrolmentStatus::Enrolled && limited)
                ++taken[activity];
            rows.emplace_back(enrolment);
        }
    }
    return rows;
}

LargestTrack largestTrack(const Project &project)
{
    QHash<qint64, qint64> trackOfActivity;
    for (const Activity &activity : project.activities)
        trackOfActivity.insert(activity.id, activity.trackId);
    QHash<qint64, int> enrolments;
    for (const Enrolment &enrolment : project.enrolments)
        ++enrolments[enrolment.trackId ? enrolment.trackId : trackOfActivity.value(enrolment.activityId)];
    LargestTrack largest;
    for (const Track &candidate : project.tracks)
        if (!largest.id || enrolments.value(candidate.id) > largest.enrolments)
            largest = {candidate.id, enrolments.value(candidate.id)};
    return largest;
}

} // namespace Akademiplan::Test
