// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QFont>
#include <QString>

class QPaintDevice;

namespace Akademiplan {

// Shortens a text to the lines it may take on a page, without breaking a word: to its first whole
// sentences when they fit, else to its first whole words and an ellipsis. A document that must fit
// a page (the council's one page) summarises this way instead of cutting its text off. Measured
// with the font as it is on the device the text will be painted on.
class TextSummary
{
public:
    TextSummary(const QFont &font, const QPaintDevice *device);

    // `text` as it fits in `maxLines` lines of `width` with the drawing `flags` (Qt::TextWordWrap
    // and an alignment); the text itself when it fits or `maxLines` is 0. Only a single word wider
    // than the lines allow is cut, with an ellipsis, as nothing else can show it.
    QString fitted(const QString &text, qreal width, int flags, int maxLines) const;

private:
    bool fits(const QString &text, qreal width, int flags, qreal height) const;

    QFont m_font;
    const QPaintDevice *m_device;
};

} // namespace Akademiplan
