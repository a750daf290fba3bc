// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planblock.h"
#include "planpage.h"

#include <QFont>

#include <vector>

class QPaintDevice;

namespace Akademiplan {

// Lays the plan's blocks out on A4 pages: the pure step between content and painting, so that
// page breaks, wrapped text and repeated table headers can be checked without drawing. Text is
// measured with the fonts as they are on the device the plan will be painted on.
class PlanLayout
{
public:
    // `dotsPerMillimetre` converts the page's millimetres to the device's units.
    PlanLayout(const QPaintDevice *device, qreal dotsPerMillimetre);

    std::vector<PlanPage> layout(const std::vector<PlanBlock> &blocks);

    static QFont font(PlanItem::Font role);
    QSizeF pageSize(bool landscape) const;
    // The area between header and footer, where content goes.
    QRectF bodyRect(bool landscape) const;
    qreal mm(qreal millimetres) const { return millimetres * m_dots; }

private:
    void newPage(bool landscape = false);
    PlanPage &page() { return m_pages.back(); }
    qreal heightOf(const QString &text, PlanItem::Font font, qreal width) const;
    void text(const QString &text, PlanItem::Font font, qreal indent = 0, const QColor &colour = QColor());
    void ensureSpace(qreal height);
    void cover(const PlanBlock &block);
    void heading(const PlanBlock &block);
    void facts(const PlanBlock &block);
    void bullets(const PlanBlock &block);
    void table(const PlanBlock &block);
    void tableHeader(const PlanBlock &block, const std::vector<qreal> &widths, qreal height);
    void timeline(const PlanBlock &block);
    std::vector<qreal> columnWidths(const PlanBlock &block, PlanItem::Font cellFont, qreal available) const;

    const QPaintDevice *m_device;
    qreal m_dots;
    std::vector<PlanPage> m_pages;
    qreal m_y = 0;
};

} // namespace Akademiplan
