// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Akademiplan::Bench {

// The raw limit of the programme plan: the same text written to an A4 PDF with QPdfWriter, one
// drawText per line and a new page when one is full, with no layout at all. What the plan takes
// beyond this is its typesetting (measuring, breaking, tables, the timeline).
class PlainTextPdf
{
public:
    // Milliseconds; -1 when the file cannot be written. The number of pages goes to `pages`.
    static double write(const QStringList &lines, const QString &path, int *pages);
};

} // namespace Akademiplan::Bench
