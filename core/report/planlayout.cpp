// SPDX-License-Identifier: MPL-2.0
#include "planlayout.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>

namespace Akademiplan {

namespace {

constexpr qreal pageWidthMm = 210;
constexpr qreal pageHeightMm = 297;
constexpr qreal sideMarginMm = 20;
constexpr qreal topMarginMm = 24;
constexpr qreal bottomMarginMm = 22;
constexpr qreal cellPaddingMm = 1.6;
constexpr qreal spareMm = 2; // beside a cell's text, as wrapping measures a little wider
constexpr int wrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
constexpr int oneLine = Qt::AlignLeft | Qt::AlignTop;
constexpr int wrapAnywhere = Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop;

qreal widestLine(const QFontMetricsF &metrics, const QString &text)
{
    qreal widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

qreal longestWord(const QFontMetricsF &metrics, const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    qreal longest = 0;
    for (const QString &word : text.split(space, Qt::SkipEmptyParts))
        longest = std::max(longest, metrics.horizontalAdvance(word));
    return longest;
}

} // namespace

PlanLayout::PlanLayout(const QPaintDevice *device, qreal dotsPerMillimetre)
    : m_device(device)
    , m_dots(dotsPerMillimetre)
{
}

QFont PlanLayout::font(PlanItem::Font role)
{
    // DejaVu Sans has every Danish letter and is embedded as a subset in the PDF.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: "fi" and "ffl" stay separate letters, so the text can be searched and copied.
    font.setStyleStrategy(QFont::PreferNoShaping);
    switch (role) {
    case PlanItem::Font::Body: font.setPointSizeF(9.5); break;
    case PlanItem::Font::Small: font.setPointSizeF(8); break;
    case PlanItem::Font::Bold: font.setPointSizeF(9.5); font.setBold(true); break;
    case PlanItem::Font::TableHeader: font.setPointSizeF(8.5); font.setBold(true); break;
    case PlanItem::Font::Subheading: font.setPointSizeF(12); font.setBold(true); break;
    case PlanItem::Font::Heading: font.setPointSizeF(18); font.setBold(true); break;
    case PlanItem::Font::Title: font.setPointSizeF(28); font.setBold(true); break;
    }
    return font;
}

QSizeF PlanLayout::pageSize(bool landscape) const
{
    return landscape ? QSizeF(mm(pageHeightMm), mm(pageWidthMm)) : QSizeF(mm(pageWidthMm), mm(pageHeightMm));
}

QRectF PlanLayout::bodyRect(bool landscape) const
{
    const QSizeF size = pageSize(landscape);
    return QRectF(mm(sideMarginMm), mm(topMarginMm), size.width() - 2 * mm(sideMarginMm),
                  size.height() - mm(topMarginMm) - mm(bottomMarginMm));
}

const QFontMetricsF &PlanLayout::metrics(PlanItem::Font role) const
{
    std::optional<QFontMetricsF> &made = m_metrics.at(std::size_t(role));
    if (!made)
        made.emplace(font(role), const_cast<QPaintDevice *>(m_device));
    return *made;
}

PlanLayout::Measure PlanLayout::measure(const QString &text, PlanItem::Font role) const
{
    const std::pair<QString, int> key(text, int(role));
    auto found = m_measures.constFind(key);
    if (found != m_measures.cend())
        return *found;
    const QFontMetricsF &fontMetrics = metrics(role);
    return *m_measures.insert(key, {widestLine(fontMetrics, text), longestWord(fontMetrics, text)});
}

qreal PlanLayout::heightOf(const QString &text, PlanItem::Font role, qreal width, int flags) const
{
    if (text.isEmpty())
        return metrics(role).height();
    const HeightKey key{text, int(role), width, flags};
    auto found = m_heights.constFind(key);
    if (found != m_heights.cend())
        return *found;
    return *m_heights.insert(key, metrics(role).boundingRect(QRectF(0, 0, width, 1e9), flags, text).height());
}

qreal PlanLayout::heightOf(const QString &text, PlanItem::Font role, qreal width) const
{
    return heightOf(text, role, width, wrap);
}

void PlanLayout::newPage(bool landscape)
{
    PlanPage next;
    next.landscape = landscape;
    m_pages.push_back(next);
    m_y = bodyRect(landscape).top();
}

void PlanLayout::ensureSpace(qreal height)
{
    if (m_y + height > bodyRect(page().landscape).bottom())
        newPage(page().landscape);
}

void PlanLayout::text(const QString &content, PlanItem::Font role, qreal indent, const QColor &colour)
{
    const QRectF body = bodyRect(page().landscape);
    const qreal width = body.width() - indent;
    // Paragraphs are split at line breaks so that a long text can cross a page between lines.
    for (const QString &line : content.split(QLatin1Char('\n'))) {
        const qreal height = heightOf(line, role, width);
        ensureSpace(height);
        page().items.push_back({PlanItem::Kind::Text, QRectF(body.left() + indent, m_y, width, height), line, role,
                                wrap, colour});
        m_y += height;
    }
}

std::vector<PlanPage> PlanLayout::layout(const std::vector<PlanBlock> &blocks)
{
    m_pages.clear();
    newPage(false);
    for (const PlanBlock &block : blocks) {
        switch (block.kind) {
        case PlanBlock::Kind::Cover: cover(block); break;
        case PlanBlock::Kind::Heading: heading(block); break;
        case PlanBlock::Kind::Subheading: {
            // Kept with what follows: at least a few lines must fit under it.
            const qreal height = heightOf(block.text, PlanItem::Font::Subheading, bodyRect(false).width());
            m_y += mm(5);
            ensureSpace(height + mm(45)); // the facts, a table header and a first row
            text(block.text, PlanItem::Font::Subheading);
            m_y += mm(1.5);
            break;
        }
        case PlanBlock::Kind::Paragraph:
            text(block.text, PlanItem::Font::Body);
            m_y += mm(2.5);
            break;
        case PlanBlock::Kind::Bullets: bullets(block); break;
        case PlanBlock::Kind::Facts: facts(block); break;
        case PlanBlock::Kind::Table: table(block); break;
        case PlanBlock::Kind::Timeline: timeline(block); break;
        }
    }
    // A heading at the very end of the content never leaves an empty page behind.
    if (m_pages.size() > 1 && m_pages.back().items.empty())
        m_pages.pop_back();
    return m_pages;
}

void PlanLayout::cover(const PlanBlock &block)
{
    page().cover = true;
    const QRectF body = bodyRect(false);
    m_y = body.top() + body.height() * 0.22;
    // A band in the colours of the tracks above the title.
    const qreal bandWidth = body.width() / qreal(std::max<qsizetype>(1, block.rows.size()));
    for (qsizetype i = 0; i < block.rows.size(); ++i)
        page().items.push_back({PlanItem::Kind::Fill,
                                QRectF(body.left() + qreal(i) * bandWidth, m_y - mm(12), bandWidth, mm(3)), {},
                                PlanItem::Font::Body, 0, QColor(block.rows.at(i).value(0))});
    text(block.text, PlanItem::Font::Title);
    m_y += mm(8);
    for (const QString &line : block.lines) {
        text(line, PlanItem::Font::Subheading, 0, QColor(0x33, 0x33, 0x33));
        m_y += mm(2);
    }
    m_y += mm(14);
    facts(block);
    newPage(false);
}

void PlanLayout::heading(const PlanBlock &block)
{
    if (!page().items.empty())
        newPage(block.landscape);
    else
        page().landscape = block.landscape;
    m_y = bodyRect(page().landscape).top();
    const QRectF body = bodyRect(page().landscape);
    if (block.colour.isValid())
        page().items.push_back({PlanItem::Kind::Fill, QRectF(body.left(), m_y, mm(30), mm(2.2)), {},
                                PlanItem::Font::Body, 0, block.colour});
    m_y += mm(5);
    text(block.text, PlanItem::Font::Heading);
    m_y += mm(5);
}

void PlanLayout::facts(const PlanBlock &block)
{
    const QRectF body = bodyRect(page().landscape);
    qreal labelWidth = 0;
    for (const auto &[label, value] : block.facts)
        labelWidth = std::max(labelWidth, measure(label, PlanItem::Font::Bold).widestLine);
    labelWidth = std::min(labelWidth + mm(4), body.width() * 0.4);
    for (const auto &[label, value] : block.facts) {
        const qreal valueWidth = body.width() - labelWidth;
        const qreal height = std::max(heightOf(label, PlanItem::Font::Bold, labelWidth - mm(2)),
                                      heightOf(value, PlanItem::Font::Body, valueWidth));
        ensureSpace(height);
        page().items.push_back({PlanItem::Kind::Text, QRectF(body.left(), m_y, labelWidth - mm(2), height), label,
                                PlanItem::Font::Bold, wrap, {}});
        page().items.push_back({PlanItem::Kind::Text, QRectF(body.left() + labelWidth, m_y, valueWidth, height),
                                value, PlanItem::Font::Body, wrap, {}});
        m_y += height + mm(1.2);
    }
    m_y += mm(3);
}

void PlanLayout::bullets(const PlanBlock &block)
{
    const QRectF body = bodyRect(page().landscape);
    for (const QString &line : block.lines) {
        const qreal height = heightOf(line, PlanItem::Font::Body, body.width() - mm(6));
        ensureSpace(height);
        page().items.push_back({PlanItem::Kind::Text, QRectF(body.left() + mm(1), m_y, mm(5), height),
                                QStringLiteral("•"), PlanItem::Font::Body, wrap, {}});
        page().items.push_back({PlanItem::Kind::Text, QRectF(body.left() + mm(6), m_y, body.width() - mm(6), height),
                                line, PlanItem::Font::Body, wrap, {}});
        m_y += height + mm(0.8);
    }
    m_y += mm(2.5);
}

void PlanLayout::tableHeader(const PlanBlock &block, const std::vector<Column> &columns, qreal height)
{
    const QRectF body = bodyRect(page().landscape);
    page().items.push_back({PlanItem::Kind::Fill, QRectF(body.left(), m_y, body.width(), height), {},
                            PlanItem::Font::Body, 0, QColor(0xE4, 0xE9, 0xEF)});
    qreal x = body.left();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const Column &column = columns[c];
        page().items.push_back({PlanItem::Kind::Text,
                                QRectF(x + mm(cellPaddingMm), m_y + mm(cellPaddingMm),
                                       column.width - 2 * mm(cellPaddingMm), height - 2 * mm(cellPaddingMm)),
                                block.header.value(qsizetype(c)), PlanItem::Font::TableHeader, column.headerFlags, {}});
        x += column.width;
    }
    m_y += height;
}

void PlanLayout::table(const PlanBlock &block)
{
    const QRectF body = bodyRect(page().landscape);
    const PlanItem::Font cellFont = block.compact ? PlanItem::Font::Small : PlanItem::Font::Body;
    const std::vector<Column> columns = this->columns(block, cellFont, body.width());
    const qreal padding = 2 * mm(cellPaddingMm);
    auto rowHeight = [&](const QStringList &cells, PlanItem::Font role, const std::vector<int> &flags) {
        qreal height = 0;
        for (std::size_t c = 0; c < columns.size(); ++c)
            height = std::max(height, heightOf(cells.value(qsizetype(c)), role, columns[c].width - padding, flags[c]));
        return height + padding;
    };
    auto aligned = [&block](std::size_t c, int flags) {
        return block.alignRight.value(qsizetype(c), false) ? (flags & ~Qt::AlignLeft) | Qt::AlignRight : flags;
    };
    auto flagsOf = [&](const QStringList &cells) {
        std::vector<int> flags(columns.size());
        for (std::size_t c = 0; c < columns.size(); ++c)
            flags[c] = aligned(c, cellFlags(columns[c], cells.value(qsizetype(c)), cellFont));
        return flags;
    };
    std::vector<int> headerFlags(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c)
        headerFlags[c] = aligned(c, columns[c].headerFlags);
    const qreal headerHeight = rowHeight(block.header, PlanItem::Font::TableHeader, headerFlags);
    const qreal leastRowHeight = mm(block.minimumRowHeightMm);
    // The header never stands alone at the foot of a page.
    ensureSpace(headerHeight
                + (block.rows.isEmpty()
                       ? 0
                       : std::max(leastRowHeight, rowHeight(block.rows.front(), cellFont, flagsOf(block.rows.front())))));
    tableHeader(block, columns, headerHeight);
    for (qsizetype r = 0; r < block.rows.size(); ++r) {
        const QStringList &cells = block.rows.at(r);
        const std::vector<int> flags = flagsOf(cells);
        const PlanItem::Font rowFont =
            block.totalRow && r == block.rows.size() - 1 && !block.compact ? PlanItem::Font::Bold : cellFont;
        const qreal height = std::max(leastRowHeight, rowHeight(cells, rowFont, flags));
        if (m_y + height > body.bottom()) {
            // A row is never split: it moves to the next page, under a repeated header.
            newPage(page().landscape);
            if (!block.continuedCaption.isEmpty()) {
                text(block.continuedCaption, PlanItem::Font::Small, 0, QColor(0x55, 0x55, 0x55));
                m_y += mm(1.5);
            }
            tableHeader(block, columns, headerHeight);
        }
        if (r % 2 == 1)
            page().items.push_back({PlanItem::Kind::Fill, QRectF(body.left(), m_y, body.width(), height), {},
                                    PlanItem::Font::Body, 0, QColor(0xF5, 0xF7, 0xF9)});
        qreal x = body.left();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            page().items.push_back({PlanItem::Kind::Text,
                                    QRectF(x + mm(cellPaddingMm), m_y + mm(cellPaddingMm), columns[c].width - padding,
                                           height - padding),
                                    cells.value(qsizetype(c)), rowFont, flags[c], {}});
            x += columns[c].width;
        }
        m_y += height;
        page().items.push_back({PlanItem::Kind::Line, QRectF(body.left(), m_y, body.width(), 0), {},
                                PlanItem::Font::Body, 0, QColor(0xD0, 0xD6, 0xDD)});
    }
    m_y += mm(4);
}

