// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/activity.h"

#include <QColor>
#include <QHash>
#include <QIcon>

#include <array>

namespace Akademiplan {

// The icons that tell rows apart in the navigator: the academy's building, a swatch in a track's
// colour and a picture per kind of activity. Each is made once and kept, so that a view painting
// a thousand rows loads no file and draws no swatch anew; all are sharp at any screen scale (the
// pictures are SVG, the swatches are drawn for each size a view asks for).
class EntityIcons
{
public:
    QIcon academy() const;
    QIcon track(const QColor &colour) const;
    QIcon activity(ActivityKind kind) const;

private:
    mutable QIcon m_academy;
    mutable QHash<QRgb, QIcon> m_tracks;
    // One per kind; the last kind added is the last of the enumeration.
    mutable std::array<QIcon, std::size_t(ActivityKind::FollowUpMeeting) + 1> m_activities;
};

} // namespace Akademiplan
