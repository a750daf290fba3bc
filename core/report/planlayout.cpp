// SPDX-License-Identifier: MPL-2.0
#include "planlayout.h"

#include "glancelayout.h"
#include "textsummary.h"

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

PlanLayout::PlanLayout(const QPaintDevice *device, qreal dotsPerMillimetre, bool continuous)
    : m_device(device)
    , m_dots(dotsPerMillimetre)
    , m_continuous(continuous)
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

qreal PlanLayout::lineHeight(PlanItem::Font role) const
{
    return QFontMetricsF(font(role), const_cast<QPaintDevice *>(m_device)).height();
}

void PlanLayout::newPage(bool landscape)
{
    (*m_sink)(std::move(m_page));
    ++m_pagesDone;
    m_page = PlanPage();
    m_page.landscape = landscape;
    m_y = bodyRect(landscape).top();
}

void PlanLayout::ensureSpace(qreal height)
{
    if (m_y + height > bodyRect(page().landscape).bottom())
        newPage(page().landscape);
}

QString PlanLayout::fitted(const QString &text, PlanItem::Font role, qreal width, int flags, int maxLines) const
{
    return maxLines > 0 ? TextSummary(font(role), m_device).fitted(text, width, flags, maxLines) : text;
}

void PlanLayout::text(const QString &content, PlanItem::Font role, qreal indent, const QColor &colour, int maxLines)
{
    const QRectF body = bodyRect(page().landscape);
    const qreal width = body.width() - indent;
    // Paragraphs are split at line breaks so that a long text can cross a page between lines.
    for (const QString &line : fitted(content, role, width, wrap, maxLines).split(QLatin1Char('\n'))) {
        const qreal height = heightOf(line, role, width);
        ensureSpace(height);
        page().items.push_back({PlanItem::Kind::Text, QRectF(body.left() + indent, m_y, width, height), line, role,
                                wrap, colour});
        m_y += height;
    }
}

std::vector<PlanPage> PlanLayout::layout(const std::vector<PlanBlock> &blocks)
{
    std::vector<PlanPage> pages;
    layout(blocks, [&pages](PlanPage &&page) { pages.push_back(std::move(page)); });
    return pages;
}

int PlanLayout::layout(const std::vector<PlanBlock> &blocks, const PageSink &sink)
{
    m_sink = &sink;
    m_pagesDone = 0;
    m_page = PlanPage();
    m_y = bodyRect(false).top();
    for (const PlanBlock &block : blocks) {
        switch (block.kind) {
        case PlanBlock::Kind::Cover: cover(block); break;
        case PlanBlock::Kind::Heading: heading(block); break;
        case PlanBlock::Kind::Subheading: {
            // Kept with what follows: at least a few lines must fit under it.
            const qreal height = heightOf(block.text, PlanItem::Font::Subheading, bodyRect(false).width());
            m_y += mm(m_continuous ? 3.5 : 5);
            // The facts, a table header and a first row; in a continuous document, a line.
            ensureSpace(height + (m_continuous ? lineHeight(PlanItem::Font::Body) : mm(45)));
            text(block.text, PlanItem::Font::Subheading, 0, {}, block.maxLines);
            m_y += mm(1.5);
            break;
        }
        case PlanBlock::Kind::Paragraph:
            text(block.text, PlanItem::Font::Body, 0, {}, block.maxLines);
            m_y += mm(2.5);
            break;
        case PlanBlock::Kind::Bullets: bullets(block); break;
        case PlanBlock::Kind::Facts: facts(block); break;
        case PlanBlock::Kind::Table: table(block); break;
        case PlanBlock::Kind::Timeline: timeline(block); break;
        case PlanBlock::Kind::Glance: glance(block); break;
        case PlanBlock::Kind::Figures: figures(block); break;
        }
    }
    // A heading at the very end of the content never leaves an empty page behind.
    if (m_pagesDone == 0 || !m_page.items.empty()) {
        sink(std::move(m_page));
        ++m_pagesDone;
    }
    m_page = PlanPage();
    m_sink = nullptr;
    return m_pagesDone;
}

