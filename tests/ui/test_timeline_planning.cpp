// SPDX-License-Identifier: MPL-2.0
// Planning on the timeline: moving a session by dragging it or with Alt and the arrow keys, as one
// step that Ctrl+Z takes back, and reading the Danish year and the activities off the picture.
// Where this fails, the consultant would drop a session on the wrong day, lose a move to a
// stray Escape, or plan a seminar on a holiday without the timeline saying so.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "mainwindow.h"
#include "planning/planchecker.h"
#include "timelineview.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct PlanningTimeline : OpenWindow
{
    TimelineView *timeline = nullptr;

    PlanningTimeline()
    {
        timeline = window.timelineView();
        window.tabs()->setCurrentWidget(timeline);
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        timeline->setFocus();
        // A scroll bar shown or hidden on the first layout lays out once more, which the tests
        // must not see halfway.
        QCoreApplication::processEvents();
        REQUIRE(timeline->timelineLayout().marks().size() > 20);
    }

    const Project &project() const { return window.document()->project(); }
    QWidget *viewport() const { return timeline->viewport(); }
    const TimelineLayout &layout() const { return timeline->timelineLayout(); }

    // A session of the leadership track wholly in view with room around it to move it a week.
    qint64 movableSession() const
    {
        const qreal week = 7 * layout().pixelsPerDay();
        for (const TimelineLayout::SessionMark &mark : layout().marks()) {
            const QRectF rect = timeline->sessionRect(mark.sessionId);
            if (mark.laneIndex == 1 && rect.left() > layout().chartRect().left() + 2 * week
                && rect.right() < viewport()->width() - 2 * week && rect.top() > layout().chartRect().top()
                && rect.bottom() < viewport()->height())
                return mark.sessionId;
        }
        FAIL("no session of the leadership track in view");
        return 0;
    }

    Session session(qint64 id) const { return *project().sessions.find(id); }

    // A mouse move with the left button held, as QTest has no drag of its own.
    void dragTo(const QPointF &position, Qt::KeyboardModifiers modifiers = {})
    {
        QMouseEvent event(QEvent::MouseMove, position, viewport()->mapToGlobal(position), Qt::NoButton,
                          Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport(), &event);
    }

    // The tooltip shown at a point, or nothing when none is.
    QString toolTipAt(const QPoint &position) const
    {
        QToolTip::hideText();
        REQUIRE(QTest::qWaitFor([] { return !QToolTip::isVisible(); }));
        QHelpEvent help(QEvent::ToolTip, position, viewport()->mapToGlobal(position));
        QApplication::sendEvent(viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    }
};

} // namespace

TEST_CASE("dragging a session to another day moves it there and Ctrl+Z brings it back", "[ui][timeline]")
{
    PlanningTimeline open;
    const qint64 id = open.movableSession();
    const Session before = open.session(id);
    const int steps = open.window.document()->undoStack()->index();
    const QPointF from = open.timeline->sessionRect(id).center();
    const QPointF to = from + QPointF(7 * open.layout().pixelsPerDay(), 0);

    QTest::mousePress(open.viewport(), Qt::LeftButton, {}, from.toPoint());
    open.dragTo(from + QPointF(4, 0));
    open.dragTo(to);
    REQUIRE(open.timeline->isDragging());
    // While dragging, where it would land, and nothing changed yet.
    CHECK(open.timeline->dragTarget().date == before.date.addDays(7));
    CHECK(open.timeline->dragTarget().startTime == before.startTime);
    CHECK(QToolTip::text().contains(QStringLiteral("week %1").arg(before.date.addDays(7).weekNumber())));
    CHECK(QToolTip::text().contains(QStringLiteral("Shift")));
    CHECK(open.session(id).date == before.date);
    QTest::mouseRelease(open.viewport(), Qt::LeftButton, {}, to.toPoint());

    CHECK_FALSE(open.timeline->isDragging());
    CHECK(open.session(id).date == before.date.addDays(7));
    CHECK(open.session(id).startTime == before.startTime);
    CHECK(open.session(id).endTime == before.endTime);
    CHECK(open.window.document()->undoStack()->index() == steps + 1);
    // The mark follows the session to its new day.
    CHECK(open.layout().markOf(id)->rect.center().x() >= open.layout().xOf(before.date.addDays(7)));

    QTest::keyClick(open.timeline, Qt::Key_Z, Qt::ControlModifier);
    CHECK(open.session(id).date == before.date);
    CHECK(open.window.document()->undoStack()->index() == steps);
}

