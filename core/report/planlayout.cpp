// SPDX-License-Identifier: MPL-2.0
#include "planlayout.h"

#include <QFontMetricsF>

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
constexpr int wrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

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

qreal PlanLayout::heightOf(const QString &text, PlanItem::Font role, qreal width) const
{
    const QFontMetricsF metrics(font(role), const_cast<QPaintDevice *>(m_device));
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), wrap, text).height();
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
        newPage();
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
    newPage();
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
    newPage();
}

void PlanLayout::heading(const PlanBlock &block)
{
    if (!page().items.empty())
        newPage();
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
    const QFontMetricsF bold(font(PlanItem::Font::Bold), const_cast<QPaintDevice *>(m_device));
    for (const auto &[label, value] : block.facts)
        labelWidth = std::max(labelWidth, bold.horizontalAdvance(label));
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

void PlanLayout::tableHeader(const PlanBlock &block, const std::vector<qreal> &widths, qreal height)
{
    const QRectF body = bodyRect(page().landscape);
    page().items.push_back({PlanItem::Kind::Fill, QRectF(body.left(), m_y, body.width(), height), {},
                            PlanItem::Font::Body, 0, QColor(0xE4, 0xE9, 0xEF)});
    qreal x = body.left();
    for (qsizetype c = 0; c < block.header.size(); ++c) {
        page().items.push_back({PlanItem::Kind::Text,
                                QRectF(x + mm(cellPaddingMm), m_y + mm(cellPaddingMm),
                                       widths[std::size_t(c)] - 2 * mm(cellPaddingMm), height - 2 * mm(cellPaddingMm)),
                                block.header.at(c), PlanItem::Font::TableHeader, wrap, {}});
        x += widths[std::size_t(c)];
    }
    m_y += height;
}

void PlanLayout::table(const PlanBlock &block)
{
    const QRectF body = bodyRect(page().landscape);
    const PlanItem::Font cellFont = block.compact ? PlanItem::Font::Small : PlanItem::Font::Body;
    const std::vector<qreal> widths = columnWidths(block, cellFont, body.width());
    const qreal padding = 2 * mm(cellPaddingMm);
    auto rowHeight = [&](const QStringList &cells, PlanItem::Font role) {
        qreal height = 0;
        for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c)
            height = std::max(height, heightOf(cells.at(c), role, widths[std::size_t(c)] - padding));
        return height + padding;
    };
    const qreal headerHeight = rowHeight(block.header, PlanItem::Font::TableHeader);
    // The header never stands alone at the foot of a page.
    ensureSpace(headerHeight + (block.rows.isEmpty() ? 0 : rowHeight(block.rows.front(), cellFont)));
    tableHeader(block, widths, headerHeight);
    for (qsizetype r = 0; r < block.rows.size(); ++r) {
        const QStringList &cells = block.rows.at(r);
        const qreal height = rowHeight(cells, cellFont);
        if (m_y + height > body.bottom()) {
            // A row is never split: it moves to the next page, under a repeated header.
            newPage();
            tableHeader(block, widths, headerHeight);
        }
        if (r % 2 == 1)
            page().items.push_back({PlanItem::Kind::Fill, QRectF(body.left(), m_y, body.width(), height), {},
                                    PlanItem::Font::Body, 0, QColor(0xF5, 0xF7, 0xF9)});
        qreal x = body.left();
        for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c) {
            page().items.push_back({PlanItem::Kind::Text,
                                    QRectF(x + mm(cellPaddingMm), m_y + mm(cellPaddingMm),
                                           widths[std::size_t(c)] - padding, height - padding),
                                    cells.at(c), cellFont, wrap, {}});
            x += widths[std::size_t(c)];
        }
        m_y += height;
        page().items.push_back({PlanItem::Kind::Line, QRectF(body.left(), m_y, body.width(), 0), {},
                                PlanItem::Font::Body, 0, QColor(0xD0, 0xD6, 0xDD)});
    }
    m_y += mm(4);
}

std::vector<qreal> PlanLayout::columnWidths(const PlanBlock &block, PlanItem::Font cellFont, qreal available) const
{
    // Short columns (a week, a time) get just the width of their widest cell, so that they
    // never wrap; what they leave over goes to the long ones by their weights.
    const QFontMetricsF cells(font(cellFont), const_cast<QPaintDevice *>(m_device));
    const QFontMetricsF header(font(PlanItem::Font::TableHeader), const_cast<QPaintDevice *>(m_device));
    const qreal padding = 2 * mm(cellPaddingMm) + mm(2); // spare, as wrapping measures a little wider
    const qsizetype count = block.columnWeights.size();
    std::vector<qreal> needed(std::size_t(count), 0.0);
    std::vector<qreal> longestWord(std::size_t(count), 0.0); // a column narrower than this would clip
    for (qsizetype c = 0; c < count; ++c) {
        needed[std::size_t(c)] = header.horizontalAdvance(block.header.value(c)) + padding;
        for (const QString &word : block.header.value(c).split(QLatin1Char(' ')))
            longestWord[std::size_t(c)] = std::max(longestWord[std::size_t(c)], header.horizontalAdvance(word) + padding);
        for (const QStringList &row : block.rows) {
            needed[std::size_t(c)] = std::max(needed[std::size_t(c)], cells.horizontalAdvance(row.value(c)) + padding);
            for (const QString &word : row.value(c).split(QLatin1Char(' ')))
                longestWord[std::size_t(c)] = std::max(longestWord[std::size_t(c)], cells.horizontalAdvance(word) + padding);
        }
    }
    std::vector<qreal> widths(std::size_t(count), 0.0);
    qreal fixedWidth = 0;
    qreal flexibleWeight = 0;
    for (qsizetype c = 0; c < count; ++c) {
        if (needed[std::size_t(c)] <= available * 0.22) {
            widths[std::size_t(c)] = needed[std::size_t(c)];
            fixedWidth += needed[std::size_t(c)];
        } else {
            flexibleWeight += block.columnWeights.at(c);
        }
    }
    const qreal rest = available - fixedWidth;
    if (flexibleWeight == 0 || rest < available * 0.3) {
        // Everything is short, or nothing fits: plain shares by weight.
        const qreal total = std::accumulate(block.columnWeights.begin(), block.columnWeights.end(), 0.0);
        for (qsizetype c = 0; c < count; ++c)
            widths[std::size_t(c)] = flexibleWeight == 0 ? needed[std::size_t(c)] + (available - fixedWidth)
                                                                                 * block.columnWeights.at(c) / total
                                                         : available * block.columnWeights.at(c) / total;
        return widths;
    }
    // Long columns share the rest by weight, but none gets narrower than its longest word; the
    // room that takes comes from the others in proportion.
    qreal guaranteed = 0;
    qreal sharedWeight = 0;
    for (qsizetype c = 0; c < count; ++c) {
        if (widths[std::size_t(c)] != 0.0)
            continue;
        if (rest * block.columnWeights.at(c) / flexibleWeight < longestWord[std::size_t(c)]) {
            widths[std::size_t(c)] = -longestWord[std::size_t(c)]; // marked: fixed at its longest word
            guaranteed += longestWord[std::size_t(c)];
        } else {
            sharedWeight += block.columnWeights.at(c);
        }
    }
    for (qsizetype c = 0; c < count; ++c) {
        qreal &width = widths[std::size_t(c)];
        if (width < 0)
            width = -width;
        else if (width == 0.0)
            width = sharedWeight > 0 ? (rest - guaranteed) * block.columnWeights.at(c) / sharedWeight : 0;
    }
    return widths;
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
    newPage();
}

} // namespace Akademiplan