void PlanLayout::cover(const PlanBlock &block)
{
    // A cover page has its title a fifth of the way down; a continuous document opens with it,
    // in the size of a heading, and goes on below it.
    const QRectF body = bodyRect(false);
    const qreal bandGap = mm(m_continuous ? 5 : 12);
    if (m_continuous) {
        m_y += bandGap;
    } else {
        page().cover = true;
        m_y = body.top() + body.height() * 0.22;
    }
    // A band in the colours of the tracks above the title.
    const qreal bandWidth = body.width() / qreal(std::max<qsizetype>(1, block.rows.size()));
    for (qsizetype i = 0; i < block.rows.size(); ++i)
        page().items.push_back({PlanItem::Kind::Fill,
                                QRectF(body.left() + qreal(i) * bandWidth, m_y - bandGap, bandWidth, mm(3)), {},
                                PlanItem::Font::Body, 0, QColor(block.rows.at(i).value(0))});
    text(block.text, m_continuous ? PlanItem::Font::Heading : PlanItem::Font::Title, 0, {}, block.maxLines);
    m_y += mm(m_continuous ? 2 : 8);
    for (const QString &line : block.lines) {
        text(line, PlanItem::Font::Subheading, 0, QColor(0x33, 0x33, 0x33), block.maxLines);
        m_y += mm(m_continuous ? 1 : 2);
    }
    if (m_continuous) {
        m_y += mm(1);
        if (!block.facts.isEmpty())
            facts(block);
        return;
    }
    m_y += mm(14);
    facts(block);
    newPage(false);
}

void PlanLayout::heading(const PlanBlock &block)
{
    if (m_continuous) {
        // Below what comes before, with the room of a subheading and a line of what follows.
        m_y += page().items.empty() ? 0 : mm(5);
        ensureSpace(mm(10) + heightOf(block.text, PlanItem::Font::Heading, bodyRect(page().landscape).width())
                    + lineHeight(PlanItem::Font::Body));
    } else {
        if (!page().items.empty())
            newPage(block.landscape);
        else
            page().landscape = block.landscape;
        m_y = bodyRect(page().landscape).top();
    }
    const QRectF body = bodyRect(page().landscape);
    if (block.colour.isValid())
        page().items.push_back({PlanItem::Kind::Fill, QRectF(body.left(), m_y, mm(30), mm(2.2)), {},
                                PlanItem::Font::Body, 0, block.colour});
    m_y += mm(5);
    text(block.text, PlanItem::Font::Heading, 0, {}, block.maxLines);
    m_y += mm(5);
}