TEST_CASE("dragging a session with Shift also moves its time in quarter hours", "[ui][timeline]")
{
    PlanningTimeline open;
    const qint64 id = open.movableSession();
    open.timeline->selectSession(id);
    // Zoomed in as far as it goes, about six minutes to the pixel.
    while (open.timeline->zoomInAction()->isEnabled())
        open.timeline->zoomIn();
    const Session before = open.session(id);
    REQUIRE(before.startTime.isValid());
    const QPointF from = open.timeline->sessionRect(id).center();
    REQUIRE(from.x() > open.layout().chartRect().left());
    const QPointF to = from + QPointF(open.layout().pixelsPerDay() / 12, 0); // two hours later

    QTest::mousePress(open.viewport(), Qt::LeftButton, {}, from.toPoint());
    open.dragTo(from + QPointF(5, 0), Qt::ShiftModifier);
    open.dragTo(to, Qt::ShiftModifier);
    REQUIRE(open.timeline->isDragging());
    QTest::mouseRelease(open.viewport(), Qt::LeftButton, Qt::ShiftModifier, to.toPoint());

    const Session after = open.session(id);
    INFO("from " << before.startTime.toString().toStdString() << " to " << after.startTime.toString().toStdString());
    CHECK(after.date == before.date);
    CHECK(after.startTime.minute() % 15 == 0);
    CHECK(std::abs(before.startTime.secsTo(after.startTime) - 2 * 3600) <= 15 * 60);
    CHECK(after.startTime.secsTo(after.endTime) == before.startTime.secsTo(before.endTime));

    // Without Shift the time stays, however far the pointer moves within a day.
    QTest::mousePress(open.viewport(), Qt::LeftButton, {}, open.timeline->sessionRect(id).center().toPoint());
    open.dragTo(open.timeline->sessionRect(id).center() + QPointF(open.layout().pixelsPerDay() * 1.2, 0));
    QTest::mouseRelease(open.viewport(), Qt::LeftButton, {},
                        (open.timeline->sessionRect(id).center() + QPointF(open.layout().pixelsPerDay() * 1.2, 0))
                            .toPoint());
    CHECK(open.session(id).date == before.date.addDays(1));
    CHECK(open.session(id).startTime == after.startTime);
}

TEST_CASE("dragging a session onto a public holiday says so before it is dropped", "[ui][timeline]")
{
    PlanningTimeline open;
    const qint64 id = open.movableSession();
    const Session before = open.session(id);
    const QDate ascension(2027, 5, 6);
    const qint64 days = before.date.daysTo(ascension);
    const QPointF from = open.timeline->sessionRect(id).center();
    const QPointF to = from + QPointF(qreal(days) * open.layout().pixelsPerDay(), 0);
    REQUIRE(to.x() > open.layout().chartRect().left());

    QTest::mousePress(open.viewport(), Qt::LeftButton, {}, from.toPoint());
    open.dragTo(to);
    REQUIRE(open.timeline->isDragging());
    REQUIRE(open.timeline->dragTarget().date == ascension);
    const QString text = QToolTip::text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Problem")));
    CHECK(text.contains(QStringLiteral("public holiday: Ascension Day")));

    // Back on its own day, a day off no more.
    open.dragTo(from);
    CHECK_FALSE(QToolTip::text().contains(QStringLiteral("public holiday")));
    QTest::keyClick(open.timeline, Qt::Key_Escape);
    QTest::mouseRelease(open.viewport(), Qt::LeftButton, {}, from.toPoint());
}

