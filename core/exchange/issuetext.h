// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"
#include "domain/validationissue.h"

#include <QCoreApplication>

namespace Akademiplan {

// A broken rule in a sentence that says which row it is about, so that a consultant can find and
// mend it: "Session on 04.03.2027 of “Workshop”: The session ends before it starts."
class IssueText
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::IssueText)

public:
    static QString describe(const Project &project, const ValidationIssue &issue);
    // The row a reader recognises: its name, title or, for a session, its date and activity.
    static QString rowName(const Project &project, EntityType type, qint64 id);
};

} // namespace Akademiplan
