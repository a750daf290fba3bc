// SPDX-License-Identifier: MPL-2.0
#include "planpdfwriter.h"

#include "pdfobjects.h"
#include "planlayout.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QGlyphRun>
#include <QIODevice>
#include <QPaintDevice>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace Akademiplan {

namespace {

constexpr double pointsPerInch = 72.0;

// A colour as the paper shows it: the pages are white, so a see-through colour is its blend
// with white.
std::array<double, 3> onPaper(const QColor &colour)
{
    const double alpha = colour.alphaF();
    return {colour.redF() * alpha + 1 - alpha, colour.greenF() * alpha + 1 - alpha, colour.blueF() * alpha + 1 - alpha};
}

void appendColour(QByteArray &content, const QColor &colour, const char *operatorName)
{
    for (double part : onPaper(colour)) {
        // Three decimals tell apart every one of 256 levels.
        const long long thousandths = std::llround(part * 1000);
        if (thousandths >= 1000) {
            content += '1';
        } else {
            content += "0.";
            content += QByteArray::number(thousandths).rightJustified(3, '0');
        }
        content += ' ';
    }
    content += operatorName;
    content += '\n';
}

void appendRect(QByteArray &content, const QRectF &rect)
{
    PdfObjects::appendNumber(content, rect.x());
    content += ' ';
    PdfObjects::appendNumber(content, rect.y());
    content += ' ';
    PdfObjects::appendNumber(content, rect.width());
    content += ' ';
    PdfObjects::appendNumber(content, rect.height());
    content += " re ";
}

void appendGlyph(QByteArray &content, quint32 glyph)
{
    static const char digits[] = "0123456789ABCDEF";
    content += digits[(glyph >> 12) & 0xF];
    content += digits[(glyph >> 8) & 0xF];
    content += digits[(glyph >> 4) & 0xF];
    content += digits[glyph & 0xF];
}

} // namespace

PlanPdfWriter::PlanPdfWriter(const QPaintDevice *device, const PlanLayout &layout, PlanPainter::Running running,
                             QIODevice *out)
    : m_device(device)
    , m_layout(layout)
    , m_running(std::move(running))
    , m_out(out)
    , m_objects(out)
    , m_catalog(m_objects.reserve())
    , m_pageTree(m_objects.reserve())
    , m_resources(m_objects.reserve())
    , m_info(m_objects.reserve())
{
}

bool PlanPdfWriter::canWrite(const PlanPage &page)
{
    return std::none_of(page.items.cbegin(), page.items.cend(),
                        [](const PlanItem &item) { return item.kind == PlanItem::Kind::Timeline; });
}

void PlanPdfWriter::addPage(const PlanPage &page, int count)
{
    // Device dots to points, and the page's top at the top: the layout's y grows downwards.
    const double scale = pointsPerInch / m_device->logicalDpiY();
    const QSizeF size = m_layout.pageSize(page.landscape) * scale;
    QByteArray content;
    content.reserve(32 * 1024);
    content += PdfObjects::number(scale) + " 0 0 " + PdfObjects::number(-scale) + " 0 "
               + PdfObjects::number(size.height()) + " cm 2 J\n";
    m_fill = m_stroke = qRgb(0, 0, 0); // PDF's defaults
    m_lineWidth = -1;
    for (const PlanItem &planItem : page.items)
        item(content, planItem);
    ++m_pages;
    for (const PlanItem &running : PlanPainter::runningItems(m_layout, m_running, page, m_pages, count))
        item(content, running);
    const int pageObject = m_objects.reserve();
    const int contentObject = m_objects.reserve();
    m_objects.addStream(contentObject, {}, content);
    m_objects.add(pageObject, "<< /Type /Page /Parent " + QByteArray::number(m_pageTree) + " 0 R /MediaBox [0 0 "
                                  + PdfObjects::number(size.width()) + " " + PdfObjects::number(size.height())
                                  + "] /Resources " + QByteArray::number(m_resources) + " 0 R /Contents "
                                  + QByteArray::number(contentObject) + " 0 R >>");
    m_kids += QByteArray::number(pageObject) + " 0 R ";
}

