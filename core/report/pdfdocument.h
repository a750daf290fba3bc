// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planblock.h"
#include "planpage.h"
#include "planpainter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <functional>
#include <vector>

class QPagedPaintDevice;

namespace Akademiplan {

class Project;

// A typeset A4 document made of plan blocks: the programme plan, the council's one page, a run
// sheet, a personal schedule, an invitation. One place lays them out, paints them and writes the
// PDF (fonts embedded, metadata set, the file replaced only when complete), so that every output
// meets the same standard.
struct PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PdfDocument)

public:
    std::vector<PlanBlock> blocks;
    PlanPainter::Running running; // header and footer of every page
    QString title;                // the PDF's title, for archives and search
    QString author;               // the consultant, when known
    QString subject;              // what kind of document it is ("Programme plan", "Run sheet")
    QLocale locale = QLocale(QLocale::Danish, QLocale::Denmark);
    bool pdfA = false;
    // The blocks flow on without a page of their own for the cover or a heading (PlanLayout).
    bool continuous = false;
    // The academy whose timeline a Timeline block draws (0 when the document has none).
    qint64 academyId = 0;
    std::function<void(int, int)> progress;

    // The pages as they are painted on `device`, which is set up for them (A4, no margins).
    std::vector<PlanPage> layout(QPagedPaintDevice *device) const;
    // Paints the pages on `device`; with `turnSideways` a landscape page is turned onto an upright one.
    bool paint(const Project &project, QPagedPaintDevice *device, QString *error, bool turnSideways = false) const;
    // Writes the PDF to `path`; false with the reason in `error` when it cannot be written.
    bool write(const Project &project, const QString &path, QString *error) const;
    // The PDF's bytes, for writing many documents at once; empty with the reason on failure.
    QByteArray bytes(const Project &project, QString *error) const;

    static void setUpPage(QPagedPaintDevice *device);
    // "Page %1 of %2" in the language installed now, for a running footer.
    static QString pageNumbering();
    // The dots per inch of the PDF written, which a layout measured for it must use as well.
    static constexpr int resolution = 600;

private:
    bool writeTo(const Project &project, QIODevice *device, QString *error) const;
    bool paintPages(const Project &project, QPagedPaintDevice *device, const std::vector<PlanPage> &pages,
                    QString *error, bool turnSideways = false) const;
    QByteArray xmpMetadata() const;
    // The document's language as PDF and XMP name it ("da", "en").
    QByteArray languageTag() const;
    // A layout measured on `device`, which is set up for the pages first (A4, no margins).
    PlanLayout layoutOn(QPagedPaintDevice *device) const;
};

} // namespace Akademiplan
