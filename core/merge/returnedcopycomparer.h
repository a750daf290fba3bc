// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "comparison.h"
#include "storage/fileproblem.h"

#include <QCoreApplication>

namespace Akademiplan {

class Document;

// Reads a copy of the project that came back and compares it with the open document: three-way
// against the revision both started from when the document knows it (it shared the copy, or took
// in an earlier version of it), two-way otherwise. A file of another project, of a newer version
// or a damaged one is refused with its message and nothing changes.
class ReturnedCopyComparer
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ReturnedCopyComparer)

public:
    static bool compare(Document &document, const QString &theirPath, CopyComparison &comparison, FileProblem *problem);
};

} // namespace Akademiplan
