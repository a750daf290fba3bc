// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "outputoptions.h"
#include "pdfdocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Akademiplan {

class Project;
struct Activity;

// The letter that invites people to an activity: a short text the consultant may edit, with its
// placeholders filled in from the plan ({activity}, {sessions}, ...), as plain text for an e-mail
// or as a PDF. Each placeholder has an English and a Danish name ({sessions} and {sessioner}), so
// that a letter written in either language reads naturally while it is edited. A word in braces
// that is no placeholder is left as it is, so that a typo shows in the letter rather than vanish.
class InvitationLetter
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::InvitationLetter)

public:
    // The standard letter with its placeholders, in the language of `locale`.
    static QString standardText(const QLocale &locale);
    // The activity's own letter, or the standard one when it has none.
    static QString textOf(const Activity &activity, const QLocale &locale);
    // The placeholders with what each stands for, in the language of `locale`, for the editor.
    static QList<std::pair<QString, QString>> placeholders(const QLocale &locale);
    // `letter` with its placeholders filled in for the activity (the sessions one per line).
    static QString filledIn(const Project &project, qint64 activityId, const QString &letter, const QLocale &locale);
    // The letter as a one-page (or longer) A4 document: the municipality and the date at the top,
    // the activity as its title, the sessions as a table where {sessions} stands on its own line.
    static PdfDocument document(const Project &project, qint64 activityId, const QString &letter,
                                const OutputOptions &options);
    // Written whole or not at all, as PDF or as UTF-8 text by the file's suffix; false with the
    // reason when it cannot be written.
    static bool write(const Project &project, qint64 activityId, const QString &letter, const OutputOptions &options,
                      const QString &path, QString *error);
};

} // namespace Akademiplan
