// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "pdfdocument.h"

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

class Project;
struct OutputOptions;

// The city council's one page about an academy: its name, municipality and period, its purpose
// and focus areas, its tracks and their target groups, the year at a glance, the council's own
// sessions, what it costs and what the municipality pays, and its headline indicators. Always
// exactly one A4 page: it is laid out at less and less detail (OnePagerContent) until it fits,
// so that it summarises rather than cuts a word, and the least detailed fits any data.
class OnePager
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::OnePager)

public:
    // The page as a document to lay out, paint (the window's preview) or write, in the language
    // of `options.locale`; its academyId is 0 (and it has no blocks) when the project has no academy.
    static PdfDocument document(const Project &project, const OutputOptions &options);

    // Writes the page as PDF to `path`, replacing it only when the new file is complete. On failure
    // returns false and says why in `error`.
    static bool write(const Project &project, const OutputOptions &options, const QString &path, QString *error);
};

} // namespace Akademiplan