int PlanLayout::cellFlags(const Column &column, const QString &text, PlanItem::Font role) const
{
    if (column.keepWhole && column.width >= column.wholeCells)
        return oneLine;
    if (column.width >= column.longestCellWord)
        return wrap;
    // Only where a column cannot hold its longest word: a word that does not fit breaks inside
    // its own column rather than run into the next.
    return measure(text, role).longestWord + 2 * mm(cellPaddingMm) + mm(spareMm) <= column.width ? wrap
                                                                                                 : wrapAnywhere;
}

std::vector<PlanLayout::Column> PlanLayout::columns(const PlanBlock &block, PlanItem::Font cellFont,
                                                    qreal available) const
{
    // Each column is measured from its content: how wide it is with every cell on one line
    // (`most`), and how narrow it can be without breaking a word or a cell that is kept whole
    // (`least`). A table that fits with every cell on one line gets that; one that does not gets
    // its least widths, and the room over goes to the columns in proportion to what they lack
    // for one line, as a web browser lays out a table.
    const qreal padding = 2 * mm(cellPaddingMm) + mm(spareMm);
    const std::size_t count = std::size_t(block.header.size());
    std::vector<Column> columns(count);
    std::vector<qreal> least(count);
    std::vector<qreal> most(count);
    for (std::size_t c = 0; c < count; ++c) {
        Column &column = columns[c];
        const QString &title = block.header.at(qsizetype(c));
        column.keepWhole = block.keepWhole.value(qsizetype(c), false);
        const Measure header = measure(title, PlanItem::Font::TableHeader);
        column.longestHeaderWord = header.longestWord + padding;
        for (qsizetype r = 0; r < block.rows.size(); ++r) {
            const QString cell = block.rows.at(r).value(qsizetype(c));
            // A total in bold is measured in bold, so that it stays on one line as its column does.
            const Measure measured = measure(
                cell, block.totalRow && r == block.rows.size() - 1 && !block.compact ? PlanItem::Font::Bold : cellFont);
            column.wholeCells = std::max(column.wholeCells, measured.widestLine + padding);
            column.longestCellWord = std::max(column.longestCellWord, measured.longestWord + padding);
        }
        const qreal minimum = mm(block.minimumWidthMm.value(qsizetype(c), 0));
        least[c] = std::max({column.keepWhole ? column.wholeCells : column.longestCellWord, column.longestHeaderWord,
                             minimum});
        most[c] = std::max({column.wholeCells, header.widestLine + padding, minimum});
    }
    const qreal sumLeast = std::accumulate(least.begin(), least.end(), 0.0);
    const qreal sumMost = std::accumulate(most.begin(), most.end(), 0.0);
    if (sumMost <= available) {
        // Every cell fits on one line; the room over goes to the columns that wrap, in proportion
        // to their width, so that a table spans the page and its text columns get the air.
        qreal wrapping = 0;
        for (std::size_t c = 0; c < count; ++c)
            wrapping += columns[c].keepWhole ? 0 : most[c];
        for (std::size_t c = 0; c < count; ++c) {
            const qreal share = wrapping > 0 ? (columns[c].keepWhole ? 0 : most[c] / wrapping) : most[c] / sumMost;
            columns[c].width = most[c] + (available - sumMost) * share;
        }
    } else if (sumLeast <= available) {
        const qreal lacking = sumMost - sumLeast;
        for (std::size_t c = 0; c < count; ++c)
            columns[c].width = least[c] + (available - sumLeast) * (most[c] - least[c]) / lacking;
    } else {
        // Not even the words fit (a word as long as a street name, or many columns on an upright
        // page): the kept columns stay whole while they can, and the others share the rest and
        // break their words inside their own column.
        qreal kept = 0;
        for (std::size_t c = 0; c < count; ++c)
            kept += columns[c].keepWhole ? least[c] : 0;
        const bool keep = kept < available * 0.6;
        const qreal shared = keep ? available - kept : available;
        const qreal sharing = keep ? sumLeast - kept : sumLeast;
        for (std::size_t c = 0; c < count; ++c)
            columns[c].width = keep && columns[c].keepWhole ? least[c] : shared * least[c] / sharing;
    }
    for (Column &column : columns)
        column.headerFlags = column.width >= column.longestHeaderWord ? wrap : wrapAnywhere;
    return columns;
}

void PlanLayout::timeline(const PlanBlock &block)
{
    if (!page().items.empty())
        newPage(true);
    else
        page().landscape = true;
    m_y = bodyRect(true).top();
    text(block.text, PlanItem::Font::Heading);
    m_y += mm(4);
    const QRectF body = bodyRect(true);
    page().items.push_back({PlanItem::Kind::Timeline, QRectF(body.left(), m_y, body.width(), body.bottom() - m_y), {},
                            PlanItem::Font::Body, 0, {}});
    newPage(false);
}

} // namespace Akademiplan
