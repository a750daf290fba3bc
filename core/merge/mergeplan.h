// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "comparison.h"
#include "domain/changeset.h"
#include "resolution.h"
#include "storage/revisionnote.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Akademiplan {

class Document;

// Turns a comparison and the consultant's decisions into one change set against the open
// project, and the record of the copy taken in: its rows, with the consultant's own names where
// the copy had neutral labels, become the base of the next merge with a later version of it.
class MergePlan
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::MergePlan)

public:
    struct Result
    {
        ChangeSet changes;
        // What stops the merge: an undecided conflict, a value that cannot be used. One line each.
        QStringList problems;
        // What the merge leads to that the consultant should know first (more enrolled than an
        // activity has places, a duplicate enrolment left out).
        QStringList warnings;
        TakenInCopy takenIn;
        int taken = 0; // differences whose version of theirs is taken
    };

    // `resolutions` has one entry per difference of the comparison. A row that went with a
    // removal that is a conflict (a session of an activity one side removed), or that theirs added
    // under a row the consultant removed, follows the decision on that removal.
    // The domain's rules are checked on the change set as a whole: what they forbid is a problem,
    // what they warn of a warning.
    static Result build(Document &document, const CopyComparison &comparison, const std::vector<Resolution> &resolutions);
    // Every change of theirs that does not conflict taken, and each conflict decided as `conflicts`
    // says (Undecided leaves them to the consultant).
    static std::vector<Resolution> takeAllWithoutConflict(const CopyComparison &comparison,
                                                          Resolution::Decision conflicts);
};

} // namespace Akademiplan
