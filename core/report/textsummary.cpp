// SPDX-License-Identifier: MPL-2.0
#include "textsummary.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <vector>

namespace Akademiplan {

namespace {

const QChar ellipsis(0x2026);

// Where the text may end: after each sentence, or after each word. A sentence ends at ".", "!"
// or "?" (and a closing quote or bracket) before a space and a capital or a digit, so that
// "f.eks. at" does not end one. A word ends before the comma or colon after it, which would
// stand oddly before an ellipsis.
std::vector<qsizetype> endsOf(const QString &text, bool sentences)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?][\"'»”)]*(?=\\s+[\\p{Lu}\\d])"));
    static const QRegularExpression wordEnd(QStringLiteral("[^\\s,;:.!?–-](?=[,;:.!?–-]*\\s)"));
    std::vector<qsizetype> ends;
    for (auto it = (sentences ? sentenceEnd : wordEnd).globalMatch(text); it.hasNext();)
        ends.push_back(it.next().capturedEnd());
    return ends;
}

} // namespace

TextSummary::TextSummary(const QFont &font, const QPaintDevice *device)
    : m_font(font)
    , m_device(device)
{
}

bool TextSummary::fits(const QString &text, qreal width, int flags, qreal height) const
{
    const QFontMetricsF metrics(m_font, const_cast<QPaintDevice *>(m_device));
    const QRectF box = metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text);
    return box.height() <= height && box.width() <= width + 0.5;
}

QString TextSummary::fitted(const QString &text, qreal width, int flags, int maxLines) const
{
    if (maxLines <= 0)
        return text;
    const QFontMetricsF metrics(m_font, const_cast<QPaintDevice *>(m_device));
    // The height of `maxLines` lines as the text is drawn, with a little room for rounding.
    const QString lines = QString(maxLines - 1, QLatin1Char('\n')) + QLatin1Char('X');
    const qreal height = metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, lines).height() + 0.5;
    const QString whole = text.trimmed();
    if (fits(whole, width, flags, height))
        return whole;
    // The most sentences, else the most words, that fit: the longer a beginning, the more lines
    // it takes, so the longest that fits is found by halving.
    auto longest = [&](const std::vector<qsizetype> &ends, const QString &suffix) -> QString {
        std::size_t low = 0; // beginnings [0, low) fit
        std::size_t high = ends.size();
        while (low < high) {
            const std::size_t middle = (low + high) / 2;
            if (fits(whole.left(ends[middle]) + suffix, width, flags, height))
                low = middle + 1;
            else
                high = middle;
        }
        return low == 0 ? QString() : whole.left(ends[low - 1]) + suffix;
    };
    if (const QString sentences = longest(endsOf(whole, true), QString()); !sentences.isEmpty())
        return sentences;
    if (const QString words = longest(endsOf(whole, false), QString(ellipsis)); !words.isEmpty())
        return words;
    return metrics.elidedText(whole.simplified(), Qt::ElideRight, width);
}

} // namespace Akademiplan
