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
const QColor electionColour(0x5E, 0x35, 0xB1);
const QColor problemColour(0xC6, 0x28, 0x28);
const QColor warningColour(0xE6, 0x8A, 0x00);
const QColor holidayMark(0xD8, 0x6A, 0x78);

// Each kind of band its own light shade, and a hatch for two of them, so that they differ also
// to someone who cannot tell the shades apart, and on a grey print.
struct BandStyle
{
    QColor fill;
    QColor hatch;
};

BandStyle styleOf(TimelineLayout::Band::Kind kind)
{
    switch (kind) {
    case TimelineLayout::Band::Kind::BudgetSeason: return {QColor(0xB3, 0x9D, 0xDB, 0x18), QColor(0xB3, 0x9D, 0xDB, 0x70)};
    case TimelineLayout::Band::Kind::SchoolHoliday: return {QColor(0x8C, 0xC8, 0x7E, 0x40), QColor()};
    case TimelineLayout::Band::Kind::CustomaryDayOff: return {QColor(0xF2, 0xB8, 0x4B, 0x40), QColor(0xE0, 0x9A, 0x20, 0x80)};
    case TimelineLayout::Band::Kind::PublicHoliday: return {QColor(0xE5, 0x73, 0x85, 0x50), QColor()};
    }
    return {};
}

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

// Diagonal lines across a rect, rising or falling, drawn as lines rather than with a brush
// pattern so that their spacing is the same on screen and on a 1200 dpi page.
void hatch(QPainter *painter, const QRectF &rect, const QColor &colour, qreal spacing, bool rising)
{
    if (rect.isEmpty() || spacing <= 0)
        return;
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->setPen(QPen(colour, spacing / 7));
    // Lines at 45 degrees through every `spacing` along the top edge, from far enough left to
    // cover the whole height; aligned to multiples of the spacing so that neighbouring bands join.
    const qreal start = std::floor((rect.left() - rect.height()) / spacing) * spacing;
    for (qreal x = start; x <= rect.right() + rect.height(); x += spacing) {
        if (rising)
            painter->drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
        else
            painter->drawLine(QPointF(x, rect.top()), QPointF(x + rect.height(), rect.bottom()));
    }
    painter->restore();
}

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
    paintHeader(painter, layout);
    paintLabels(painter, layout);
    paintCorner(painter, layout);
    paintLegend(painter, layout);
}

