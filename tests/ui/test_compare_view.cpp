// SPDX-License-Identifier: MPL-2.0
// File › Compare with… as a consultant uses it: a copy that came back, shown entity by entity, and
// merged as decided.
#include "catch.h"
#include "comparedialog.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "merge/returnedcopycomparer.h"
#include "models/comparisonmodel.h"
#include "testfiles.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct RoundTrip
{
    TempFolder folder;
    QString mine;
    QString theirs;
    QUuid movedSession;
    QDate movedTo;
    QUuid retitled;   // both sides changed its title
    QUuid relocated;  // only theirs changed its location
};

// The consultant shares the example, the municipality moves a session, gives an activity a new
// location and another title; the consultant meanwhile gives that activity a title of their own.
void playRoundTrip(RoundTrip &trip)
{
    trip.mine = makeProjectFile(trip.folder, QStringLiteral("plan.akademi"), true);
    trip.theirs = trip.folder.path(QStringLiteral("returned.akademi"));
    {
        auto document = openDocument(trip.mine);
        FileProblem problem;
        ShareOptions options;
        options.recipient = QStringLiteral("HR");
        options.withoutPersonalData = false;
        REQUIRE(document->shareCopy(trip.theirs, options, &problem));
    }
    {
        auto theirs = openDocument(trip.theirs);
        ProjectEditor editor(*theirs);
        Session session = theirs->project().sessions.at(2);
        trip.movedSession = session.uuid;
        trip.movedTo = session.date.addDays(7);
        session.date = trip.movedTo;
        REQUIRE(editor.update(session).ok);
        Activity retitled = theirs->project().activities.at(3);
        trip.retitled = retitled.uuid;
        retitled.title = QStringLiteral("Their title");
        REQUIRE(editor.update(retitled).ok);
        Activity relocated = theirs->project().activities.at(1);
        trip.relocated = relocated.uuid;
        relocated.location = QStringLiteral("Town hall, room 2");
        REQUIRE(editor.update(relocated).ok);
        Participant newcomer;
        newcomer.name = QStringLiteral("Mette Holm");
        newcomer.role = ParticipantRole::KeyPerson;
        const EditResult added = editor.addParticipant(newcomer);
        REQUIRE(added.ok);
        REQUIRE(editor.enrolInActivity(relocated.id, {added.id}).ok);
        FileProblem problem;
        REQUIRE(theirs->save(&problem));
    }
}

