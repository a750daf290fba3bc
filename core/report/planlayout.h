// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planblock.h"
#include "planpage.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>

#include <array>
#include <functional>
#include <optional>
#include <vector>

class QPaintDevice;

namespace Akademiplan {

// Lays the plan's blocks out on A4 pages: the pure step between content and painting, so that
// page breaks, wrapped text and repeated table headers can be checked without drawing. Text is
// measured with the fonts as they are on the device the plan will be painted on.
class PlanLayout
{
public:
    // `dotsPerMillimetre` converts the page's millimetres to the device's units. A `continuous`
    // document flows from one block to the next: its cover and headings start no page of their
    // own, and a subheading is kept with only a line of what follows (the council's one page).
    PlanLayout(const QPaintDevice *device, qreal dotsPerMillimetre, bool continuous = false);

    std::vector<PlanPage> layout(const std::vector<PlanBlock> &blocks);
    // Lays the blocks out and hands each page to `sink` as soon as it is complete, so that a
    // document of many thousand pages is never held whole; returns how many pages there were.
    using PageSink = std::function<void(PlanPage &&page)>;
    int layout(const std::vector<PlanBlock> &blocks, const PageSink &sink);

    static QFont font(PlanItem::Font role);
    QSizeF pageSize(bool landscape) const;
    // The area between header and footer, where content goes.
    QRectF bodyRect(bool landscape) const;
    qreal mm(qreal millimetres) const { return millimetres * m_dots; }
    // The metrics of a font role on the device laid out for.
    const QFontMetricsF &metrics(PlanItem::Font font) const;

private:
    void newPage(bool landscape);
    PlanPage &page() { return m_page; }
    // A table column as its content measures it, in device units with the cells' padding.
    struct Column
    {
        qreal width = 0;
        qreal wholeCells = 0;        // its widest cell on one line
        qreal longestCellWord = 0;   // narrower than this, a cell's word must break
        qreal longestHeaderWord = 0;
        bool keepWhole = false;
        int headerFlags = 0;
    };

    // How text measures, found once per layout: a long table repeats its texts (an organisation,
    // a row's number, a sign-in list printed for each of an activity's sessions), and measuring
    // text is most of what laying out costs.
    struct Measure
    {
        qreal widestLine = 0;
        qreal longestWord = 0;
    };
    struct HeightKey
    {
        QString text;
        int font = 0;
        qreal width = 0;
        int flags = 0;
        bool operator==(const HeightKey &) const = default;
        friend size_t qHash(const HeightKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.width, key.flags);
        }
    };
    Measure measure(const QString &text, PlanItem::Font font) const;

    qreal heightOf(const QString &text, PlanItem::Font font, qreal width, int flags) const;
    qreal heightOf(const QString &text, PlanItem::Font font, qreal width) const;
    qreal lineHeight(PlanItem::Font font) const;
    // `maxLines` as PlanBlock::maxLines.
    void text(const QString &text, PlanItem::Font font, qreal indent = 0, const QColor &colour = QColor(),
              int maxLines = 0);
    QString fitted(const QString &text, PlanItem::Font font, qreal width, int flags, int maxLines) const;
    void ensureSpace(qreal height);
    void cover(const PlanBlock &block);
    void heading(const PlanBlock &block);
    void facts(const PlanBlock &block);
    void bullets(const PlanBlock &block);
    void table(const PlanBlock &block);
    void tableHeader(const PlanBlock &block, const std::vector<Column> &columns, qreal height);
    void timeline(const PlanBlock &block);
    void glance(const PlanBlock &block);
    void figures(const PlanBlock &block);
    std::vector<Column> columns(const PlanBlock &block, PlanItem::Font cellFont, qreal available) const;
    int cellFlags(const Column &column, const QString &text, PlanItem::Font font) const;

    const QPaintDevice *m_device;
    qreal m_dots;
    bool m_continuous;
    PlanPage m_page; // the page being filled
    int m_pagesDone = 0;
    const PageSink *m_sink = nullptr;
    qreal m_y = 0;
    // By font role, made when first asked for (Font has seven roles).
    mutable std::array<std::optional<QFontMetricsF>, 7> m_metrics;
    mutable QHash<std::pair<QString, int>, Measure> m_measures;
    mutable QHash<HeightKey, qreal> m_heights;
};

} // namespace Akademiplan
