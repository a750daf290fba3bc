// SPDX-License-Identifier: MPL-2.0
// The attendance grid's model follows every edit cell by cell: after marks, bulk marks, a person
// recorded without a place, an enrolment and undo, it shows exactly what a grid built afresh
// shows, and it keeps the item model contract all along.
#include "attendanceproject.h"
#include "catch.h"
#include "models/attendancegridmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// Every header and cell as text, with the status and the flag of each cell.
QStringList shown(const AttendanceGridModel &model)
{
    QStringList lines;
    for (int column = 0; column < model.columnCount(); ++column)
        lines.append(model.headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells{model.headerData(row, Qt::Vertical).toString()};
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            cells.append(index.data().toString() + QLatin1Char('/') + index.data(AttendanceGridModel::StatusRole).toString()
                         + QLatin1Char('/') + index.data(AttendanceGridModel::WithoutPlaceRole).toString());
        }
        lines.append(cells.join(QLatin1Char('|')));
    }
    return lines;
}

void checkLikeFresh(Document &document, ProjectEditor &editor, const AttendanceGridModel &model)
{
    AttendanceGridModel fresh(&document, &editor);
    fresh.setActivity(model.activityId());
    CHECK(shown(model) == shown(fresh));
}

} // namespace

TEST_CASE("the attendance grid model shows each edit and its undo as a grid built afresh would",
          "[attendance][models]")
{
    AttendanceProject p;
    AttendanceGridModel model(p.document.get(), p.editor.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setActivity(p.workshopId);

    // The people with a place by name, then Erik, recorded without one; the rates last.
    REQUIRE(model.rowCount() == 5);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(0, Qt::Vertical).toString() == QStringLiteral("Anne Holm"));
    CHECK(model.headerData(2, Qt::Vertical).toString() == QStringLiteral("Carl Berg"));
    CHECK(model.headerData(3, Qt::Vertical).toString().startsWith(QStringLiteral("Erik Dahl")));
    CHECK(model.index(3, 0).data(AttendanceGridModel::WithoutPlaceRole).toBool());
    CHECK(model.index(4, 0).data().toString() == QStringLiteral("33%"));
    CHECK(model.index(4, 1).data().toString() == QStringLiteral("67%"));
    CHECK(model.index(4, 2).data().toString() == QStringLiteral("50%"));
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("100%"));

    // Carl comes to the second session: his cell, his rate, the session's and the activity's.
    REQUIRE(model.setStatus({model.index(2, 1)}, AttendanceStatus::Present).ok);
    CHECK(model.index(2, 1).data().toString() == QStringLiteral("P"));
    CHECK(model.index(4, 1).data().toString() == QStringLiteral("100%"));
    CHECK(model.index(2, 2).data().toString() == QStringLiteral("50%"));
    CHECK(model.index(4, 2).data().toString() == QStringLiteral("67%"));
    checkLikeFresh(*p.document, *p.editor, model);

    // Erik's only record goes, and with it his row.
    REQUIRE(model.setStatus({model.index(3, 0)}, std::nullopt).ok);
    CHECK(model.rowCount() == 4);
    checkLikeFresh(*p.document, *p.editor, model);

    // Dorte gets her place: a row of her own, without a mark.
    for (const Enrolment &enrolment : p.document->project().enrolments)
        if (enrolment.participantId == p.dorte)
            REQUIRE(p.editor->setEnrolmentStatus(enrolment.id, EnrolmentStatus::Enrolled).ok);
    CHECK(model.rowCount() == 5);
    CHECK(model.personTally(3).expected == 2);
    checkLikeFresh(*p.document, *p.editor, model);

    // Clearing the second session altogether: it no longer counts, so every person's rate changes.
    REQUIRE(model.setStatus({model.index(0, 1), model.index(1, 1), model.index(2, 1)}, std::nullopt).ok);
    CHECK_FALSE(model.sessionTally(1).isRecorded());
    CHECK(model.personTally(0).expected == 1);
    checkLikeFresh(*p.document, *p.editor, model);

    for (int step = 0; step < 4; ++step) {
        p.document->undoStack()->undo();
        checkLikeFresh(*p.document, *p.editor, model);
    }
    CHECK(model.index(4 - 1, 0).data(AttendanceGridModel::WithoutPlaceRole).toBool());
    for (int step = 0; step < 4; ++step) {
        p.document->undoStack()->redo();
        checkLikeFresh(*p.document, *p.editor, model);
    }
}

TEST_CASE("everyone present marks only the enrolled who are not yet recorded at the session", "[attendance][models]")
{
    AttendanceProject p;
    AttendanceGridModel model(p.document.get(), p.editor.get());
    model.setActivity(p.workshopId);
    const int steps = p.document->undoStack()->count();

    // Bo was absent and Carl excused on 3 March: that stays. Erik has no place: not him either.
    CHECK(model.everyonePresent(0).ok);
    CHECK(p.document->undoStack()->count() == steps);
    REQUIRE(model.everyonePresent(1).ok);
    CHECK(p.document->undoStack()->count() == steps + 1);
    CHECK(model.statusAt(model.index(2, 1)) == AttendanceStatus::Present);
    CHECK(model.statusAt(model.index(1, 0)) == AttendanceStatus::Absent);
    CHECK(model.sessionTally(1).rate() == Approx(1.0));
}

TEST_CASE("a mark in a grid of 300 people and 20 sessions updates its cell and rates without building the grid anew",
          "[attendance][models]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("large.akademi"), false));
    ProjectEditor editor(*document);
    Academy academy;
    academy.id = -1;
    academy.name = QStringLiteral("Akademi");
    academy.startDate = QDate(2027, 1, 4);
    academy.endDate = QDate(2027, 12, 17);
    Track track;
    track.id = -1;
    track.academyId = -1;
    track.name = QStringLiteral("Spor");
    Activity course;
    course.id = -1;
    course.trackId = -1;
    course.title = QStringLiteral("Forløb");
    std::vector<AnyEntity> drafts = {academy, track, course};
    for (int week = 0; week < 20; ++week) {
        Session session;
        session.id = -(week + 1);
        session.activityId = -1;
        session.date = QDate(2027, 2, 1).addDays(7 * week);
        session.startTime = QTime(9, 0);
        session.endTime = QTime(12, 0);
        drafts.emplace_back(session);
    }
    for (int n = 1; n <= 300; ++n) {
        Participant person;
        person.id = -n;
        person.name = QStringLiteral("Person %1").arg(n, 3, 10, QLatin1Char('0'));
        drafts.emplace_back(person);
        Enrolment enrolment;
        enrolment.participantId = -n;
        enrolment.activityId = -1;
        drafts.emplace_back(enrolment);
    }
    REQUIRE(editor.insertAll(QStringLiteral("setup"), drafts).ok);
    AttendanceGridModel model(document.get(), &editor);
    model.setActivity(document->project().activities.items().front().id);
    REQUIRE(model.rateRow() == 300);
    REQUIRE(model.rateColumn() == 20);
    for (int column = 0; column < 20; ++column)
        REQUIRE(model.everyonePresent(column).ok);
    CHECK(model.activityTally().rate() == Approx(1.0));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(model.setStatus({model.index(150, 7)}, AttendanceStatus::Absent).ok);
    CHECK(resets.count() == 0);
    CHECK(changes.count() == 3); // the cell, the person's rate, the session's and the activity's
    CHECK(model.index(150, 7).data().toString() == QStringLiteral("A"));
    CHECK(model.sessionTally(7).present == 299);
    CHECK(model.personTally(150).present == 19);
}
