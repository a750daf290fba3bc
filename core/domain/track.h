// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include "participant.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Akademiplan {

enum class TrackKind { InnovationNetwork, LeadershipInnovators, PoliticalInnovators, OrganisationalInnovation, Custom };

// A track ("spor") of an academy: a target group and the activities that serve it.
struct Track : EntityHeader
{
    qint64 academyId = 0;
    TrackKind kind = TrackKind::Custom;
    QString name;
    QString targetGroup;
    // The roles whose coverage the consultant follows, e.g. all managers for leadership innovators.
    QList<ParticipantRole> targetRoles;
    QString goal;
    QColor colour;
    int position = 0;

    bool operator==(const Track &) const = default;
};

} // namespace Akademiplan
