// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planblock.h"
#include "planpage.h"

#include <vector>

class QPaintDevice;

namespace Akademiplan {

// Lays out the year at a glance (a Glance block) in a few lines of a page: the years and months
// across, one lane per track with its colour and name, and a mark on each day the track meets.
// Positions are in proportion to the days, so that a mark sits where its date is; month and year
// names are shown as often as they fit. The programme plan's full timeline, with a row per
// activity, is TimelineLayout; this is the summary of it for a page that holds much else.
class GlanceLayout
{
public:
    // `dotsPerMillimetre` converts millimetres to the device's units, as PlanLayout does.
    GlanceLayout(const QPaintDevice *device, qreal dotsPerMillimetre);

    // The items of `block` in `width`, from the top left corner at (0, 0); `height` gets the
    // height they take.
    std::vector<PlanItem> items(const PlanBlock &block, qreal width, qreal *height) const;

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dots; }
    qreal textWidth(const QString &text, PlanItem::Font font) const;
    qreal textHeight(PlanItem::Font font) const;

    const QPaintDevice *m_device;
    qreal m_dots;
};

} // namespace Akademiplan
