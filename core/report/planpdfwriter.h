// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "pdffonts.h"
#include "pdfobjects.h"
#include "planpage.h"
#include "planpainter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

class QGlyphRun;
class QIODevice;
class QPaintDevice;

namespace Akademiplan {

class PlanLayout;

// Writes laid-out pages of text, fills and lines as a PDF, without a painter.
//
// Why not QPdfWriter, which the programme plan uses: the bulk outputs (an academy's run sheets,
// 15,800 pages at the large size, and a schedule for each of 2,500 people) spent most of their
// time in QPdfWriter itself, with no way to change it from outside: it lays each text out again
// as it paints it, deflates every page at zlib's default level, and embeds the fonts through its
// own subsetter, which rebuilds each font's outlines for every file. Here the text is laid out
// once with QTextLayout (the same layout QPainter::drawText makes, so the lines break and sit
// where the measured layout put them), the page content is deflated fast, and the fonts are cut
// by HarfBuzz's subsetter from tables read once per process. A page with the programme's
// timeline, which is drawn by a painter, still goes through QPdfWriter.
class PlanPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PlanPdfWriter)

public:
    struct Metadata
    {
        QString title;
        QString author;
        QString subject;
        QString creator;
        QString language; // "da" or "en"
        QByteArray xmp;   // the XMP packet, or empty
    };

    // `device` is the one the pages were laid out for: the text is laid out again on it, line by
    // line, exactly as it was measured. The PDF goes to `out` page by page.
    PlanPdfWriter(const QPaintDevice *device, const PlanLayout &layout, PlanPainter::Running running, QIODevice *out);

    // Whether the page holds only what this writer draws (no timeline).
    static bool canWrite(const PlanPage &page);

    // Writes the next page of `count`, with its running header and footer.
    void addPage(const PlanPage &page, int count);
    // Writes the fonts, the page tree and the metadata; false with the reason in `error` when a
    // font cannot be embedded or the device refused any of the bytes.
    bool finish(const Metadata &metadata, QString *error);

private:
    // A text laid out as drawText lays it out, ready to be placed: the same names, numbers and
    // organisations come back on page after page, and are laid out once.
    struct ShapedRun
    {
        int face = 0;
        qreal size = 0;
        QPointF origin;  // of the first glyph, from the top left of the text's lines
        QByteArray body; // the glyphs and their spacing: "[<…>] TJ ET\n"
    };
    struct ShapedLine
    {
        qreal advance = 0;
        std::vector<ShapedRun> runs;
    };
    struct Shaped
    {
        qreal width = 0;
        qreal height = 0;
        std::vector<ShapedLine> lines;
    };
    struct ShapeKey
    {
        QString text;
        int font;
        int flags;
        QSizeF size;
        bool operator==(const ShapeKey &other) const
        {
            return font == other.font && flags == other.flags && size == other.size && text == other.text;
        }
        friend size_t qHash(const ShapeKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.flags, key.size.width(), key.size.height());
        }
    };

    const Shaped &shaped(const PlanItem &item);
    ShapedRun shapedRun(const QGlyphRun &run, const QString &lineText);
    void item(QByteArray &content, const PlanItem &item);
    void text(QByteArray &content, const PlanItem &item);
    void fillColour(QByteArray &content, const QColor &colour);
    void strokeColour(QByteArray &content, const QColor &colour);

    const QPaintDevice *m_device;
    const PlanLayout &m_layout;
    PlanPainter::Running m_running;
    PdfFonts m_fonts;
    QIODevice *m_out;
    PdfObjects m_objects;
    int m_catalog;
    int m_pageTree;
    int m_resources;
    int m_info;
    int m_pages = 0;
    QByteArray m_kids;
    QHash<ShapeKey, Shaped> m_shaped;
    // What the page's graphics state holds now, so as not to repeat it; empty when not known.
    std::optional<QRgb> m_fill;
    std::optional<QRgb> m_stroke;
    qreal m_lineWidth = -1;
};

} // namespace Akademiplan