bool PlanPdfWriter::finish(const Metadata &metadata, QString *error)
{
    QByteArray fonts;
    if (!m_fonts.write(m_objects, &fonts, error))
        return false;
    m_objects.add(m_resources, "<< /ProcSet [/PDF /Text] /Font " + fonts + " >>");
    m_objects.add(m_pageTree, "<< /Type /Pages /Kids [" + m_kids + "] /Count " + QByteArray::number(m_pages) + " >>");
    QByteArray catalogEntries = "/Type /Catalog /Pages " + QByteArray::number(m_pageTree) + " 0 R";
    if (!metadata.language.isEmpty())
        catalogEntries += " /Lang " + PdfObjects::text(metadata.language);
    if (!metadata.xmp.isEmpty()) {
        const int xmp = m_objects.reserve();
        m_objects.addStream(xmp, "/Type /Metadata /Subtype /XML", metadata.xmp, false);
        catalogEntries += " /Metadata " + QByteArray::number(xmp) + " 0 R";
    }
    m_objects.add(m_catalog, "<< " + catalogEntries + " >>");
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    QByteArray information = "<< /Producer " + PdfObjects::text(metadata.creator) + " /Creator "
                             + PdfObjects::text(metadata.creator) + " /CreationDate "
                             + PdfObjects::text(QStringLiteral("D:%1Z").arg(now));
    if (!metadata.title.isEmpty())
        information += " /Title " + PdfObjects::text(metadata.title);
    if (!metadata.author.isEmpty())
        information += " /Author " + PdfObjects::text(metadata.author);
    if (!metadata.subject.isEmpty())
        information += " /Subject " + PdfObjects::text(metadata.subject);
    m_objects.add(m_info, information + " >>");
    const QByteArray fileId = QCryptographicHash::hash(
        (metadata.title + now + QString::number(m_pages)).toUtf8(), QCryptographicHash::Md5);
    if (!m_objects.finish(m_catalog, m_info, fileId)) {
        *error = tr("The document could not be written: %1").arg(m_out->errorString());
        return false;
    }
    return true;
}

void PlanPdfWriter::item(QByteArray &content, const PlanItem &item)
{
    switch (item.kind) {
    case PlanItem::Kind::Text: text(content, item); break;
    case PlanItem::Kind::Fill:
        fillColour(content, item.colour);
        appendRect(content, item.rect);
        content += "f\n";
        break;
    case PlanItem::Kind::Line: {
        const qreal width = m_layout.mm(item.lineWidthMm);
        if (width != m_lineWidth) {
            PdfObjects::appendNumber(content, width);
            content += " w ";
            m_lineWidth = width;
        }
        strokeColour(content, item.colour);
        PdfObjects::appendNumber(content, item.rect.left());
        content += ' ';
        PdfObjects::appendNumber(content, item.rect.top());
        content += " m ";
        PdfObjects::appendNumber(content, item.rect.right());
        content += ' ';
        PdfObjects::appendNumber(content, item.rect.top());
        content += " l S\n";
        break;
    }
    case PlanItem::Kind::Timeline: break; // canWrite() keeps such pages away
    }
}

const PlanPdfWriter::Shaped &PlanPdfWriter::shaped(const PlanItem &item)
{
    const ShapeKey key{item.text, int(item.font), item.flags, item.rect.size()};
    auto found = m_shaped.constFind(key);
    if (found != m_shaped.cend())
        return *found;
    // What QPainter::drawText(rect, flags, text) does with these flags, step by step, so that
    // the lines break and sit where PlanLayout measured them with QFontMetricsF::boundingRect.
    QString shown = item.text;
    shown.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(shown, PlanLayout::font(item.font), const_cast<QPaintDevice *>(m_device));
    QTextOption option;
    option.setTextDirection(Qt::LeftToRight);
    if (item.flags & Qt::TextWrapAnywhere)
        option.setWrapMode(QTextOption::WrapAnywhere);
    layout.setTextOption(option);
    const bool wraps = item.flags & (Qt::TextWordWrap | Qt::TextWrapAnywhere);
    const bool clips = !(item.flags & Qt::TextDontClip);
    const qreal leading = m_layout.metrics(item.font).leading();
    Shaped text;
    text.height = -leading;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(wraps ? std::max<qreal>(0, item.rect.width()) : 0x01000000);
        text.height = std::ceil(text.height + leading);
        line.setPosition(QPointF(0, text.height));
        text.height += line.height();
        text.width = std::max(text.width, line.naturalTextWidth());
        if (clips && text.height >= item.rect.height())
            break;
    }
    layout.endLayout();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const QString lineText = shown.mid(line.textStart(), line.textLength());
        ShapedLine shapedLine{line.horizontalAdvance(), {}};
        for (const QGlyphRun &run : line.glyphRuns()) {
            if (!run.glyphIndexes().isEmpty())
                shapedLine.runs.push_back(shapedRun(run, lineText));
        }
        text.lines.push_back(std::move(shapedLine));
    }
    return *m_shaped.insert(key, std::move(text));
}

