// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Akademiplan {

class Project;

// Finds the academy, track, activity or person a user names on the command line: the exact name first,
// else the name in any case when only one row has it. 0, with the message in `error`, when none
// or several match; a null name is 0 without an error (the option was not given).
class NamedRows
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::NamedRows)

public:
    static qint64 academy(const Project &project, const QString &name, QString *error);
    // Within the academy when academyId is not 0.
    static qint64 track(const Project &project, const QString &name, qint64 academyId, QString *error);
    // Within the track, else within the academy, when they are not 0.
    static qint64 activity(const Project &project, const QString &name, qint64 academyId, qint64 trackId,
                           QString *error);
    // The person with this e-mail address (the case of its letters aside when only one has it).
    static qint64 participant(const Project &project, const QString &email, QString *error);
};

} // namespace Akademiplan
