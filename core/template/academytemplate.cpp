// SPDX-License-Identifier: MPL-2.0
#include "academytemplate.h"

#include "domain/domainlabels.h"

namespace Akademiplan {

QColor AcademyTemplate::colour(TrackKind kind)
{
    // Distinct in print and for the common colour-vision deficiencies (Okabe-Ito palette).
    switch (kind) {
    case TrackKind::InnovationNetwork: return QColor(0x00, 0x72, 0xB2);
    case TrackKind::LeadershipInnovators: return QColor(0xD5, 0x5E, 0x00);
    case TrackKind::PoliticalInnovators: return QColor(0x00, 0x9E, 0x73);
    case TrackKind::OrganisationalInnovation: return QColor(0xCC, 0x79, 0xA7);
    case TrackKind::Custom: return QColor(0x56, 0xB4, 0xE9);
    }
    return {};
}

std::vector<AnyEntity> AcademyTemplate::recommended(qint64 academyId, CouncilName council)
{
    const QString theCouncil = DomainLabels::label(council);
    struct ActivityDraft
    {
        ActivityKind kind;
        QString title;
        QString description;
        int capacity;
    };
    struct TrackDraft
    {
        TrackKind kind;
        QString targetGroup;
        QList<ParticipantRole> roles;
        QString goal;
        std::vector<ActivityDraft> activities;
    };

    const std::vector<TrackDraft> tracks{
        {TrackKind::InnovationNetwork,
         tr("Selected key persons who work with the municipality's strategic focus areas"),
         {ParticipantRole::KeyPerson},
         tr("A network of key persons who drive innovation in the strategic focus areas and share what works."),
         {{ActivityKind::Workshop, tr("Kick-off workshop"),
           tr("The network meets, agrees on its focus areas and plans the year."), 25},
          {ActivityKind::NetworkMeeting, tr("Network meeting"),
           tr("Half-day meeting: cases from the participants' own work, methods and sparring."), 25}}},
        {TrackKind::LeadershipInnovators,
         tr("All managers in the municipal administration"),
         {ParticipantRole::Manager},
         tr("All managers can innovate and stimulate innovation in their own areas of responsibility."),
         {{ActivityKind::Course, tr("Leading innovation, module 1"),
           tr("Full-day module on innovation methods and the manager's role, in groups of about 20."), 20},
          {ActivityKind::Seminar, tr("Leadership seminar"),
           tr("Seminar for all managers with inspiration from other municipalities."), 0}}},
        {TrackKind::PoliticalInnovators,
         tr("Members of %1").arg(theCouncil),
         {ParticipantRole::Politician},
         tr("%1 has room and resources to develop a new, innovative political practice.")
             .arg(DomainLabels::capitalised(council)),
         {{ActivityKind::Seminar, tr("Start-up seminar for %1").arg(theCouncil),
           tr("A day and a half at a conference centre on the council's role in innovation."), 0},
          {ActivityKind::Masterclass, tr("Masterclass on innovation in welfare"),
           tr("An external expert and the administration on new welfare solutions, in dialogue with the council."), 0}}},
        {TrackKind::OrganisationalInnovation,
         tr("Employees across the municipality and external partners"),
         {ParticipantRole::Employee, ParticipantRole::ExternalPartner},
         tr("Knowledge sharing that inspires and supports innovative work across the municipality."),
         {{ActivityKind::BrownBagMeeting, tr("Brown-bag meeting"),
           tr("Two hours late in the afternoon at the town hall: one case, one method, open to all."), 150},
          {ActivityKind::Seminar, tr("Innovation day"),
           tr("A seminar for employees, volunteer organisations and local businesses."), 150}}},
    };

    std::vector<AnyEntity> result;
    std::vector<AnyEntity> activities;
    qint64 nextTrackId = -1;
    qint64 nextActivityId = -101;
    int position = 0;
    for (const TrackDraft &draft : tracks) {
        Track track;
        track.id = nextTrackId--;
        track.academyId = academyId;
        track.kind = draft.kind;
        track.name = DomainLabels::label(draft.kind);
        track.targetGroup = draft.targetGroup;
        track.targetRoles = draft.roles;
        track.goal = draft.goal;
        track.colour = colour(draft.kind);
        track.position = position++;
        result.emplace_back(track);
        for (const ActivityDraft &activityDraft : draft.activities) {
            Activity activity;
            activity.id = nextActivityId--;
            activity.trackId = track.id;
            activity.kind = activityDraft.kind;
            activity.title = activityDraft.title;
            activity.description = activityDraft.description;
            activity.capacity = activityDraft.capacity;
            activity.position = int(&activityDraft - draft.activities.data());
            activities.emplace_back(activity);
        }
    }
    result.insert(result.end(), activities.begin(), activities.end());
    return result;
}

} // namespace Akademiplan
