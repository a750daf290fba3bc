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

void PlanPainter::paintPage(QPainter *painter, const PlanPage &page, int number, int count) const
{
    for (const PlanItem &item : page.items)
        paintItem(painter, item);
    const QRectF body = m_layout.bodyRect(page.landscape);
    const QSizeF size = m_layout.pageSize(page.landscape);
    const QFont small = PlanLayout::font(PlanItem::Font::Small);
    painter->setFont(small);
    painter->setPen(quietColour);
    const qreal headerY = body.top() - m_layout.mm(12);
    const QRectF header(body.left(), headerY, body.width(), m_layout.mm(6));
    painter->drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_running.header);
    painter->drawText(header, Qt::AlignRight | Qt::AlignBottom, m_running.headerRight);
    painter->setPen(QPen(QColor(0xC8, 0xCE, 0xD6), m_layout.mm(0.2)));
    painter->drawLine(QPointF(body.left(), headerY + m_layout.mm(7.5)), QPointF(body.right(), headerY + m_layout.mm(7.5)));
    painter->setPen(quietColour);
    const QRectF footer(body.left(), size.height() - m_layout.mm(14), body.width(), m_layout.mm(6));
    painter->drawText(footer, Qt::AlignLeft | Qt::AlignTop, m_running.footer);
    if (!m_running.pageText.isEmpty()) // a document of one page has no page numbers
        painter->drawText(footer, Qt::AlignRight | Qt::AlignTop, m_running.pageText.arg(number).arg(count));
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
        painter->setPen(item.colour.isValid() ? item.colour : textColour);
        painter->drawText(item.rect, item.flags, item.text);
        break;
    case PlanItem::Kind::Fill: painter->fillRect(item.rect, item.colour); break;
    case PlanItem::Kind::Line:
        painter->setPen(QPen(item.colour, m_layout.mm(0.15)));
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