void PlanLayout::facts(const PlanBlock &block)
{
    const QRectF body = bodyRect(page().landscape);
    qreal labelWidth = 0;
    for (const auto &[label, value] : block.facts)
        labelWidth = std::max(labelWidth, measure(label, PlanItem::Font::Bold).widestLine);
    labelWidth = std::min(labelWidth + mm(4), body.width() * 0.4);
    for (const auto &[fullLabel, fullValue] : block.facts) {
        const qreal valueWidth = body.width() - labelWidth;
        const QString label = fitted(fullLabel, PlanItem::Font::Bold, labelWidth - mm(2), wrap, block.maxLines);
        const QString value = fitted(fullValue, PlanItem::Font::Body, valueWidth, wrap, block.maxLines);
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
    for (const QString &fullLine : block.lines) {
        const QString line = fitted(fullLine, PlanItem::Font::Body, body.width() - mm(6), wrap, block.maxLines);
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
    auto rowFontOf = [&](qsizetype r) {
        return block.totalRow && r == block.rows.size() - 1 && !block.compact ? PlanItem::Font::Bold : cellFont;
    };
    // The cells as they are shown: summarised to the block's lines, when it has a limit.
    auto shown = [&](qsizetype r, const std::vector<int> &flags) {
        QStringList cells = block.rows.at(r);
        for (std::size_t c = 0; c < columns.size() && qsizetype(c) < cells.size(); ++c)
            cells[qsizetype(c)] =
                fitted(cells.at(qsizetype(c)), rowFontOf(r), columns[c].width - padding, flags[c], block.maxLines);
        return cells;
    };
    std::vector<int> headerFlags(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c)
        headerFlags[c] = aligned(c, columns[c].headerFlags);
    const qreal headerHeight = rowHeight(block.header, PlanItem::Font::TableHeader, headerFlags);
    const qreal leastRowHeight = mm(block.minimumRowHeightMm);
    // The header never stands alone at the foot of a page.
    const std::vector<int> firstFlags = block.rows.isEmpty() ? std::vector<int>() : flagsOf(block.rows.front());
    ensureSpace(headerHeight
                + (block.rows.isEmpty()
                       ? 0
                       : std::max(leastRowHeight, rowHeight(shown(0, firstFlags), rowFontOf(0), firstFlags))));
    tableHeader(block, columns, headerHeight);
    for (qsizetype r = 0; r < block.rows.size(); ++r) {
        const std::vector<int> flags = flagsOf(block.rows.at(r));
        const QStringList cells = shown(r, flags);
        const PlanItem::Font rowFont = rowFontOf(r);
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

void PlanLayout::glance(const PlanBlock &block)
{
    const QRectF body = bodyRect(page().landscape);
    qreal height = 0;
    std::vector<PlanItem> items = GlanceLayout(m_device, m_dots).items(block, body.width(), &height);
    ensureSpace(height);
    for (PlanItem &item : items) {
        item.rect.translate(body.left(), m_y);
        page().items.push_back(std::move(item));
    }
    m_y += height + mm(3);
}

void PlanLayout::figures(const PlanBlock &block)
{
    if (block.facts.isEmpty())
        return;
    const QRectF body = bodyRect(page().landscape);
    const qreal gap = mm(3);
    const qreal padding = mm(2.2);
    const qsizetype count = block.facts.size();
    const qreal tileWidth = (body.width() - gap * qreal(count - 1)) / qreal(count);
    const qreal textWidth = tileWidth - 2 * padding;
    // A figure is never shortened: one too long for its tile (an amount of many digits) wraps
    // inside it instead; its label is the block's own words and summarised only as a last resort.
    std::vector<std::pair<QString, QString>> shown;
    qreal valueHeight = 0;
    qreal labelHeight = 0;
    for (const auto &[label, value] : block.facts) {
        shown.emplace_back(fitted(label, PlanItem::Font::Small, textWidth, wrap, 2), value);
        valueHeight = std::max(valueHeight, heightOf(value, PlanItem::Font::Subheading, textWidth, wrapAnywhere));
        labelHeight = std::max(labelHeight, heightOf(shown.back().first, PlanItem::Font::Small, textWidth));
    }
    const qreal height = 2 * padding + valueHeight + mm(0.8) + labelHeight;
    ensureSpace(height);
    for (qsizetype i = 0; i < count; ++i) {
        const qreal left = body.left() + qreal(i) * (tileWidth + gap);
        const auto &[label, value] = shown[std::size_t(i)];
        page().items.push_back({PlanItem::Kind::Fill, QRectF(left, m_y, tileWidth, height), {}, PlanItem::Font::Body,
                                0, QColor(0xEE, 0xF2, 0xF6)});
        page().items.push_back({PlanItem::Kind::Text,
                                QRectF(left + padding, m_y + padding, textWidth, valueHeight), value,
                                PlanItem::Font::Subheading, wrapAnywhere, {}});
        page().items.push_back({PlanItem::Kind::Text,
                                QRectF(left + padding, m_y + padding + valueHeight + mm(0.8), textWidth, labelHeight),
                                label, PlanItem::Font::Small, wrap, QColor(0x44, 0x4A, 0x52)});
    }
    m_y += height + mm(3);
}

} // namespace Akademiplan
