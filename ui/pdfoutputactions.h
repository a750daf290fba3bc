// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "report/pdfdocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Akademiplan {

class Project;

// Preview, print and save of a typeset document, the same for every PDF the window writes:
// the programme plan, the council's one page, run sheets, a schedule, an invitation. The document
// is made when it is needed, from the choices in the dialog at that moment.
class PdfOutputActions
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::PdfOutputActions)

public:
    using MakeDocument = std::function<PdfDocument()>;

    // Qt's print preview, with pages on their side turned upright as on a printer.
    static void preview(QWidget *parent, const QString &title, const Project &project, const MakeDocument &make);
    static void print(QWidget *parent, const Project &project, const MakeDocument &make);
    // Asks where to save, beside the project file, and writes the PDF there with a busy
    // indicator; the path written, or empty when the user cancelled or it could not be written
    // (they were told why).
    static QString save(QWidget *parent, const QString &title, const QString &suggestedPath, const Project &project,
                        const MakeDocument &make);
    // "name.pdf" in the project file's folder, with characters no file name may hold replaced.
    static QString suggestion(const QString &projectPath, const QString &name, const QString &suffix);
};

} // namespace Akademiplan
