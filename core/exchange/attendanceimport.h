// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "csvformat.h"
#include "domain/attendance.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Akademiplan {

class Project;

// An attendance list read from a CSV file (a row per person and session: date, activity, e-mail
// or name, status) and judged against the project before anything changes. Each row names its
// session by the activity's title and the date, and its person by e-mail, else by name. Any
// problem stops the whole import; otherwise its marks go to ProjectEditor::recordAttendance().
class AttendanceImport
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::AttendanceImport)

public:
    // Activities are looked for in the academy and the track given; 0 for anywhere.
    static AttendanceImport prepare(const Project &project, const CsvTable &table, qint64 academyId = 0,
                                    qint64 trackId = 0);

    bool ok() const { return m_problems.isEmpty(); }
    // One line per problem: "row 4, column “Dato”: …", or one line about the file as a whole.
    const QStringList &problemLines() const { return m_problems; }
    const QList<AttendanceMark> &marks() const { return m_marks; }
    // "12 marks (10 present, 1 absent, 1 excused), 2 of them as already recorded".
    QString summary() const;

    // Danish and English words for a status, in any case: "mødt", "til stede", "present", "x";
    // "fraværende", "fravær", "absent"; "afbud", "excused".
    static std::optional<AttendanceStatus> statusOfWord(const QString &word);

private:
    QList<AttendanceMark> m_marks;
    QStringList m_problems;
    int m_unchanged = 0;
};

} // namespace Akademiplan
