// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "document/document.h"
#include "editor/projecteditor.h"
#include "testfiles.h"

#include <memory>

namespace Akademiplan::Test {

// A small academy whose attendance rates are known by heart. One track, "Ledere som
// innovatører", with a workshop of two sessions and a seminar of one:
//   - the workshop: Anne (manager), Bo and Carl (employees) enrolled, Dorte waitlisted;
//     Erik (politician) enrolled in the seminar only;
//   - 3 March: Anne present, Bo absent, Carl excused, Erik present (no place in the workshop);
//   - 10 March: Anne and Bo present, Carl not recorded;
//   - the seminar: nothing recorded.
// So the workshop is 3 present of 6 expected (0.5), the first session 1 of 3, the second 2 of 3,
// the managers 2 of 2 and the employees 1 of 4.
struct AttendanceProject
{
    TempFolder folder;
    QString path;
    std::unique_ptr<Document> document;
    std::unique_ptr<ProjectEditor> editor;
    qint64 academyId = 0, trackId = 0, workshopId = 0, seminarId = 0;
    qint64 firstSession = 0, secondSession = 0, seminarSession = 0;
    qint64 anne = 0, bo = 0, carl = 0, dorte = 0, erik = 0;

    // Without `record`, the enrolments are made but no attendance is recorded.
    explicit AttendanceProject(bool record = true);
    // The attendance of the description above, as one step.
    void recordKnownAttendance();
};

} // namespace Akademiplan::Test
