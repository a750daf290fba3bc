// SPDX-License-Identifier: MPL-2.0
// Drag and drop in the navigator, through the model calls the tree view makes on a drop: an
// activity dropped on another track moves there as one edit that Undo takes back, an activity
// dropped among its siblings takes that place, tracks reorder, and a drop that has no meaning
// (an activity onto an academy) is refused before anything changes.
#include "models/academytreemodel.h"
#include "programmepage.h"
#include "workspace.h"
#include "windowfixture.h"

#include <QMimeData>
#include <QTreeView>

#include <memory>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QStringList titlesOf(const Project &project, qint64 trackId)
{
    QStringList titles;
    for (const Activity *activity : project.activitiesOf(trackId))
        titles.append(activity->title);
    return titles;
}

QStringList navigatorChildren(QTreeView *navigator, const QModelIndex &parent)
{
    QStringList rows;
    for (int row = 0; row < navigator->model()->rowCount(parent); ++row)
        rows.append(navigator->model()->index(row, 0, parent).data().toString());
    return rows;
}

} // namespace

TEST_CASE("dragging an activity to another track moves it there and Undo moves it back", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Project &project = window.document()->project();
    auto *model = window.workspace()->academyTree();
    QTreeView *navigator = window.programmePage()->navigator();
    const std::vector<const Track *> tracks = project.tracksOf(project.academies.at(0).id);
    const qint64 from = tracks[0]->id, to = tracks[2]->id;
    const QStringList fromBefore = titlesOf(project, from), toBefore = titlesOf(project, to);
    const Activity *moving = project.activitiesOf(from).front();
    const qint64 movingId = moving->id;
    const QString title = moving->title;

    const QModelIndex source = model->indexOf(EntityType::Activity, movingId);
    std::unique_ptr<QMimeData> data(model->mimeData({source}));
    REQUIRE(data);
    const QModelIndex target = model->indexOf(EntityType::Track, to);
    // Between the first and the second activity of the other track.
    REQUIRE(model->canDropMimeData(data.get(), Qt::MoveAction, 1, 0, target));
    REQUIRE(model->dropMimeData(data.get(), Qt::MoveAction, 1, 0, target));

    CHECK(project.activities.find(movingId)->trackId == to);
    QStringList expected = toBefore;
    expected.insert(1, title);
    CHECK(titlesOf(project, to) == expected);
    CHECK(navigatorChildren(navigator, model->indexOf(EntityType::Track, to)) == expected);
    CHECK(window.programmePage()->current() == std::pair<int, qint64>(int(EntityType::Activity), movingId));
    CHECK(window.document()->undoStack()->undoText().contains(title));

    window.document()->undoStack()->undo();
    CHECK(project.activities.find(movingId)->trackId == from);
    CHECK(titlesOf(project, from) == fromBefore);
    CHECK(titlesOf(project, to) == toBefore);
    CHECK(navigatorChildren(navigator, model->indexOf(EntityType::Track, from)) == fromBefore);
}

TEST_CASE("dropping an activity among its siblings reorders the track and the plan follows", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Project &project = window.document()->project();
    auto *model = window.workspace()->academyTree();
    const Track *track = project.tracksOf(project.academies.at(0).id)[1];
    const QStringList before = titlesOf(project, track->id);
    REQUIRE(before.size() >= 3);

    // The last activity dropped onto the first one takes its place.
    const QModelIndex last = model->indexOf(EntityType::Activity, project.activitiesOf(track->id).back()->id);
    const QModelIndex first = model->indexOf(EntityType::Activity, project.activitiesOf(track->id).front()->id);
    std::unique_ptr<QMimeData> data(model->mimeData({last}));
    REQUIRE(model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, first));
    QStringList expected = before;
    expected.prepend(expected.takeLast());
    CHECK(titlesOf(project, track->id) == expected);

    // And back down below the second row of the track, counted as the view counts rows.
    const QModelIndex moved = model->indexOf(EntityType::Activity, project.activitiesOf(track->id).front()->id);
    std::unique_ptr<QMimeData> again(model->mimeData({moved}));
    REQUIRE(model->dropMimeData(again.get(), Qt::MoveAction, 2, 0, moved.parent()));
    expected.move(0, 1);
    CHECK(titlesOf(project, track->id) == expected);
}

TEST_CASE("tracks reorder by drag and an activity cannot be dropped onto an academy", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Project &project = window.document()->project();
    auto *model = window.workspace()->academyTree();
    const qint64 academyId = project.academies.at(0).id;
    const std::vector<const Track *> tracks = project.tracksOf(academyId);
    const qint64 lastTrack = tracks.back()->id;
    const QModelIndex academy = model->indexOf(EntityType::Academy, academyId);

    std::unique_ptr<QMimeData> track(model->mimeData({model->indexOf(EntityType::Track, lastTrack)}));
    REQUIRE(model->dropMimeData(track.get(), Qt::MoveAction, 0, 0, academy));
    CHECK(project.tracksOf(academyId).front()->id == lastTrack);
    CHECK(model->index(0, 0, academy).data(AcademyTreeModel::IdRole).toLongLong() == lastTrack);

    const qint64 activity = project.activities.at(0).id;
    std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(EntityType::Activity, activity)}));
    const int steps = window.document()->undoStack()->count();
    CHECK_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, academy));
    CHECK_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, academy));
    CHECK(window.document()->undoStack()->count() == steps);
}