TEST_CASE("a session the planning checks find fault with carries a sign on the timeline", "[ui][timeline]")
{
    PlanningTimeline open;
    PlanChecker checker(*open.window.document());
    checker.checkNow();
    open.timeline->setPlanChecker(&checker);
    const qint64 id = open.movableSession();
    const Session before = open.session(id);
    const auto signAt = [&open](qint64 session) {
        // Above the mark's top right corner, where the sign stands; red or orange, not a track colour.
        const QImage picture = open.viewport()->grab().toImage();
        const QRectF rect = open.timeline->sessionRect(session);
        int signs = 0;
        for (int x = int(rect.right()) - 3; x <= int(rect.right()) + 3; ++x)
            for (int y = int(rect.top()) - 6; y <= int(rect.top()); ++y) {
                const QColor colour = picture.pixelColor(x, y);
                signs += colour.red() > 190 && colour.green() < 160 && colour.blue() < 80;
            }
        return signs > 3;
    };
    REQUIRE(checker.worstConcerning(before.uuid) != PlanWarning::Severity::Problem);
    CHECK_FALSE(signAt(id));

    // Onto Ascension Day: a problem, marked as soon as the checks are done.
    open.timeline->selectSession(id);
    for (qint64 day = 0; day < std::abs(before.date.daysTo(QDate(2027, 5, 6))); ++day)
        QTest::keyClick(open.timeline, before.date < QDate(2027, 5, 6) ? Qt::Key_Right : Qt::Key_Left, Qt::AltModifier);
    REQUIRE(open.session(id).date == QDate(2027, 5, 6));
    checker.checkNow();
    CHECK(checker.worstConcerning(before.uuid) == PlanWarning::Severity::Problem);
    CHECK(signAt(id));

    // Its tooltip says why.
    const QPoint centre = open.timeline->sessionRect(id).center().toPoint();
    CHECK(open.toolTipAt(centre).contains(QStringLiteral("Ascension Day")));
    QToolTip::hideText();
}

TEST_CASE("Escape cancels a drag on the timeline and the session stays where it was", "[ui][timeline]")
{
    PlanningTimeline open;
    const qint64 id = open.movableSession();
    const Session before = open.session(id);
    const int steps = open.window.document()->undoStack()->index();
    const QPointF from = open.timeline->sessionRect(id).center();
    const QPointF to = from + QPointF(7 * open.layout().pixelsPerDay(), 0);

    QTest::mousePress(open.viewport(), Qt::LeftButton, {}, from.toPoint());
    open.dragTo(to);
    REQUIRE(open.timeline->isDragging());
    QTest::keyClick(open.timeline, Qt::Key_Escape);
    CHECK_FALSE(open.timeline->isDragging());
    QTest::mouseRelease(open.viewport(), Qt::LeftButton, {}, to.toPoint());

    CHECK(open.session(id) == before);
    CHECK(open.window.document()->undoStack()->index() == steps);
    CHECK(open.timeline->selectedSession() == id); // Escape ended the drag, not the choice
}

