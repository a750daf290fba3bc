// SPDX-License-Identifier: MPL-2.0
// The navigator's icons: the academy, each track as a swatch of its colour, and a picture per kind
// of activity, sharp on a screen at scale 2.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "mainwindow.h"
#include "models/academytreemodel.h"
#include "programmepage.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSet>
#include <QTreeView>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

QIcon iconOf(const QModelIndex &index)
{
    return index.data(Qt::DecorationRole).value<QIcon>();
}

QImage pictureOf(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

TEST_CASE("each track in the navigator carries a swatch of its colour, sharp at scale 2", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const QAbstractItemModel *tree = window.programmePage()->navigator()->model();
    const Project &project = window.document()->project();
    REQUIRE(project.tracks.size() == 4);
    for (const Track &track : project.tracks) {
        const QModelIndex index = window.workspace()->academyTree()->indexOf(EntityType::Track, track.id);
        REQUIRE(index.model() == tree);
        const QIcon icon = iconOf(index);
        INFO(track.name.toStdString());
        REQUIRE_FALSE(icon.isNull());
        for (QIcon::Mode mode : {QIcon::Normal, QIcon::Selected}) {
            const QPixmap sharp = icon.pixmap(QSize(16, 16), 2.0, mode);
            CHECK(sharp.size() == QSize(32, 32));
            CHECK(sharp.deviceIndependentSize() == QSizeF(16, 16));
            // The colour itself, also on a selected row, where a view would tint a plain icon.
            CHECK(sharp.toImage().pixelColor(16, 16).rgb() == track.colour.rgb());
        }
    }
}

TEST_CASE("the navigator shows an icon for the academy and for each kind of activity", "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    AcademyTreeModel *tree = window.workspace()->academyTree();
    const Project &project = window.document()->project();
    const QIcon academy = iconOf(tree->indexOf(EntityType::Academy, project.academies.at(0).id));
    REQUIRE_FALSE(academy.isNull());
    CHECK(academy.pixmap(QSize(16, 16), 2.0).size() == QSize(32, 32));

    // One picture per kind: the same for two courses, another for a seminar. The model hands out
    // the icon it made once, so a repaint loads nothing.
    QHash<int, qint64> iconOfKind;
    QSet<qint64> pictures;
    for (const Activity &activity : project.activities) {
        const QIcon icon = iconOf(tree->indexOf(EntityType::Activity, activity.id));
        INFO(activity.title.toStdString());
        REQUIRE_FALSE(icon.isNull());
        const int kind = int(activity.kind);
        if (iconOfKind.contains(kind))
            CHECK(iconOfKind.value(kind) == icon.cacheKey());
        iconOfKind.insert(kind, icon.cacheKey());
        pictures.insert(icon.cacheKey());
    }
    CHECK(iconOfKind.size() >= 4);
    CHECK(pictures.size() == iconOfKind.size());

    // Changing an activity's kind changes its picture in the navigator.
    Activity changed = project.activities.at(0);
    const QImage before = pictureOf(iconOf(tree->indexOf(EntityType::Activity, changed.id)));
    changed.kind = changed.kind == ActivityKind::Masterclass ? ActivityKind::NetworkMeeting : ActivityKind::Masterclass;
    REQUIRE(window.workspace()->editor()->update(changed).ok);
    const QImage after = pictureOf(iconOf(tree->indexOf(EntityType::Activity, changed.id)));
    CHECK_FALSE(after.isNull());
    CHECK(after != before);
}

TEST_CASE("a follow-up meeting has a picture of its own in the navigator and not that of any other activity",
          "[ui][navigator]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    AcademyTreeModel *tree = window.workspace()->academyTree();
    Activity changed = window.document()->project().activities.at(0);
    changed.kind = ActivityKind::Other;
    REQUIRE(window.workspace()->editor()->update(changed).ok);
    const QImage other = pictureOf(iconOf(tree->indexOf(EntityType::Activity, changed.id)));
    changed.kind = ActivityKind::FollowUpMeeting;
    REQUIRE(window.workspace()->editor()->update(changed).ok);
    const QImage followUp = pictureOf(iconOf(tree->indexOf(EntityType::Activity, changed.id)));
    CHECK_FALSE(followUp.isNull());
    CHECK(followUp != other);
}
