// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "outputoptions.h"
#include "pdfdocument.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Akademiplan {

class Project;
struct Session;

// The facilitator's run sheet ("drejebog") for each session of an activity, track or academy, or
// for one session: what the day is (activity, date, week, time, place, facilitator, purpose), its
// timed agenda, the partners taking part and the materials to bring, then a sign-in list of the
// people enrolled with rows to spare for walk-ins. Each session starts on a new page; see
// docs/run-sheets.md.
class RunSheet
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::RunSheet)

public:
    // The sessions the options cover, in date order: the one session, else all of the activity,
    // else of the track, else of the academy (the first one when none is named).
    static std::vector<const Session *> sessions(const Project &project, const OutputOptions &options);
    // The run sheets as a document to preview, print or write; no blocks when there is no session.
    static PdfDocument document(const Project &project, const OutputOptions &options);
    // Writes the run sheets to `path` (replacing it only when complete); false with the reason in
    // `error`, also when the options cover no session. `written` is set to the number of sessions.
    static bool write(const Project &project, const OutputOptions &options, const QString &path, QString *error,
                      int *written = nullptr);

    // How many empty rows a sign-in list of `enrolled` people has for those who come unannounced:
    // a tenth more, at least three.
    static int walkInRows(int enrolled);
};

} // namespace Akademiplan