TEST_CASE("Alt and the arrow keys move the selected session a day or a week one step at a time", "[ui][timeline]")
{
    PlanningTimeline open;
    const qint64 id = open.movableSession();
    const Session before = open.session(id);
    const int steps = open.window.document()->undoStack()->index();
    open.timeline->selectSession(id);

    QTest::keyClick(open.timeline, Qt::Key_Right, Qt::AltModifier);
    CHECK(open.session(id).date == before.date.addDays(1));
    QTest::keyClick(open.timeline, Qt::Key_Down, Qt::AltModifier);
    CHECK(open.session(id).date == before.date.addDays(8));
    QTest::keyClick(open.timeline, Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(open.timeline, Qt::Key_Up, Qt::AltModifier);
    CHECK(open.session(id).date == before.date);
    CHECK(open.session(id).startTime == before.startTime);
    CHECK(open.window.document()->undoStack()->index() == steps + 4);
    CHECK(open.timeline->selectedSession() == id); // still chosen, for the next move

    // Each move is a step of its own.
    QTest::keyClick(open.timeline, Qt::Key_Z, Qt::ControlModifier);
    CHECK(open.session(id).date == before.date.addDays(7));
    QTest::keyClick(open.timeline, Qt::Key_Z, Qt::ControlModifier);
    CHECK(open.session(id).date == before.date.addDays(8));

    // The plain arrow keys still go from session to session without moving anything.
    const Session now = open.session(id);
    QTest::keyClick(open.timeline, Qt::Key_Right);
    CHECK(open.timeline->selectedSession() != id);
    CHECK(open.session(id) == now);
}

TEST_CASE("hovering the timeline names the holidays and the budget season", "[ui][timeline]")
{
    PlanningTimeline open;
    const TimelineLayout &layout = open.layout();
    const qreal scroll = open.timeline->horizontalScrollBar()->value();
    const auto inBandRow = [&](const QDate &date) {
        return QPointF(layout.xOf(date) + layout.pixelsPerDay() / 2 - scroll, layout.bandRow().center().y()).toPoint();
    };
    REQUIRE(layout.first().year() == 2027);

    const QString ascension = open.toolTipAt(inBandRow(QDate(2027, 5, 6)));
    INFO(ascension.toStdString());
    CHECK(ascension.contains(QStringLiteral("Ascension Day")));
    // Aarhus lies in Region Midtjylland, whose winter holiday is week 8.
    CHECK(open.toolTipAt(inBandRow(QDate(2027, 2, 24))).contains(QStringLiteral("Winter holiday (week 8)")));
    CHECK_FALSE(open.toolTipAt(inBandRow(QDate(2027, 2, 17))).contains(QStringLiteral("Winter holiday")));
    CHECK(open.toolTipAt(inBandRow(QDate(2027, 9, 1))).contains(QStringLiteral("Budget negotiations")));
    // Also in the chart between sessions, where the band is shaded behind them.
    const TimelineLayout::Lane &lane = layout.lanes().back();
    const QPoint inChart(int(layout.xOf(QDate(2027, 10, 20)) - scroll), int(lane.bottom - 3));
    REQUIRE(open.timeline->sessionAt(inChart) == 0);
    CHECK(open.toolTipAt(inChart).contains(QStringLiteral("Autumn holiday (week 42)")));
    QToolTip::hideText();
}

TEST_CASE("each activity of a track is named in its row of the timeline with its whole title on hover",
          "[ui][timeline]")
{
    PlanningTimeline open;
    const TimelineLayout &layout = open.layout();
    int rows = 0;
    // Copies: the layout may be made anew while tooltips come and go.
    const std::vector<TimelineLayout::Lane> lanes = layout.lanes();
    for (const TimelineLayout::Lane &lane : lanes) {
        for (const TimelineLayout::ActivityRow &row : lane.activities) {
            ++rows;
            if (row.title.isEmpty())
                continue; // nothing to name
            INFO(row.title.toStdString());
            CHECK_FALSE(row.label.isEmpty());
            const QPoint point =
                (row.labelRect.center() - QPointF(0, open.timeline->verticalScrollBar()->value())).toPoint();
            if (point.y() > layout.chartRect().top() && point.y() < open.viewport()->height())
                CHECK(open.toolTipAt(point) == row.title.toHtmlEscaped());
        }
    }
    CHECK(rows == int(open.project().activities.size()));
    QToolTip::hideText();
}

TEST_CASE("the up and down keys go from one activity's row to the next on the timeline", "[ui][timeline]")
{
    PlanningTimeline open;
    const TimelineLayout &layout = open.layout();
    const TimelineLayout::Lane &leadership = layout.lanes()[1];
    REQUIRE(leadership.activities.size() >= 3);
    const qint64 first = leadership.activities[0].activityId;
    const qint64 second = leadership.activities[1].activityId;
    qint64 start = 0;
    for (const TimelineLayout::SessionMark &mark : layout.marks())
        if (mark.activityId == first && start == 0)
            start = mark.sessionId;
    REQUIRE(start != 0);
    open.timeline->selectSession(start);

    QTest::keyClick(open.timeline, Qt::Key_Down);
    const TimelineLayout::SessionMark *below = layout.markOf(open.timeline->selectedSession());
    REQUIRE(below);
    CHECK(below->activityId == second);
    // The one nearest in time, not just any session of the next activity.
    for (const TimelineLayout::SessionMark &mark : layout.marks())
        if (mark.activityId == second)
            CHECK(std::abs(below->rect.center().x() - layout.markOf(start)->rect.center().x())
                  <= std::abs(mark.rect.center().x() - layout.markOf(start)->rect.center().x()) + 0.001);
    QTest::keyClick(open.timeline, Qt::Key_Up);
    CHECK(layout.markOf(open.timeline->selectedSession())->activityId == first);
}

TEST_CASE("a track of thirty activities scrolls on the timeline with the months and names kept in sight",
          "[ui][timeline]")
{
    PlanningTimeline open;
    open.window.resize(1024, 640);
    const Track *track = open.project().tracksOf(open.timeline->academyId()).front();
    std::vector<AnyEntity> drafts;
    for (int i = 0; i < 30; ++i) {
        Activity activity;
        activity.id = -(i + 1);
        activity.trackId = track->id;
        activity.title = QStringLiteral("Værksted %1 om borgerinddragelse i praksis").arg(i + 1);
        drafts.push_back(activity);
    }
    REQUIRE(open.window.workspace()->editor()->insertAll(QStringLiteral("activities"), drafts).ok);
    QCoreApplication::processEvents();

    const TimelineLayout &layout = open.layout();
    QScrollBar *bar = open.timeline->verticalScrollBar();
    REQUIRE(bar->maximum() > 0); // taller than the window, so it scrolls rather than squeezing
    for (const TimelineLayout::ActivityRow &row : layout.lanes().front().activities) {
        CHECK(row.bottom - row.top >= layout.metrics().smallTextHeight);
        CHECK_FALSE(row.label.isEmpty());
    }

    // Scrolled to the end, the last track is in view under the same header.
    const QImage top = open.viewport()->grab().toImage();
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    const QImage bottom = open.viewport()->grab().toImage();
    const TimelineLayout::Lane &last = layout.lanes().back();
    CHECK(last.bottom - bar->value() <= open.viewport()->height() + 1);
    const QRect header = layout.headerRect().toAlignedRect().intersected(open.viewport()->rect());
    CHECK(top.copy(header) == bottom.copy(header));
    const QRect chart = QRect(0, int(layout.chartRect().top()), open.viewport()->width(),
                              open.viewport()->height() - int(layout.chartRect().top()));
    CHECK(top.copy(chart) != bottom.copy(chart));
    // A session there is found where it is drawn.
    const TimelineLayout::SessionMark &mark = layout.marks().back();
    CHECK(open.timeline->sessionAt(open.timeline->sessionRect(mark.sessionId).center().toPoint()) == mark.sessionId);
}

TEST_CASE("a timeline that owns its planning checks closes without a crash", "[ui][timeline]")
{
    auto open = std::make_unique<PlanningTimeline>();
    auto *checker = new PlanChecker(*open->window.document(), open->timeline);
    checker->checkNow();
    open->timeline->setPlanChecker(checker);
    REQUIRE_FALSE(checker->warnings().empty());
    open.reset(); // the window, the view and the checker go, in the order Qt takes them down
    CHECK_FALSE(open);
}
