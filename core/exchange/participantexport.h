// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Akademiplan {

class Project;

// Which people a participant list holds: everyone, those enrolled in an academy (in any of its
// tracks or activities), or those enrolled in one track or activity, with their status.
struct ExportScope
{
    qint64 academyId = 0;
    qint64 trackId = 0;
    qint64 activityId = 0;
};

// The participant list as a spreadsheet reads it: the columns an import recognises (name,
// e-mail, phone, role, organisation), so that the file comes back unchanged, and for a track or
// an activity the enrolment's status. Sorted by name, as a list on paper is.
class ParticipantExport
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ParticipantExport)

public:
    static QList<QStringList> rows(const Project &project, const ExportScope &scope);
    // Written whole or not at all; false with the reason when the file cannot be written.
    // `people`, when given, is set to the number of people written.
    static bool write(const Project &project, const ExportScope &scope, const QString &path, QString *error,
                      int *people = nullptr);
};

} // namespace Akademiplan
