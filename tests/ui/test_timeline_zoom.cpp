// SPDX-License-Identifier: MPL-2.0
// Zooming the timeline where the consultant is looking: Ctrl and the wheel around the session
// under the pointer, Ctrl++ around the selected session, and the selection kept throughout.
#include "catch.h"
#include "mainwindow.h"
#include "programmepage.h"
#include "timelineview.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QApplication>
#include <QTabWidget>
#include <QTest>
#include <QWheelEvent>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct OpenTimeline : OpenWindow
{
    TimelineView *timeline = nullptr;

    OpenTimeline()
    {
        timeline = window.timelineView();
        window.tabs()->setCurrentWidget(timeline);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        timeline->setFocus();
        REQUIRE(timeline->timelineLayout().marks().size() > 20);
    }

    // The sessions of a track that lie wholly in view, well clear of the edges.
    QList<qint64> inView(int laneIndex) const
    {
        QList<qint64> found;
        const TimelineLayout &layout = timeline->timelineLayout();
        for (const TimelineLayout::SessionMark &mark : layout.marks()) {
            const QRectF rect = timeline->sessionRect(mark.sessionId);
            if (mark.laneIndex == laneIndex && rect.left() > layout.chartRect().left() + 40
                && rect.right() < timeline->viewport()->width() - 40)
                found.append(mark.sessionId);
        }
        return found;
    }

    qreal centreOf(qint64 session) const { return timeline->sessionRect(session).center().x(); }

    void wheel(const QPointF &at, int delta)
    {
        QWheelEvent event(at, timeline->viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(timeline->viewport(), &event);
    }
};

} // namespace

TEST_CASE("Ctrl and the wheel zoom around the session under the pointer and keep the selection", "[ui][timeline]")
{
    OpenTimeline open;
    TimelineView *timeline = open.timeline;
    const QList<qint64> sessions = open.inView(1);
    REQUIRE(sessions.size() >= 3);
    const qint64 selected = sessions.front();
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->sessionRect(selected).center().toPoint());
    REQUIRE(timeline->selectedSession() == selected);

    // The pointer on another session, a little right of its middle.
    const qint64 pointed = sessions.at(sessions.size() / 2);
    const QRectF rect = timeline->sessionRect(pointed);
    const QPointF pointer(rect.center().x() + rect.width() / 4, rect.center().y());
    const qreal width = timeline->contentWidth();
    for (int notch = 0; notch < 3; ++notch) {
        open.wheel(pointer, 120);
        INFO("after " << notch + 1 << " notches: " << timeline->sessionRect(pointed).left() << " to "
                      << timeline->sessionRect(pointed).right() << ", pointer at " << pointer.x());
        CHECK(timeline->sessionAt(pointer.toPoint()) == pointed);
        CHECK(std::abs(open.centreOf(pointed) - rect.center().x()) <= 4);
    }
    CHECK(timeline->contentWidth() > width * 1.5);
    CHECK(timeline->selectedSession() == selected);

    // And out again, around the same session.
    open.wheel(pointer, -120);
    CHECK(timeline->sessionAt(pointer.toPoint()) == pointed);
    CHECK(timeline->selectedSession() == selected);
}

TEST_CASE("Ctrl+plus zooms around the selected session and the arrow keys and Enter work on the selection",
          "[ui][timeline]")
{
    OpenTimeline open;
    TimelineView *timeline = open.timeline;
    const QList<qint64> sessions = open.inView(1);
    REQUIRE(sessions.size() >= 3);
    // A session away from the middle, where zooming around the middle would move it most.
    const qint64 selected = sessions.back();
    QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->sessionRect(selected).center().toPoint());
    REQUIRE(timeline->selectedSession() == selected);
    const qreal before = open.centreOf(selected);
    const qreal width = timeline->contentWidth();

    QTest::keyClick(timeline, Qt::Key_Plus, Qt::ControlModifier);
    CHECK(timeline->contentWidth() > width * 1.3);
    CHECK(timeline->selectedSession() == selected);
    CHECK(std::abs(open.centreOf(selected) - before) <= 2);
    QTest::keyClick(timeline, Qt::Key_Minus, Qt::ControlModifier);
    CHECK(timeline->selectedSession() == selected);
    CHECK(std::abs(open.centreOf(selected) - before) <= 2);

    // Left goes to the session before along the same track; Enter opens its activity.
    QTest::keyClick(timeline, Qt::Key_Left);
    const qint64 previous = timeline->selectedSession();
    CHECK(previous != selected);
    CHECK(previous != 0);
    const TimelineLayout::SessionMark *mark = timeline->timelineLayout().markOf(previous);
    REQUIRE(mark);
    CHECK(mark->laneIndex == 1);
    CHECK(mark->rect.center().x() < timeline->timelineLayout().markOf(selected)->rect.center().x());
    const qint64 activity = mark->activityId;
    QTest::keyClick(timeline, Qt::Key_Return);
    CHECK(open.window.tabs()->currentWidget() == open.window.programmePage());
    CHECK(open.window.programmePage()->current() == std::pair<int, qint64>(int(EntityType::Activity), activity));
}