void TimelinePainter::paintLegend(QPainter *painter, const TimelineLayout &layout) const
{
    if (layout.legend().empty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const Pixel pixel(painter);
    painter->setFont(m_smallFont);
    for (const TimelineLayout::LegendEntry &entry : layout.legend()) {
        const QRectF swatch = entry.swatchRect;
        painter->fillRect(swatch, paper);
        if (entry.band) {
            // The same shade, hatch and foot as in the chart and the band row.
            const BandStyle style = styleOf(*entry.band);
            painter->fillRect(swatch, style.fill);
            painter->fillRect(swatch, style.fill);
            if (style.hatch.isValid())
                hatch(painter, swatch, style.hatch, pixel * 5, *entry.band == TimelineLayout::Band::Kind::BudgetSeason);
            if (*entry.band == TimelineLayout::Band::Kind::PublicHoliday) {
                const qreal foot = std::round(swatch.height() * 0.3);
                painter->fillRect(QRectF(swatch.left(), swatch.bottom() - foot, swatch.width(), foot), holidayMark);
            }
            painter->setPen(pixel.line(monthLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(swatch);
        } else {
            const bool today = entry.line == TimelineLayout::DayLine::Kind::Today;
            QPen pen = pixel.line(today ? todayColour : electionColour, 1.5);
            if (!today)
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->drawLine(QPointF(swatch.center().x(), swatch.top() - pixel * 2),
                              QPointF(swatch.center().x(), swatch.bottom() + pixel * 2));
        }
        painter->setPen(text);
        painter->drawText(entry.textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, entry.name);
    }
    painter->restore();
}

void TimelinePainter::paintChart(QPainter *painter, const TimelineLayout &layout, const QRectF &visible) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const Pixel pixel(painter);
    const QRectF chart = layout.chartRect();
    painter->fillRect(QRectF(chart.left(), chart.top(), layout.size().width() - chart.left(),
                             layout.size().height() - chart.top()),
                      paper);

    for (std::size_t i = 0; i < layout.lanes().size(); ++i) {
        const TimelineLayout::Lane &lane = layout.lanes()[i];
        painter->fillRect(QRectF(chart.left(), lane.top, chart.width(), lane.bottom - lane.top), laneBackground(i));
    }
    paintBands(painter, layout, chart);

    // The week grid is faint, so that the months structure the picture and the weeks only help
    // the eye count.
    painter->setPen(pixel.line(weekLine));
    for (const TimelineLayout::WeekTick &week : layout.weeks()) {
        if (week.x > chart.left() + 0.5)
            painter->drawLine(QPointF(pixel.crisp(week.x), chart.top()), QPointF(pixel.crisp(week.x), chart.bottom()));
    }
    painter->setPen(pixel.line(monthLine));
    for (const TimelineLayout::MonthColumn &month : layout.months()) {
        if (month.left <= chart.left() + 0.5)
            continue;
        const qreal x = pixel.crisp(month.left);
        painter->drawLine(QPointF(x, chart.top()), QPointF(x, chart.bottom()));
    }
    painter->setPen(pixel.line(rule));
    const qreal top = pixel.crisp(chart.top());
    const qreal bottom = pixel.crisp(chart.bottom());
    painter->drawLine(QPointF(chart.left(), top), QPointF(chart.right(), top));
    painter->drawLine(QPointF(chart.left(), bottom), QPointF(chart.right(), bottom));
    // A faint rule between tracks, so that a lane's rows read as one group.
    painter->setPen(pixel.line(weekLine));
    for (std::size_t i = 1; i < layout.lanes().size(); ++i) {
        const qreal y = pixel.crisp(layout.lanes()[i].top);
        painter->drawLine(QPointF(chart.left(), y), QPointF(chart.right(), y));
    }

    paintDayLines(painter, layout, chart.top(), chart.bottom());
    paintMarks(painter, layout, visible);
    painter->restore();
}

void TimelinePainter::paintBands(QPainter *painter, const TimelineLayout &layout, const QRectF &area) const
{
    const Pixel pixel(painter);
    for (const TimelineLayout::Band &band : layout.bands()) {
        const QRectF rect(band.left, area.top(), band.right - band.left, area.height());
        const BandStyle style = styleOf(band.kind);
        if (style.fill.alpha() > 0)
            painter->fillRect(rect, style.fill);
        if (style.hatch.isValid())
            hatch(painter, rect, style.hatch, pixel * 7, band.kind == TimelineLayout::Band::Kind::BudgetSeason);
    }
}

void TimelinePainter::paintHeader(QPainter *painter, const TimelineLayout &layout, const QRectF &visible) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF months = layout.monthRow();
    const QRectF weeks = layout.weekRow();
    const QRectF bands = layout.bandRow();
    const QRectF chart = layout.chartRect();
    const Pixel pixel(painter);
    painter->fillRect(QRectF(chart.left(), 0, layout.size().width() - chart.left(), chart.top()), paper);
    painter->fillRect(months.united(weeks).united(bands), headerFill);

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
    // Month lines pause in the week row, where they would strike through week numbers.
    for (const TimelineLayout::MonthColumn &month : layout.months()) {
        if (month.left <= chart.left() + 0.5)
            continue;
        const qreal x = pixel.crisp(month.left);
        painter->drawLine(QPointF(x, 0), QPointF(x, months.bottom()));
        painter->drawLine(QPointF(x, bands.top()), QPointF(x, bands.bottom()));
    }
    painter->setFont(m_smallFont);
    painter->setPen(secondaryText);
    for (const TimelineLayout::WeekTick &week : layout.weeks()) {
        if (week.labelled)
            painter->drawText(week.labelRect, Qt::AlignCenter, QString::number(week.number));
    }

    // The band row: the same shades a little stronger, with the names that fit; a public holiday
    // also gets a mark at its foot, so that a single day stands out from a school holiday.
    paintBands(painter, layout, bands);
    paintBands(painter, layout, bands);
    for (const TimelineLayout::Band &band : layout.bands()) {
        if (band.kind == TimelineLayout::Band::Kind::PublicHoliday) {
            const qreal height = std::round(bands.height() * 0.25);
            painter->fillRect(QRectF(band.left, bands.bottom() - height, band.right - band.left, height),
                              holidayMark);
        }
    }
    painter->setPen(text);
    for (const TimelineLayout::Band &band : layout.bands()) {
        if (band.label.isEmpty())
            continue;
        // Like a month's name, a long band's name moves along when its start is scrolled away,
        // as long as it still fits in what is left of the band.
        QRectF rect = band.labelRect;
        const qreal indent = rect.left() - band.left;
        if (!visible.isEmpty() && band.left < visible.left() && rect.left() < visible.left() + indent) {
            rect.moveLeft(visible.left() + indent);
            if (rect.right() > band.right - indent)
                continue;
        }
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, band.label);
    }
    paintDayLines(painter, layout, bands.top(), bands.bottom());
    for (const TimelineLayout::DayLine &line : layout.dayLines()) {
        if (line.labelRect.isEmpty())
            continue;
        painter->setPen(line.kind == TimelineLayout::DayLine::Kind::Today ? todayColour : electionColour);
        painter->drawText(line.labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, line.name);
    }
    painter->restore();
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
        painter->setBrush(Qt::NoBrush);
        painter->setPen(pixel.line(text, 2));
        painter->drawRoundedRect(selected->rect.adjusted(-gap, -gap, gap, gap), radius, radius);
    }
    // Over the ring, so that the sign of a chosen session still shows.
    for (const TimelineLayout::SessionMark &mark : layout.marks()) {
        const auto concern = m_concerns.constFind(mark.sessionId);
        if (concern != m_concerns.constEnd() && (visible.isEmpty() || visible.intersects(mark.rect)))
            paintConcern(painter, mark.rect, *concern);
    }
}

