// SPDX-License-Identifier: MPL-2.0
#include "timelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Akademiplan {

namespace {

// Greys with a touch of blue that read as "structure" on screen and stay light on paper.
const QColor paper(0xFF, 0xFF, 0xFF);
const QColor stripe(0xF3, 0xF5, 0xF8);
const QColor headerFill(0xF7, 0xF8, 0xFA);
const QColor weekLine(0xEA, 0xED, 0xF1);
const QColor monthLine(0xC9, 0xCF, 0xD8);
const QColor rule(0xB4, 0xBC, 0xC7);
const QColor text(0x2B, 0x31, 0x3B);
const QColor secondaryText(0x66, 0x70, 0x7D);
const QColor todayColour(0xC6, 0x28, 0x28);

QColor laneBackground(std::size_t laneIndex)
{
    return laneIndex % 2 == 0 ? paper : stripe;
}

// Line widths are given in screen pixels and scaled to the device, so that a hairline on a
// 1200 dpi PDF is as visible as on screen; on screen a 1-pixel line sits on a pixel boundary to
// look sharp.
class Pixel
{
public:
    explicit Pixel(const QPainter *painter)
        : m_size(painter->device() ? std::max(1.0, painter->device()->logicalDpiX() / 96.0) : 1.0)
    {
    }

    qreal operator*(qreal pixels) const { return pixels * m_size; }
    qreal crisp(qreal coordinate) const { return m_size == 1.0 ? std::floor(coordinate) + 0.5 : coordinate; }
    QPen line(const QColor &colour, qreal pixels = 1) const
    {
        QPen pen(colour, pixels * m_size);
        pen.setCapStyle(Qt::FlatCap);
        return pen;
    }

private:
    qreal m_size;
};

} // namespace

TimelinePainter::TimelinePainter(const QFont &font)
    : m_font(font)
    , m_smallFont(font)
{
    if (font.pointSizeF() > 0)
        m_smallFont.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        m_smallFont.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * 0.85))));
}

QString TimelinePainter::weekCaption()
{
    return tr("Week");
}

TimelineLayout::Metrics TimelinePainter::metrics(const QPaintDevice *device) const
{
    const QFontMetricsF normal = device ? QFontMetricsF(m_font, device) : QFontMetricsF(m_font);
    const QFontMetricsF small = device ? QFontMetricsF(m_smallFont, device) : QFontMetricsF(m_smallFont);
    TimelineLayout::Metrics metrics;
    metrics.textHeight = normal.height();
    metrics.smallTextHeight = small.height();
    metrics.textWidth = [normal](const QString &s) { return normal.horizontalAdvance(s); };
    metrics.smallTextWidth = [small](const QString &s) { return small.horizontalAdvance(s); };
    return metrics;
}

void TimelinePainter::paint(QPainter *painter, const TimelineLayout &layout) const
{
    paintChart(painter, layout);
    paintLabels(painter, layout);
}

void TimelinePainter::paintChart(QPainter *painter, const TimelineLayout &layout, const QRectF &visible) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const Pixel pixel(painter);
    const QRectF chart = layout.chartRect();
    painter->fillRect(QRectF(chart.left(), 0, layout.size().width() - chart.left(), layout.size().height()), paper);

    for (std::size_t i = 0; i < layout.lanes().size(); ++i) {
        const TimelineLayout::Lane &lane = layout.lanes()[i];
        painter->fillRect(QRectF(chart.left(), lane.top, chart.width(), lane.bottom - lane.top), laneBackground(i));
    }

    // The week grid is faint, so that the months structure the picture and the weeks only help
    // the eye count.
    painter->setPen(pixel.line(weekLine));
    for (const TimelineLayout::WeekTick &week : layout.weeks()) {
        if (week.x > chart.left() + 0.5)
            painter->drawLine(QPointF(pixel.crisp(week.x), chart.top()), QPointF(pixel.crisp(week.x), chart.bottom()));
    }

    paintHeader(painter, layout, visible);

    // Month lines pause in the week row, where they would strike through week numbers.
    painter->setPen(pixel.line(monthLine));
    for (const TimelineLayout::MonthColumn &month : layout.months()) {
        if (month.left <= chart.left() + 0.5)
            continue;
        const qreal x = pixel.crisp(month.left);
        painter->drawLine(QPointF(x, 0), QPointF(x, layout.monthRow().bottom()));
        painter->drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
    }
    painter->setPen(pixel.line(rule));
    const qreal top = pixel.crisp(chart.top());
    const qreal bottom = pixel.crisp(chart.bottom());
    painter->drawLine(QPointF(chart.left(), top), QPointF(chart.right(), top));
    painter->drawLine(QPointF(chart.left(), bottom), QPointF(chart.right(), bottom));

    paintMarks(painter, layout, visible);
    paintToday(painter, layout);
    painter->restore();
}

