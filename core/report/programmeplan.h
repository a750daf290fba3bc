// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "pdfdocument.h"
#include "planoptions.h"
#include "planpage.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace Akademiplan {

class Project;
struct Academy;

// The programme plan of one academy, as a typeset A4 document: cover, the academy, the
// timeline, one section per track, the calendar of all sessions and optional appendices.
// Written as PDF for the command line and the window, or painted on a printer.
class ProgrammePlan
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ProgrammePlan)

public:
    // Writes the plan to `path` (replacing it only when the new file is complete). On failure
    // returns false and says why in `error`.
    static bool exportPdf(const Project &project, const PlanOptions &options, const QString &path, QString *error);

    // How the pages laid out on their side (the timeline, the calendar) are put on paper.
    enum class SidewaysPages {
        OwnOrientation, // on pages of their own, as in the PDF
        TurnedUpright   // turned onto upright pages: a printer's paper, and Qt's print preview,
                        // which shows every page in the orientation the document ends with
    };

    // Paints the plan page by page on a printer or other paged device (print and preview).
    static bool paint(const Project &project, const PlanOptions &options, QPagedPaintDevice *device, QString *error,
                      SidewaysPages sideways = SidewaysPages::OwnOrientation);

    // The plan's pages as they are painted on `device`, which is set up for them (A4, no margins);
    // none when the project has no academy.
    static std::vector<PlanPage> layout(const Project &project, const PlanOptions &options,
                                        QPagedPaintDevice *device);

    // The academy the options name, or the first one; 0 when the project has none.
    static qint64 academyFor(const Project &project, const PlanOptions &options);

    // The plan as a document to lay out, paint or write; its academyId is 0 (and it has no
    // blocks) when the project has no academy.
    static PdfDocument document(const Project &project, const PlanOptions &options);
};

} // namespace Akademiplan