QModelIndex findRow(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
        if (const QModelIndex found = findRow(model, text, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

TEST_CASE("the compare view shows each difference in its group and merges only once every conflict is chosen",
          "[ui][merge]")
{
    RoundTrip trip;
    playRoundTrip(trip);
    auto document = openDocument(trip.mine);
    ProjectEditor editor(*document);
    for (const Activity &activity : document->project().activities)
        if (activity.uuid == trip.retitled) {
            Activity mine = activity;
            mine.title = QStringLiteral("My title");
            REQUIRE(editor.update(mine).ok);
        }

    auto comparison = std::make_shared<CopyComparison>();
    FileProblem problem;
    REQUIRE(ReturnedCopyComparer::compare(*document, trip.theirs, *comparison, &problem));
    CHECK(comparison->mode == CopyComparison::Mode::ThreeWay);
    CompareDialog dialog(document.get(), comparison);
    dialog.show();
    auto *tree = dialog.findChild<QTreeView *>(QStringLiteral("differences"));
    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    auto *keepYours = dialog.findChild<QPushButton *>(QStringLiteral("keepYours"));
    auto *takeAll = dialog.findChild<QPushButton *>(QStringLiteral("takeAll"));
    auto *counts = dialog.findChild<QLabel *>(QStringLiteral("counts"));
    auto *base = dialog.findChild<QLabel *>(QStringLiteral("baseDescription"));
    REQUIRE(tree);
    REQUIRE(merge);
    REQUIRE(keepYours);
    REQUIRE(takeAll);
    REQUIRE(counts);
    REQUIRE(base);
    CHECK(base->text().contains(QStringLiteral("the copy you shared with HR")));
    CHECK(counts->text().contains(QStringLiteral("4 changes of theirs")));
    CHECK(counts->text().contains(QStringLiteral("1 conflict to choose")));

    const QAbstractItemModel *model = tree->model();
    // The conflict is the activity with both titles, in its track under the academy.
    const QModelIndex conflict = findRow(model, QStringLiteral("My title"));
    REQUIRE(conflict.isValid());
    CHECK(conflict.parent().parent().isValid());
    CHECK(conflict.siblingAtColumn(ComparisonModel::YoursColumn).data().toString().contains(QStringLiteral("My title")));
    CHECK(conflict.siblingAtColumn(ComparisonModel::TheirsColumn).data().toString().contains(QStringLiteral("Their title")));
    CHECK(conflict.siblingAtColumn(ComparisonModel::DecisionColumn).data().toString() == QStringLiteral("Choose"));
    const QModelIndex moved = findRow(model, QStringLiteral("Session 3 of %1").arg(conflict.data().toString()));
    CHECK_FALSE(merge->isEnabled());

    // Nothing of theirs is taken until the consultant says so; one click takes all that do not
    // conflict, and the conflict still has to be chosen.
    QTest::mouseClick(takeAll, Qt::LeftButton);
    CHECK(counts->text().contains(QStringLiteral("4 to take in")));
    CHECK_FALSE(merge->isEnabled());
    tree->selectionModel()->select(conflict, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::mouseClick(keepYours, Qt::LeftButton);
    CHECK(conflict.siblingAtColumn(ComparisonModel::DecisionColumn).data().toString() == QStringLiteral("Keep yours"));
    REQUIRE(merge->isEnabled());

    const int stepsBefore = document->undoStack()->count();
    QTest::mouseClick(merge, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.mergedCount() == 4);
    CHECK(document->undoStack()->count() == stepsBefore + 1);
    bool sawMove = false;
    for (const Session &session : document->project().sessions)
        if (session.uuid == trip.movedSession) {
            CHECK(session.date == trip.movedTo);
            sawMove = true;
        }
    CHECK(sawMove);
    for (const Activity &activity : document->project().activities) {
        if (activity.uuid == trip.retitled)
            CHECK(activity.title == QStringLiteral("My title"));
        if (activity.uuid == trip.relocated)
            CHECK(activity.location == QStringLiteral("Town hall, room 2"));
    }
    Q_UNUSED(moved)

    // Compared again before saving, the copy has nothing new: the conflict decided for the
    // consultant's title is now a change of their own.
    CopyComparison again;
    REQUIRE(ReturnedCopyComparer::compare(*document, trip.theirs, again, &problem));
    CHECK(again.theirChangeCount() == 0);
    CHECK(again.conflictCount() == 0);
    REQUIRE(again.differences.size() == 1);
    CHECK(again.differences.front().uuid == trip.retitled);

    // The merge is one step: Undo takes all of it back.
    document->undoStack()->undo();
    for (const Activity &activity : document->project().activities)
        if (activity.uuid == trip.relocated)
            CHECK(activity.location != QStringLiteral("Town hall, room 2"));
}

TEST_CASE("ticking a group in the compare view takes every change of theirs below it", "[ui][merge]")
{
    RoundTrip trip;
    playRoundTrip(trip);
    auto document = openDocument(trip.mine);
    auto comparison = std::make_shared<CopyComparison>();
    FileProblem problem;
    REQUIRE(ReturnedCopyComparer::compare(*document, trip.theirs, *comparison, &problem));
    ComparisonModel model(comparison);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex academy = model.index(0, ComparisonModel::ChangeColumn);
    CHECK(academy.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    REQUIRE(model.flags(academy).testFlag(Qt::ItemIsUserCheckable));
    REQUIRE(model.setData(academy, Qt::Checked, Qt::CheckStateRole));
    CHECK(academy.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.takenCount() == 3);
    CHECK(model.undecidedConflicts() == 0);

    // The people: the person they added, with the place they gave her under her name.
    const QModelIndex people = model.index(1, ComparisonModel::ChangeColumn);
    CHECK(people.data().toString() == QStringLiteral("People and organisations"));
    const QModelIndex newcomer = findRow(&model, QStringLiteral("Mette Holm"));
    REQUIRE(newcomer.isValid());
    CHECK(newcomer.parent() == people);
    CHECK(newcomer.siblingAtColumn(ComparisonModel::TheirsColumn).data().toString() == QStringLiteral("added"));
    REQUIRE(model.rowCount(newcomer) == 1);
    CHECK(model.index(0, ComparisonModel::TheirsColumn, newcomer).data().toString().startsWith(QStringLiteral("enrolled in")));
    CHECK(model.flags(newcomer).testFlag(Qt::ItemIsUserCheckable));
    CHECK(newcomer.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    REQUIRE(model.setData(people, Qt::Checked, Qt::CheckStateRole));
    CHECK(newcomer.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.takenCount() == 5);
}
