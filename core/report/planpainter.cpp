// SPDX-License-Identifier: MPL-2.0
#include "planpainter.h"

#include "planning/timelinelayout.h"
#include "timelinepainter.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace Akademiplan {

namespace {

const QColor textColour(0x22, 0x22, 0x22);
const QColor quietColour(0x66, 0x66, 0x66);

} // namespace

PlanPainter::PlanPainter(const Project &project, qint64 academyId, const PlanLayout &layout, Running running)
    : m_project(project)
    , m_academyId(academyId)
    , m_layout(layout)
    , m_running(std::move(running))
{
}

bool PlanPainter::paint(QPagedPaintDevice *device, const std::vector<PlanPage> &pages,
                        const std::function<void(int, int)> &progress, bool turnSideways) const
{
    const auto orientation = [turnSideways](const PlanPage &page) {
        return page.landscape && !turnSideways ? QPageLayout::Landscape : QPageLayout::Portrait;
    };
    if (!pages.empty())
        device->setPageOrientation(orientation(pages.front()));
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            // The orientation must be set before the page it applies to is started.
            device->setPageOrientation(orientation(pages[i]));
            if (!device->newPage())
                return false;
        }
        if (pages[i].landscape && turnSideways) {
            painter.save();
            painter.translate(0, m_layout.pageSize(false).height());
            painter.rotate(-90);
            paintPage(&painter, pages[i], int(i) + 1, int(pages.size()));
            painter.restore();
        } else {
            paintPage(&painter, pages[i], int(i) + 1, int(pages.size()));
        }
        if (progress)
            progress(int(i) + 1, int(pages.size()));
    }
    return painter.end();
}

std::vector<PlanItem> PlanPainter::runningItems(const PlanLayout &layout, const Running &running, const PlanPage &page,
                                               int number, int count)
{
    const QRectF body = layout.bodyRect(page.landscape);
    const QSizeF size = layout.pageSize(page.landscape);
    const qreal headerY = body.top() - layout.mm(12);
    const QRectF header(body.left(), headerY, body.width(), layout.mm(6));
    const QRectF footer(body.left(), size.height() - layout.mm(14), body.width(), layout.mm(6));
    const auto small = [](const QRectF &rect, const QString &text, int flags) {
        return PlanItem{PlanItem::Kind::Text, rect, text, PlanItem::Font::Small, flags, quietColour};
    };
    std::vector<PlanItem> items{small(header, running.header, Qt::AlignLeft | Qt::AlignBottom),
                                small(header, running.headerRight, Qt::AlignRight | Qt::AlignBottom)};
    const qreal ruleY = headerY + layout.mm(7.5);
    items.push_back({PlanItem::Kind::Line, QRectF(QPointF(body.left(), ruleY), QPointF(body.right(), ruleY)), {},
                     PlanItem::Font::Small, 0, QColor(0xC8, 0xCE, 0xD6), 0.2});
    items.push_back(small(footer, running.footer, Qt::AlignLeft | Qt::AlignTop));
    if (!running.pageText.isEmpty()) // a document of one page has no page numbers
        items.push_back(small(footer, running.pageText.arg(number).arg(count), Qt::AlignRight | Qt::AlignTop));
    return items;
}

QColor PlanPainter::colourOf(const PlanItem &item)
{
    return item.colour.isValid() ? item.colour : textColour;
}

void PlanPainter::paintPage(QPainter *painter, const PlanPage &page, int number, int count) const
{
    for (const PlanItem &item : page.items)
        paintItem(painter, item);
    for (const PlanItem &item : runningItems(m_layout, m_running, page, number, count))
        paintItem(painter, item);
}

void PlanPainter::paintItem(QPainter *painter, const PlanItem &item) const
{
    switch (item.kind) {
    case PlanItem::Kind::Text:
        // An empty cell (a row left for a walk-in, a column to sign in) draws nothing, and a
        // long sign-in list has thousands of them.
        if (item.text.isEmpty())
            break;
        painter->setFont(PlanLayout::font(item.font));
        painter->setPen(colourOf(item));
        painter->drawText(item.rect, item.flags, item.text);
        break;
    case PlanItem::Kind::Fill: painter->fillRect(item.rect, item.colour); break;
    case PlanItem::Kind::Line:
        painter->setPen(QPen(item.colour, m_layout.mm(item.lineWidthMm)));
        painter->drawLine(item.rect.topLeft(), item.rect.topRight());
        break;
    case PlanItem::Kind::Timeline: {
        // The same layout and painter as the window's timeline, measured with this device's fonts.
        TimelinePainter timeline(PlanLayout::font(PlanItem::Font::Body));
        TimelineLayout::Input input;
        input.size = item.rect.size();
        input.metrics = timeline.metrics(painter->device());
        input.locale = QLocale();
        // On paper a session of a few hours must still show as a mark, not a hairline.
        input.minimumMarkWidth = m_layout.mm(1.2);
        input.legend = true; // no tooltips on paper
        const TimelineLayout layout(m_project, m_academyId, input);
        painter->save();
        painter->translate(item.rect.topLeft());
        timeline.paint(painter, layout);
        painter->restore();
        break;
    }
    }
}

} // namespace Akademiplan