void TimelinePainter::paintConcern(QPainter *painter, const QRectF &mark, Concern concern) const
{
    // A warning sign: a shape, so that it is seen without telling colours apart; a problem also
    // rings the mark.
    const Pixel pixel(painter);
    const QColor colour = concern == Concern::Problem ? problemColour : warningColour;
    if (concern == Concern::Problem) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(pixel.line(colour, 1.5));
        const qreal out = pixel * 1;
        painter->drawRect(mark.adjusted(-out, -out, out, out));
    }
    // Standing on the mark's top, a little to its right, so that even the thinnest mark shows
    // which session it belongs to.
    const qreal size = pixel * 10;
    const QPointF foot(mark.center().x() + size * 0.25, mark.top() + pixel * 2);
    QPainterPath sign;
    sign.moveTo(foot.x() - size / 2, foot.y());
    sign.lineTo(foot.x() + size / 2, foot.y());
    sign.lineTo(foot.x(), foot.y() - size * 0.9);
    sign.closeSubpath();
    painter->setPen(pixel.line(paper, 1));
    painter->setBrush(colour);
    painter->drawPath(sign);
    painter->setBrush(Qt::NoBrush);
}

void TimelinePainter::paintGhost(QPainter *painter, const TimelineLayout &layout, const QRectF &rect,
                                 int laneIndex) const
{
    if (laneIndex < 0 || std::size_t(laneIndex) >= layout.lanes().size())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const Pixel pixel(painter);
    QColor fill = layout.lanes()[std::size_t(laneIndex)].colour;
    fill.setAlphaF(0.45);
    QPen pen = pixel.line(text, 1.5);
    pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    const qreal radius = std::min({pixel * 3, rect.width() / 2, rect.height() / 2});
    painter->drawRoundedRect(rect, radius, radius);
    painter->restore();
}

