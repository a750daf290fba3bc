// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

class Project;
struct OutputOptions;

// The programme of one academy as one self-contained HTML page for a municipality's intranet:
// the academy, the programme at a glance, each track with its activities and their sessions, and
// the calendar of all sessions, in the words, dates and times of the programme plan. The page
// fetches nothing (its style sheet is inside it, it has no script, image or font), is built to
// meet WCAG 2.1 AA and reads in order without its style sheet. Participants' names are on it only
// with options.withParticipants. See docs/web-page.md.
class WebProgramme
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::WebProgramme)

public:
    // The page of the academy the options name, or of the first one, in UTF-8; empty when the
    // project has no academy.
    static QByteArray page(const Project &project, const OutputOptions &options);
    // Writes the page to `path`, replacing a file there only once the new one is complete; false
    // with the reason, naming the file, when it cannot.
    static bool write(const Project &project, const OutputOptions &options, const QString &path, QString *error);
};

} // namespace Akademiplan