void TimelinePainter::paintHeader(QPainter *painter, const TimelineLayout &layout, const QRectF &visible) const
{
    const QRectF months = layout.monthRow();
    const QRectF weeks = layout.weekRow();
    const Pixel pixel(painter);
    painter->fillRect(months.united(weeks), headerFill);

    painter->setFont(m_font);
    painter->setPen(text);
    const QFontMetricsF fontMetrics(m_font, painter->device());
    for (const TimelineLayout::MonthColumn &month : layout.months()) {
        if (month.label.isEmpty())
            continue;
        // In a scrolled view the name of a month cut off at the left edge moves along, until it
        // leaves with its month, so that one always sees which month one is in.
        QRectF rect = month.labelRect;
        const qreal padding = rect.left() - month.left;
        if (!visible.isEmpty() && month.left < visible.left()) {
            const qreal width = fontMetrics.horizontalAdvance(month.label);
            if (month.right - visible.left() < width + 2 * padding)
                continue; // a fragment of a name under the track names would only puzzle
            rect.moveLeft(visible.left() + padding);
        }
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, month.label);
    }

    // Short ticks at the foot of the week row; the numbers sit between them, in their week.
    painter->setPen(pixel.line(monthLine));
    const qreal tick = std::round(weeks.height() * 0.3);
    for (const TimelineLayout::WeekTick &week : layout.weeks()) {
        if (week.x > weeks.left() + 0.5) {
            const qreal x = pixel.crisp(week.x);
            painter->drawLine(QPointF(x, weeks.bottom() - tick), QPointF(x, weeks.bottom()));
        }
    }
    painter->setFont(m_smallFont);
    painter->setPen(secondaryText);
    for (const TimelineLayout::WeekTick &week : layout.weeks()) {
        if (week.labelled)
            painter->drawText(week.labelRect, Qt::AlignCenter, QString::number(week.number));
    }
}

void TimelinePainter::paintMarks(QPainter *painter, const TimelineLayout &layout, const QRectF &visible) const
{
    const std::vector<TimelineLayout::Lane> &lanes = layout.lanes();
    const Pixel pixel(painter);
    for (const TimelineLayout::SessionMark &mark : layout.marks()) {
        if (!visible.isEmpty() && !visible.intersects(mark.rect))
            continue;
        const TimelineLayout::Lane &lane = lanes[std::size_t(mark.laneIndex)];
        const qreal radius = std::min({pixel * 3, mark.rect.width() / 2, mark.rect.height() / 2});
        // An outline in the lane's own background keeps touching marks apart without a dark edge.
        const bool highlighted = mark.sessionId == m_highlightedSession;
        painter->setPen(pixel.line(highlighted ? lane.colour.darker(170) : laneBackground(std::size_t(mark.laneIndex)),
                                   highlighted ? 1.5 : 1));
        painter->setBrush(highlighted ? lane.colour.darker(115) : lane.colour);
        painter->drawRoundedRect(mark.rect, radius, radius);
    }
    painter->setBrush(Qt::NoBrush);
    // A ring in the text's colour, a little apart from the mark so that it shows on any track
    // colour and around the narrowest mark.
    if (const TimelineLayout::SessionMark *selected = layout.markOf(m_selectedSession);
        selected && (visible.isEmpty() || visible.intersects(selected->rect))) {
        const qreal gap = pixel * 2;
        const qreal radius = std::min({pixel * 3, selected->rect.width() / 2, selected->rect.height() / 2}) + gap;
        painter->setPen(pixel.line(text, 2));
        painter->drawRoundedRect(selected->rect.adjusted(-gap, -gap, gap, gap), radius, radius);
    }

    painter->setFont(m_smallFont);
    painter->setPen(text);
    for (const TimelineLayout::SessionMark &mark : layout.marks()) {
        if (mark.label.isEmpty() || (!visible.isEmpty() && !visible.intersects(mark.labelRect)))
            continue;
        painter->drawText(mark.labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip,
                          mark.label);
    }
}

