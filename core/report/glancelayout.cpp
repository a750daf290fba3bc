// SPDX-License-Identifier: MPL-2.0
#include "glancelayout.h"

#include "planlayout.h"
#include "textsummary.h"

#include <QFontMetricsF>

#include <algorithm>

namespace Akademiplan {

namespace {

constexpr int oneLine = Qt::AlignLeft | Qt::AlignVCenter;
const QColor quietText(0x55, 0x5B, 0x63);
const QColor monthShade(0xF1, 0xF4, 0xF7);
const QColor ruleColour(0xD0, 0xD6, 0xDD);

// The fewest months between two month names so that each has room: 1, 2, 3, 4, 6, then whole
// years.
int labelStep(qreal widest, qreal spacing, qreal room)
{
    for (int step : {1, 2, 3, 4, 6})
        if (widest + room <= spacing * step)
            return step;
    for (int step = 12;; step += 12)
        if (widest + room <= spacing * step || step > 1200)
            return step;
}

} // namespace

GlanceLayout::GlanceLayout(const QPaintDevice *device, qreal dotsPerMillimetre)
    : m_device(device)
    , m_dots(dotsPerMillimetre)
{
}

qreal GlanceLayout::textWidth(const QString &text, PlanItem::Font font) const
{
    return QFontMetricsF(PlanLayout::font(font), const_cast<QPaintDevice *>(m_device)).horizontalAdvance(text);
}

qreal GlanceLayout::textHeight(PlanItem::Font font) const
{
    return QFontMetricsF(PlanLayout::font(font), const_cast<QPaintDevice *>(m_device)).height();
}

std::vector<PlanItem> GlanceLayout::items(const PlanBlock &block, qreal width, qreal *height) const
{
    std::vector<PlanItem> items;
    const int months = int(block.header.size());
    if (months == 0 || !block.firstMonth.isValid()) {
        *height = 0;
        return items;
    }
    auto add = [&items](PlanItem::Kind kind, const QRectF &rect, const QString &text, PlanItem::Font font, int flags,
                        const QColor &colour) {
        items.push_back({kind, rect, text, font, flags, colour});
    };

    // The label column is as wide as the longest track name, but never more than a quarter of
    // the width: a longer name is summarised.
    const qreal swatch = mm(2.6);
    const qreal labelRoom = swatch + mm(1.8);
    qreal widestName = 0;
    for (const PlanBlock::Lane &lane : block.lanes)
        widestName = std::max(widestName, textWidth(lane.name, PlanItem::Font::Small));
    const qreal labelWidth = std::min(labelRoom + widestName + mm(3), width * 0.25);
    const qreal chartLeft = labelWidth;
    const qreal chartWidth = width - labelWidth;

    const QDate end = block.firstMonth.addMonths(months); // the day after the last one shown
    const qint64 days = std::max<qint64>(1, block.firstMonth.daysTo(end));
    const qreal dayWidth = chartWidth / qreal(days);
    auto xOf = [&](const QDate &date) { return chartLeft + qreal(block.firstMonth.daysTo(date)) * dayWidth; };

    const qreal yearHeight = textHeight(PlanItem::Font::Small);
    const qreal monthHeight = textHeight(PlanItem::Font::Small) + mm(0.8);
    const qreal lanesTop = yearHeight + monthHeight;
    const qreal laneHeight = std::max(mm(5.2), textHeight(PlanItem::Font::Small) + mm(1.6));
    const qreal lanesBottom = lanesTop + laneHeight * qreal(block.lanes.size());

    // Every other month shaded, and a rule where each begins, so that a mark's month can be read.
    for (int m = 0; m < months; ++m) {
        const qreal left = xOf(block.firstMonth.addMonths(m));
        const qreal right = xOf(block.firstMonth.addMonths(m + 1));
        if (m % 2 == 1)
            add(PlanItem::Kind::Fill, QRectF(left, yearHeight, right - left, lanesBottom - yearHeight), {},
                PlanItem::Font::Body, 0, monthShade);
    }
    // The months' names, as often as they fit: every month on a year's page, fewer when many.
    qreal widestMonth = 0;
    for (const QString &name : block.header)
        widestMonth = std::max(widestMonth, textWidth(name, PlanItem::Font::Small));
    const int monthStep = labelStep(widestMonth, chartWidth / qreal(months), mm(1));
    for (int m = 0; m < months; m += monthStep) {
        const qreal left = xOf(block.firstMonth.addMonths(m));
        const qreal right = xOf(block.firstMonth.addMonths(std::min(months, m + monthStep)));
        const int flags = monthStep == 1 ? int(Qt::AlignHCenter | Qt::AlignVCenter) : oneLine;
        add(PlanItem::Kind::Text, QRectF(left, yearHeight, right - left, monthHeight), block.header.at(m),
            PlanItem::Font::Small, flags, quietText);
    }
    // The year over its first month and over each January, where there is room for it.
    const qreal yearWidth = textWidth(QStringLiteral("0000"), PlanItem::Font::Small) + mm(1.2);
    qreal freeFrom = chartLeft;
    for (int m = 0; m < months; ++m) {
        const QDate first = block.firstMonth.addMonths(m);
        const qreal left = xOf(first);
        if ((m != 0 && first.month() != 1) || left < freeFrom || left + yearWidth > chartLeft + chartWidth)
            continue;
        add(PlanItem::Kind::Text, QRectF(left + mm(0.6), 0, yearWidth, yearHeight), QString::number(first.year()),
            PlanItem::Font::Small, oneLine, quietText);
        freeFrom = left + yearWidth + mm(1);
    }

    const TextSummary names(PlanLayout::font(PlanItem::Font::Small), m_device);
    const qreal nameWidth = labelWidth - labelRoom - mm(1);
    const qreal markHeight = laneHeight - mm(2);
    const qreal markWidth = std::max(dayWidth, mm(0.7));
    for (qsizetype l = 0; l < block.lanes.size(); ++l) {
        const PlanBlock::Lane &lane = block.lanes.at(l);
        const qreal top = lanesTop + laneHeight * qreal(l);
        add(PlanItem::Kind::Fill, QRectF(0, top + (laneHeight - swatch) / 2, swatch, swatch), {}, PlanItem::Font::Body,
            0, lane.colour);
        add(PlanItem::Kind::Text, QRectF(labelRoom, top, nameWidth, laneHeight),
            names.fitted(lane.name, nameWidth, oneLine, 1), PlanItem::Font::Small, oneLine, {});
        for (const QDate &day : lane.days) {
            if (day < block.firstMonth || day >= end)
                continue;
            // A day's mark is centred on the day, and never narrower than can be seen on paper.
            const qreal middle = xOf(day) + dayWidth / 2;
            const qreal left = std::clamp(middle - markWidth / 2, chartLeft, chartLeft + chartWidth - markWidth);
            add(PlanItem::Kind::Fill, QRectF(left, top + mm(1), markWidth, markHeight), {}, PlanItem::Font::Body, 0,
                lane.colour);
        }
        add(PlanItem::Kind::Line, QRectF(0, top + laneHeight, width, 0), {}, PlanItem::Font::Body, 0, ruleColour);
    }
    add(PlanItem::Kind::Line, QRectF(0, lanesTop, width, 0), {}, PlanItem::Font::Body, 0, ruleColour);
    *height = lanesBottom;
    return items;
}

} // namespace Akademiplan