void TimelinePainter::paintDayLines(QPainter *painter, const TimelineLayout &layout, qreal top, qreal bottom) const
{
    const Pixel pixel(painter);
    for (const TimelineLayout::DayLine &line : layout.dayLines()) {
        // Through the middle of the day, so that a session that day is crossed by it; election
        // day dashed, so that the two lines differ by more than their colour.
        const bool today = line.kind == TimelineLayout::DayLine::Kind::Today;
        QPen pen = pixel.line(today ? todayColour : electionColour, 1.5);
        if (!today)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(QPointF(line.x, top), QPointF(line.x, bottom));
    }
}

void TimelinePainter::paintLabels(QPainter *painter, const TimelineLayout &layout) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const Pixel pixel(painter);
    const QRectF column = layout.labelColumn();
    const QRectF chart = layout.chartRect();
    painter->fillRect(QRectF(column.left(), chart.top(), column.width(), column.bottom() - chart.top()), paper);

    const TimelineLayout::Metrics metrics = layout.metrics();
    const qreal padding = std::round(metrics.textHeight * 0.6);
    const qreal swatch = std::round(metrics.textHeight * 0.8);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold, painter->device());
    for (std::size_t i = 0; i < layout.lanes().size(); ++i) {
        const TimelineLayout::Lane &lane = layout.lanes()[i];
        painter->fillRect(lane.labelRect, laneBackground(i));
        const QRectF name = lane.nameRect;
        const qreal size = std::min(swatch, name.height());
        const QRectF square(name.left() + padding, name.center().y() - size / 2, size, size);
        painter->setPen(Qt::NoPen);
        painter->setBrush(lane.colour);
        painter->drawRoundedRect(square, pixel * 2.5, pixel * 2.5);
        const QRectF textRect =
            name.adjusted(padding + swatch + std::round(metrics.textHeight * 0.5), 0, -padding / 2, 0);
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(lane.name, Qt::ElideRight, textRect.width()));
        painter->setFont(m_smallFont);
        for (const TimelineLayout::ActivityRow &row : lane.activities) {
            if (!row.label.isEmpty())
                painter->drawText(row.labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, row.label);
        }
    }
    painter->setBrush(Qt::NoBrush);
    painter->setPen(pixel.line(weekLine));
    for (std::size_t i = 1; i < layout.lanes().size(); ++i) {
        const qreal y = pixel.crisp(layout.lanes()[i].top);
        painter->drawLine(QPointF(column.left(), y), QPointF(column.right(), y));
    }

    painter->setPen(pixel.line(rule));
    const qreal bottom = pixel.crisp(chart.bottom());
    painter->drawLine(QPointF(column.left(), bottom), QPointF(column.right(), bottom));
    // Inside the column, so that the chart scrolling under it does not cover the line.
    const qreal edge = pixel.crisp(column.right() - pixel * 1);
    painter->drawLine(QPointF(edge, chart.top()), QPointF(edge, chart.bottom()));
    painter->restore();
}

void TimelinePainter::paintCorner(QPainter *painter, const TimelineLayout &layout) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const Pixel pixel(painter);
    const QRectF column = layout.labelColumn();
    const QRectF chart = layout.chartRect();
    painter->fillRect(QRectF(column.left(), 0, column.width(), chart.top()), paper);
    painter->fillRect(QRectF(column.left(), 0, column.width(), chart.top()), headerFill);

    // The row header of the week numbers, right-aligned so that it reads into the numbers.
    const qreal padding = std::round(layout.metrics().textHeight * 0.6);
    const QRectF caption = layout.weekCaptionRect().adjusted(padding, 0, -padding, 0);
    painter->setFont(m_smallFont);
    painter->setPen(secondaryText);
    painter->drawText(caption, Qt::AlignRight | Qt::AlignVCenter,
                      QFontMetricsF(m_smallFont, painter->device())
                          .elidedText(weekCaption(), Qt::ElideRight, caption.width()));

    painter->setPen(pixel.line(rule));
    const qreal top = pixel.crisp(chart.top());
    painter->drawLine(QPointF(column.left(), top), QPointF(column.right(), top));
    const qreal edge = pixel.crisp(column.right() - pixel * 1);
    painter->drawLine(QPointF(edge, 0), QPointF(edge, chart.top()));
    painter->restore();
}

} // namespace Akademiplan
