// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

#include <vector>

namespace Akademiplan {

// What one page of the laid-out plan holds: positioned text, fills and lines, in device units.
struct PlanItem
{
    enum class Kind { Text, Fill, Line, Timeline };
    enum class Font { Body, Small, Bold, Heading, Subheading, Title, TableHeader };

    Kind kind = Kind::Text;
    QRectF rect;
    QString text;
    Font font = Font::Body;
    int flags = 0; // Qt::AlignmentFlag | Qt::TextFlag
    QColor colour;
    qreal lineWidthMm = 0.15; // of a Line
};

struct PlanPage
{
    bool landscape = false;
    bool cover = false; // no header on the cover
    std::vector<PlanItem> items;
};

} // namespace Akademiplan
