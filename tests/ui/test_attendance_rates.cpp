// SPDX-License-Identifier: MPL-2.0
// The academy's attendance at a glance: after one session is recorded, the activity, its track and
// the academy show who came of those enrolled, and the roles add up to the same people.
#include "attendanceratesdialog.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "i18n/displaytext.h"
#include "programmeactions.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAction>
#include <QTreeWidget>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the attendance rates show who came per activity track academy and role", "[attendance-rates]")
{
    OpenWindow open;
    Workspace *workspace = open.window.workspace();
    const Project &project = workspace->document()->project();
    // The first activity of the example with people and sessions.
    const Activity *activity = nullptr;
    QList<qint64> enrolled;
    for (const Activity &candidate : project.activities) {
        enrolled.clear();
        for (const Enrolment &enrolment : project.enrolments)
            if (enrolment.activityId == candidate.id && enrolment.status == EnrolmentStatus::Enrolled)
                enrolled.append(enrolment.participantId);
        if (enrolled.size() >= 3 && !project.sessionsOf(candidate.id).empty()) {
            activity = &candidate;
            break;
        }
    }
    REQUIRE(activity);
    const qint64 session = project.sessionsOf(activity->id).front()->id;
    QList<AttendanceMark> marks;
    for (qsizetype i = 0; i < enrolled.size(); ++i)
        marks.append({session, enrolled.at(i), i == 0 ? AttendanceStatus::Absent : AttendanceStatus::Present});
    REQUIRE(workspace->editor()->recordAttendance(marks).ok);

    const Track *track = project.tracks.find(activity->trackId);
    AttendanceRatesDialog dialog(project, track->academyId, &open.window);
    QTreeWidget *programme = dialog.programme();
    REQUIRE(programme->topLevelItemCount() == 1);
    const QString expectedRate = DisplayText::percent(double(enrolled.size() - 1) / double(enrolled.size()));
    QTreeWidgetItem *academy = programme->topLevelItem(0);
    CHECK(academy->text(1) == expectedRate);
    QTreeWidgetItem *trackRow = nullptr;
    for (int i = 0; i < academy->childCount(); ++i)
        if (academy->child(i)->text(0) == track->name)
            trackRow = academy->child(i);
    REQUIRE(trackRow);
    CHECK(trackRow->text(1) == expectedRate);
    int recordedActivities = 0;
    for (int i = 0; i < trackRow->childCount(); ++i) {
        QTreeWidgetItem *activityRow = trackRow->child(i);
        if (activityRow->text(0) == activity->title) {
            CHECK(activityRow->text(1) == expectedRate);
            CHECK(activityRow->text(2) == QString::number(enrolled.size() - 1));
            CHECK(activityRow->text(3) == QString::number(enrolled.size()));
            CHECK(activityRow->text(4) == QStringLiteral("1"));
            CHECK(activityRow->text(6) == QStringLiteral("1"));
            ++recordedActivities;
        } else {
            CHECK(activityRow->text(1) == QStringLiteral("not recorded"));
        }
    }
    CHECK(recordedActivities == 1);
    int expectedByRole = 0;
    for (int i = 0; i < dialog.roles()->topLevelItemCount(); ++i)
        expectedByRole += dialog.roles()->topLevelItem(i)->text(3).toInt();
    CHECK(expectedByRole == enrolled.size());

    // The Programme menu offers it while an academy is chosen.
    auto *action = open.window.findChild<QAction *>(QStringLiteral("attendanceRatesAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
}
