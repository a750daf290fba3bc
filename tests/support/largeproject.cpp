// SPDX-License-Identifier: MPL-2.0
#include "largeproject.h"

#include "template/academytemplate.h"

#include <algorithm>

namespace Akademiplan::Test {

LargeProjectSize LargeProjectSize::scaled(double scale)
{
    auto times = [scale](int value) { return std::max(1, int(value * scale)); };
    const LargeProjectSize base;
    return {times(base.participants), times(base.activities), times(base.sessions), times(base.enrolments)};
}

std::vector<AnyEntity> largeProject(const LargeProjectSize &size)
{
    std::vector<AnyEntity> rows;
    Academy academy;
    academy.id = -1;
    academy.name = QStringLiteral("Stor kommune 2027");
    academy.startDate = QDate(2027, 1, 4);
    academy.endDate = QDate(2027, 12, 17);
    rows.emplace_back(academy);
    std::vector<qint64> tracks;
    for (const AnyEntity &row : AcademyTemplate::recommended(-1)) {
        if (const auto *track = std::get_if<Track>(&row)) {
            tracks.push_back(track->id);
            rows.push_back(row);
        }
    }
    const int organisations = 40;
    for (int i = 0; i < organisations; ++i) {
        Organisation organisation;
        organisation.id = -100000 - i;
        organisation.name = QStringLiteral("Afdeling %1").arg(i + 1);
        rows.emplace_back(organisation);
    }
    constexpr ParticipantRole roles[] = {ParticipantRole::Employee, ParticipantRole::Employee, ParticipantRole::Manager,
                                         ParticipantRole::KeyPerson, ParticipantRole::Politician,
                                         ParticipantRole::ExternalPartner};
    for (int i = 0; i < size.participants; ++i) {
        Participant participant;
        participant.id = -200000 - i;
        participant.name = QStringLiteral("Deltager %1 Jensen").arg(i + 1);
        participant.email = QStringLiteral("deltager%1@kommune.example").arg(i + 1);
        participant.phone = QStringLiteral("+45 %1").arg(20000000 + i);
        participant.role = roles[i % 6];
        participant.organisationId = -100000 - (i % organisations);
        rows.emplace_back(participant);
    }
    for (int i = 0; i < size.activities; ++i) {
        Activity activity;
        activity.id = -300000 - i;
        activity.trackId = tracks[std::size_t(i) % tracks.size()];
        activity.kind = ActivityKind(i % 7);
        activity.title = QStringLiteral("Aktivitet %1").arg(i + 1);
        activity.capacity = 0;
        rows.emplace_back(activity);
    }
    for (int i = 0; i < size.sessions; ++i) {
        Session session;
        session.id = -400000 - i;
        session.activityId = -300000 - (i % size.activities);
        session.date = QDate(2027, 1, 4).addDays((i * 7) % 340);
        session.startTime = QTime(9 + i % 6, 0);
        session.endTime = session.startTime.addSecs(2 * 3600);
        rows.emplace_back(session);
    }
    // Each person in a few activities; pairs never repeat because the stride is fixed per person.
    const int perPerson = std::max(1, size.enrolments / size.participants);
    int made = 0;
    for (int p = 0; p < size.participants && made < size.enrolments; ++p) {
        for (int k = 0; k < perPerson && made < size.enrolments; ++k, ++made) {
            Enrolment enrolment;
            enrolment.participantId = -200000 - p;
            enrolment.activityId = -300000 - ((p + k * 37) % size.activities);
            rows.emplace_back(enrolment);
        }
    }
    return rows;
}

} // namespace Akademiplan::Test
