// SPDX-License-Identifier: MPL-2.0
#include "pdffonts.h"

#include "pdfobjects.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QtEndian>

#include <hb-subset.h>

#include <memory>

namespace Akademiplan {

namespace {

using FaceTables = QHash<hb_tag_t, QByteArray>;

QString keyOf(const QRawFont &font)
{
    return font.familyName() + QLatin1Char('\n') + font.styleName() + QLatin1Char('\n')
           + QString::number(font.weight()) + QLatin1Char('\n') + QString::number(int(font.style()));
}

// The tables a subset is cut from, read once per face for the whole process: every schedule
// of a bulk export shows the same two faces.
std::shared_ptr<const FaceTables> tablesOf(const QRawFont &font)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const FaceTables>> cache;
    const QString key = keyOf(font);
    QMutexLocker lock(&mutex);
    auto found = cache.constFind(key);
    if (found != cache.cend())
        return *found;
    auto tables = std::make_shared<FaceTables>();
    for (const char *tag : {"head", "hhea", "maxp", "OS/2", "hmtx", "loca", "glyf", "name", "post", "cmap", "CFF "}) {
        const QByteArray table = font.fontTable(tag);
        if (!table.isEmpty())
            tables->insert(HB_TAG(tag[0], tag[1], tag[2], tag[3]), table);
    }
    cache.insert(key, tables);
    return tables;
}

hb_blob_t *referenceTable(hb_face_t *, hb_tag_t tag, void *userData)
{
    const auto *tables = static_cast<const FaceTables *>(userData);
    auto found = tables->constFind(tag);
    if (found == tables->cend())
        return nullptr;
    return hb_blob_create(found->constData(), unsigned(found->size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
}

QByteArray subsetOf(const FaceTables &tables, const std::map<quint32, QString> &used)
{
    hb_face_t *face = hb_face_create_for_tables(referenceTable, const_cast<FaceTables *>(&tables), nullptr);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    QByteArray bytes;
    if (input) {
        hb_set_t *glyphs = hb_subset_input_glyph_set(input);
        hb_set_add(glyphs, 0); // the missing-glyph box
        for (const auto &glyph : used)
            hb_set_add(glyphs, glyph.first);
        // Glyph numbers stay as Qt laid them out, so the page content needs no renumbering;
        // hinting is the viewer's business on paper and on screen.
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
        if (hb_face_t *subset = hb_subset_or_fail(face, input)) {
            hb_blob_t *blob = hb_face_reference_blob(subset);
            unsigned length = 0;
            const char *data = hb_blob_get_data(blob, &length);
            bytes = QByteArray(data, qsizetype(length));
            hb_blob_destroy(blob);
            hb_face_destroy(subset);
        }
        hb_subset_input_destroy(input);
    }
    hb_face_destroy(face);
    return bytes;
}

QByteArray hex4(quint32 value)
{
    return QByteArray::number(value, 16).rightJustified(4, '0').toUpper();
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray out;
    for (QChar c : text)
        out += hex4(c.unicode());
    return out;
}

QByteArray toUnicodeMap(const std::map<quint32, QString> &used)
{
    QByteArray map("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                   "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                   "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    std::vector<std::pair<quint32, QString>> mapped;
    for (const auto &glyph : used) {
        if (!glyph.second.isEmpty())
            mapped.emplace_back(glyph);
    }
    // A map may hold at most 100 entries in one block.
    for (std::size_t start = 0; start < mapped.size(); start += 100) {
        const std::size_t end = std::min(mapped.size(), start + 100);
        map += QByteArray::number(qulonglong(end - start)) + " beginbfchar\n";
        for (std::size_t i = start; i < end; ++i)
            map += "<" + hex4(mapped[i].first) + "> <" + utf16Hex(mapped[i].second) + ">\n";
        map += "endbfchar\n";
    }
    map += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return map;
}

qint16 signedAt(const QByteArray &table, int offset)
{
    return table.size() >= offset + 2 ? qFromBigEndian<qint16>(table.constData() + offset) : 0;
}

} // namespace

int PdfFonts::faceOf(const QRawFont &font)
{
    for (const auto &seen : m_seen) {
        if (seen.first == font)
            return seen.second;
    }
    const QString key = keyOf(font);
    auto found = m_faceByKey.constFind(key);
    int face = 0;
    if (found != m_faceByKey.cend()) {
        face = *found;
    } else {
        m_faces.push_back({font, {}, {}, {}, {}});
        face = *m_faceByKey.insert(key, int(m_faces.size() - 1));
    }
    m_seen.emplace_back(font, face);
    return face;
}

void PdfFonts::markUsed(int faceNumber, quint32 glyph)
{
    std::vector<bool> &shown = m_faces[std::size_t(faceNumber)].shown;
    if (glyph >= shown.size())
        shown.resize(std::size_t(glyph) + 1);
    shown[glyph] = true;
}

double PdfFonts::widthOf(int faceNumber, quint32 glyph)
{
    Face &face = m_faces[std::size_t(faceNumber)];
    if (glyph >= face.widths.size())
        face.widths.resize(std::size_t(glyph) + 1, -1);
    float &width = face.widths[glyph];
    if (width < 0) {
        QPointF advance;
        const qreal size = face.font.pixelSize();
        face.font.advancesForGlyphIndexes(&glyph, &advance, 1, QRawFont::UseDesignMetrics);
        width = size > 0 ? float(advance.x() * 1000 / size) : 0;
    }
    return width;
}

void PdfFonts::noteText(int faceNumber, const QString &text)
{
    Face &face = m_faces[std::size_t(faceNumber)];
    std::vector<quint32> glyphs(std::size_t(text.size()));
    int count = int(glyphs.size());
    if (!face.font.glyphIndexesForChars(text.constData(), int(text.size()), glyphs.data(), &count))
        return;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const quint32 glyph = glyphs[std::size_t(i)];
        if (glyph != 0 && !face.textOf.contains(glyph))
            face.textOf.insert(glyph, text.mid(i, pair ? 2 : 1));
        if (pair)
            ++i;
    }
}

QByteArray PdfFonts::fontName(const Face &face) const
{
    // A subset's name starts with six capital letters that differ between subsets (PDF 1.7
    // § 9.6.4); here they come from the glyphs it holds.
    QByteArray glyphs;
    for (const auto &glyph : face.used)
        glyphs += QByteArray::number(glyph.first) + ',';
    const QByteArray digest = QCryptographicHash::hash(glyphs, QCryptographicHash::Md5);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + static_cast<unsigned char>(digest.at(i)) % 26);
    QString name = face.font.familyName() + QLatin1Char('-') + face.font.styleName();
    name.remove(QLatin1Char(' '));
    return PdfObjects::name(QString::fromLatin1(tag) + QLatin1Char('+') + name);
}

bool PdfFonts::write(PdfObjects &objects, QByteArray *resources, QString *error)
{
    *resources = "<<";
    for (std::size_t number = 0; number < m_faces.size(); ++number) {
        Face &face = m_faces[number];
        for (std::size_t glyph = 0; glyph < face.shown.size(); ++glyph) {
            if (face.shown[glyph])
                face.used.emplace(quint32(glyph), face.textOf.value(quint32(glyph)));
        }
        const std::shared_ptr<const FaceTables> tables = tablesOf(face.font);
        const QByteArray subset = subsetOf(*tables, face.used);
        if (subset.isEmpty()) {
            *error = tr("The font %1 could not be embedded.")
                         .arg(face.font.familyName());
            return false;
        }
        const bool outlinesInCff = tables->contains(HB_TAG('C', 'F', 'F', ' '));
        const QByteArray name = fontName(face);
        const QByteArray head = tables->value(HB_TAG('h', 'e', 'a', 'd'));
        const double unitsPerEm = head.size() >= 20 ? qFromBigEndian<quint16>(head.constData() + 18) : 1000;
        const auto perMille = [unitsPerEm](qint16 units) { return PdfObjects::number(units * 1000.0 / unitsPerEm); };
        const double size = face.font.pixelSize() > 0 ? face.font.pixelSize() : 1;

        const int type0 = objects.reserve();
        const int cidFont = objects.reserve();
        const int descriptor = objects.reserve();
        const int fontFile = objects.reserve();
        const int toUnicode = objects.reserve();

        QByteArray widths("[");
        for (const auto &glyph : face.used) {
            widths += QByteArray::number(glyph.first) + " [";
            PdfObjects::appendNumber(widths, widthOf(int(number), glyph.first));
            widths += "] ";
        }
        widths += "]";

        objects.add(type0, "<< /Type /Font /Subtype /Type0 /BaseFont " + name + " /Encoding /Identity-H /DescendantFonts ["
                               + QByteArray::number(cidFont) + " 0 R] /ToUnicode " + QByteArray::number(toUnicode)
                               + " 0 R >>");
        objects.add(cidFont, "<< /Type /Font /Subtype " + QByteArray(outlinesInCff ? "/CIDFontType0" : "/CIDFontType2")
                                 + " /BaseFont " + name
                                 + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                                   " /FontDescriptor "
                                 + QByteArray::number(descriptor) + " 0 R /DW 1000 /W " + widths
                                 + (outlinesInCff ? "" : " /CIDToGIDMap /Identity") + " >>");
        objects.add(descriptor, "<< /Type /FontDescriptor /FontName " + name + " /Flags 4 /FontBBox ["
                                    + perMille(signedAt(head, 36)) + " " + perMille(signedAt(head, 38)) + " "
                                    + perMille(signedAt(head, 40)) + " " + perMille(signedAt(head, 42))
                                    + "] /ItalicAngle 0 /Ascent " + PdfObjects::number(face.font.ascent() * 1000 / size)
                                    + " /Descent " + PdfObjects::number(-face.font.descent() * 1000 / size)
                                    + " /CapHeight " + PdfObjects::number(face.font.capHeight() * 1000 / size)
                                    + " /StemV 80 " + (outlinesInCff ? "/FontFile3 " : "/FontFile2 ")
                                    + QByteArray::number(fontFile) + " 0 R >>");
        objects.addStream(fontFile,
                          outlinesInCff ? QByteArray("/Subtype /OpenType")
                                        : "/Length1 " + QByteArray::number(subset.size()),
                          subset);
        objects.addStream(toUnicode, {}, toUnicodeMap(face.used));
        *resources += " /F" + QByteArray::number(qulonglong(number)) + " " + QByteArray::number(type0) + " 0 R";
    }
    *resources += " >>";
    return true;
}

} // namespace Akademiplan
