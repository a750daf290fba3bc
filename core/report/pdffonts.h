// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QRawFont>
#include <QString>

#include <map>
#include <vector>

namespace Akademiplan {

class PdfObjects;

// The fonts of one PDF file: which glyphs of which font faces its pages show, what text each
// glyph stands for, and, at the end, each face embedded as a subset of just those glyphs. The
// subset is cut by HarfBuzz's subsetter (libharfbuzz-subset), the same library that shapes Qt's
// text, so that a glyph in the file is the glyph Qt measured.
class PdfFonts
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PdfFonts)

public:
    // The face's number on the page resources (/F0, /F1, …), the same for every size of it.
    int faceOf(const QRawFont &font);
    // How far the glyph advances, in thousandths of the font size.
    double widthOf(int face, quint32 glyph);
    void markUsed(int face, quint32 glyph);
    // Notes which glyph of the face each character of `text` is drawn with, for copying and
    // searching the text later (the /ToUnicode map).
    void noteText(int face, const QString &text);

    // Writes each face used as an embedded font; `resources` gets the /Font dictionary. False
    // with the reason when a face cannot be cut to a subset.
    bool write(PdfObjects &objects, QByteArray *resources, QString *error);

private:
    struct Face
    {
        QRawFont font;
        std::vector<float> widths;        // by glyph; below 0 until asked for
        std::vector<bool> shown;          // by glyph: whether a page shows it
        std::map<quint32, QString> used;  // each glyph shown, with the text it stands for (at the end)
        QHash<quint32, QString> textOf;   // every glyph the noted texts map to
    };
    QByteArray fontName(const Face &face) const;

    std::vector<Face> m_faces;
    QHash<QString, int> m_faceByKey;
    // The fonts met so far, at whatever size: a QRawFont compares as equal to one of the same
    // face and size, which is cheaper than making the face's name.
    std::vector<std::pair<QRawFont, int>> m_seen;
};

} // namespace Akademiplan
