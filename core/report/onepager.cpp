// SPDX-License-Identifier: MPL-2.0
#include "onepager.h"

#include "domain/project.h"
#include "i18n/scopedlanguage.h"
#include "onepagercontent.h"
#include "outputoptions.h"
#include "planlayout.h"
#include "planoptions.h"
#include "programmeplan.h"

#include <QBuffer>
#include <QPdfWriter>

namespace Akademiplan {

namespace {

// One page, with a little room below the last line: a printer or a preview measures text a
// shade differently from the PDF writer the page is laid out for.
bool fitsOnePage(const std::vector<PlanPage> &pages, const PlanLayout &layout)
{
    if (pages.size() != 1)
        return false;
    qreal bottom = 0;
    for (const PlanItem &item : pages.front().items)
        bottom = std::max(bottom, item.rect.bottom());
    return bottom <= layout.bodyRect(false).bottom() - layout.mm(2);
}

} // namespace

PdfDocument OnePager::document(const Project &project, const OutputOptions &options)
{
    PdfDocument document;
    PlanOptions scope;
    scope.academyId = options.academyId;
    document.academyId = ProgrammePlan::academyFor(project, scope);
    if (document.academyId == 0)
        return document;
    const ScopedLanguage language(options.locale);
    const Academy &academy = *project.academies.find(document.academyId);
    const OnePagerContent content(project, academy, options);
    document.continuous = true;
    document.running = content.running();
    document.title = academy.name;
    document.author = academy.consultant;
    document.subject = tr("One-page summary");
    document.locale = options.locale;

    // Laid out on the PDF writer it is written with, at less detail while it takes more than a page.
    QBuffer nowhere;
    QPdfWriter measure(&nowhere);
    measure.setResolution(PdfDocument::resolution);
    PdfDocument::setUpPage(&measure);
    const PlanLayout page(&measure, measure.logicalDpiX() / 25.4);
    for (int level = 0; level < OnePagerContent::levels(); ++level) {
        document.blocks = content.blocks(level);
        if (fitsOnePage(document.layout(&measure), page))
            break;
    }
    return document;
}

bool OnePager::write(const Project &project, const OutputOptions &options, const QString &path, QString *error)
{
    const PdfDocument page = document(project, options);
    if (page.academyId == 0) {
        *error = tr("The project has no academy to summarise.");
        return false;
    }
    return page.write(project, path, error);
}

} // namespace Akademiplan
