// SPDX-License-Identifier: MPL-2.0
#include "plaintextpdf.h"

#include <QElapsedTimer>
#include <QFont>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Akademiplan::Bench {

double PlainTextPdf::write(const QStringList &lines, const QString &path, int *pages)
{
    QElapsedTimer timer;
    timer.start();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return -1;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    painter.setFont(font);
    const int lineHeight = QFontMetrics(font, &writer).lineSpacing();
    const int pageHeight = writer.height();
    int y = lineHeight;
    *pages = 1;
    for (const QString &line : lines) {
        if (y > pageHeight) {
            writer.newPage();
            ++*pages;
            y = lineHeight;
        }
        painter.drawText(0, y, line);
        y += lineHeight;
    }
    painter.end();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace Akademiplan::Bench