void TimelinePainter::paintToday(QPainter *painter, const TimelineLayout &layout) const
{
    if (!m_today.isValid() || m_today < layout.first() || m_today > layout.last())
        return;
    const QRectF chart = layout.chartRect();
    // Through the middle of the day, so that a session today is crossed by it.
    const qreal x = layout.xOf(m_today) + layout.pixelsPerDay() / 2;
    painter->setPen(Pixel(painter).line(todayColour, 1.5));
    painter->drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
    const qreal size = std::max<qreal>(4, std::round(layout.metrics().smallTextHeight * 0.35));
    QPainterPath marker;
    marker.moveTo(x - size, chart.top() - size);
    marker.lineTo(x + size, chart.top() - size);
    marker.lineTo(x, chart.top() + 0.5);
    marker.closeSubpath();
    painter->fillPath(marker, todayColour);
}

void TimelinePainter::paintLabels(QPainter *painter, const TimelineLayout &layout) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const Pixel pixel(painter);
    const QRectF column = layout.labelColumn();
    const QRectF chart = layout.chartRect();
    painter->fillRect(column, paper);
    painter->fillRect(QRectF(column.left(), 0, column.width(), chart.top()), headerFill);

    const TimelineLayout::Metrics metrics = layout.metrics();
    const qreal padding = std::round(metrics.textHeight * 0.6);
    const qreal swatch = std::round(metrics.textHeight * 0.8);
    const QFontMetricsF fontMetrics(m_font, painter->device());
    painter->setFont(m_font);
    for (std::size_t i = 0; i < layout.lanes().size(); ++i) {
        const TimelineLayout::Lane &lane = layout.lanes()[i];
        painter->fillRect(lane.labelRect, laneBackground(i));
        const QRectF square(lane.labelRect.left() + padding, lane.labelRect.center().y() - swatch / 2, swatch, swatch);
        painter->setPen(Qt::NoPen);
        painter->setBrush(lane.colour);
        painter->drawRoundedRect(square, pixel * 2.5, pixel * 2.5);
        const QRectF textRect = lane.labelRect.adjusted(padding + swatch + std::round(metrics.textHeight * 0.5), 0,
                                                        -padding / 2, 0);
        painter->setPen(text);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fontMetrics.elidedText(lane.name, Qt::ElideRight, textRect.width()));
    }
    painter->setBrush(Qt::NoBrush);

    // The row header of the week numbers, right-aligned so that it reads into the numbers.
    const QRectF caption = layout.weekCaptionRect().adjusted(padding, 0, -padding, 0);
    painter->setFont(m_smallFont);
    painter->setPen(secondaryText);
    painter->drawText(caption, Qt::AlignRight | Qt::AlignVCenter,
                      QFontMetricsF(m_smallFont, painter->device())
                          .elidedText(weekCaption(), Qt::ElideRight, caption.width()));

    painter->setPen(pixel.line(rule));
    const qreal top = pixel.crisp(chart.top());
    const qreal bottom = pixel.crisp(chart.bottom());
    painter->drawLine(QPointF(column.left(), top), QPointF(column.right(), top));
    painter->drawLine(QPointF(column.left(), bottom), QPointF(column.right(), bottom));
    // Inside the column, so that the chart scrolling under it does not cover the line.
    const qreal edge = pixel.crisp(column.right() - pixel * 1);
    painter->drawLine(QPointF(edge, 0), QPointF(edge, chart.bottom()));
    painter->restore();
}

} // namespace Akademiplan