PlanPdfWriter::ShapedRun PlanPdfWriter::shapedRun(const QGlyphRun &run, const QString &lineText)
{
    const QRawFont font = run.rawFont();
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    ShapedRun shaped{m_fonts.faceOf(font), font.pixelSize(), positions.first(), "[<"};
    m_fonts.noteText(shaped.face, lineText);
    // Each glyph where Qt placed it: where it stands apart from where the font's own advance
    // would put it, the difference is written in thousandths of the size.
    qreal expected = positions.first().x();
    for (qsizetype g = 0; g < glyphs.size(); ++g) {
        const qreal shift = positions.at(g).x() - expected;
        if (std::abs(shift) > 0.05) {
            shaped.body += "> ";
            PdfObjects::appendNumber(shaped.body, -shift * 1000 / shaped.size);
            shaped.body += " <";
        }
        appendGlyph(shaped.body, glyphs.at(g));
        m_fonts.markUsed(shaped.face, glyphs.at(g));
        expected = positions.at(g).x() + m_fonts.widthOf(shaped.face, glyphs.at(g)) * shaped.size / 1000;
    }
    shaped.body += ">] TJ ET\n";
    return shaped;
}

void PlanPdfWriter::text(QByteArray &content, const PlanItem &item)
{
    // An empty cell (a row left for a walk-in, a column to sign in) draws nothing.
    if (item.text.isEmpty())
        return;
    const Shaped &text = shaped(item);
    const QRectF &rect = item.rect;
    qreal top = rect.top();
    if (item.flags & Qt::AlignBottom)
        top += rect.height() - text.height;
    else if (item.flags & Qt::AlignVCenter)
        top += (rect.height() - text.height) / 2;
    qreal boundsLeft = rect.left();
    if (item.flags & Qt::AlignRight)
        boundsLeft += rect.width() - text.width;
    else if (item.flags & Qt::AlignHCenter)
        boundsLeft += (rect.width() - text.width) / 2;
    const bool clipped = !(item.flags & Qt::TextDontClip)
                         && !rect.contains(QRectF(boundsLeft, top, text.width, text.height));
    if (clipped) {
        content += "q ";
        appendRect(content, rect);
        content += "W n\n";
    }
    fillColour(content, PlanPainter::colourOf(item));
    for (const ShapedLine &line : text.lines) {
        qreal left = rect.left();
        if (item.flags & Qt::AlignRight)
            left += rect.width() - line.advance;
        else if (item.flags & Qt::AlignHCenter)
            left += (rect.width() - line.advance) / 2;
        for (const ShapedRun &run : line.runs) {
            content += "BT /F";
            PdfObjects::appendNumber(content, run.face);
            content += ' ';
            PdfObjects::appendNumber(content, run.size);
            content += " Tf 1 0 0 -1 ";
            PdfObjects::appendNumber(content, left + run.origin.x());
            content += ' ';
            PdfObjects::appendNumber(content, top + run.origin.y());
            content += " Tm ";
            content += run.body;
        }
    }
    if (clipped) {
        content += "Q\n";
        // Leaving the saved state brings back the colours of before it, which are not tracked.
        m_fill.reset();
        m_stroke.reset();
        m_lineWidth = -1;
    }
}

void PlanPdfWriter::fillColour(QByteArray &content, const QColor &colour)
{
    if (colour.rgba() == m_fill)
        return;
    appendColour(content, colour, "rg");
    m_fill = colour.rgba();
}

void PlanPdfWriter::strokeColour(QByteArray &content, const QColor &colour)
{
    if (colour.rgba() == m_stroke)
        return;
    appendColour(content, colour, "RG");
    m_stroke = colour.rgba();
}

} // namespace Akademiplan
