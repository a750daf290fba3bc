// SPDX-License-Identifier: MPL-2.0
// The window on a small laptop screen (1024×640): every section of the forms on screen with room
// to work in, and no table that scrolls inside a form that scrolls.
#include "activityform.h"
#include "calendarexportdialog.h"
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "mainwindow.h"
#include "programmepage.h"
#include "windowfixture.h"
#include "workspace.h"

#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// Where a widget is in the window, and whether it lies wholly above the status bar.
QRect placeIn(const MainWindow &window, const QWidget *widget)
{
    return QRect(widget->mapTo(&window, QPoint(0, 0)), widget->size());
}

bool onScreen(const MainWindow &window, const QWidget *widget)
{
    const QRect place = placeIn(window, widget);
    const int statusBarTop = window.statusBar()->mapTo(&window, QPoint(0, 0)).y();
    return widget->isVisible() && window.rect().contains(place) && place.bottom() < statusBarTop;
}

// The rows a table shows without scrolling.
int visibleRows(const QTableView *table)
{
    return table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
}

void smallScreen(MainWindow &window)
{
    window.resize(1024, 640);
    QTest::qWait(50); // the layouts settle
    REQUIRE(window.size() == QSize(1024, 640));
}

} // namespace

TEST_CASE("at 1024x640 the activity form shows its sessions and its participants with room to work", "[ui][layout]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    smallScreen(window);
    // A course of four sessions with a full group: both tables have rows to show.
    const Project &project = window.document()->project();
    const Activity *course = nullptr;
    for (const Activity &activity : project.activities)
        if (activity.kind == ActivityKind::Course && project.sessionsOf(activity.id).size() >= 4) {
            course = &activity;
            break;
        }
    REQUIRE(course);
    window.programmePage()->showEntity(int(EntityType::Activity), course->id);
    QTest::qWait(50);

    auto *participants = byAccessibleName<QTableView>(&window, QStringLiteral("Enrolled participants"));
    INFO("participants at " << placeIn(window, participants).y() << ", " << participants->height() << " high");
    CHECK(onScreen(window, participants));
    CHECK(visibleRows(participants) >= 4);
    auto *sessions = byAccessibleName<QTableView>(&window, QStringLiteral("Sessions"));
    CHECK(onScreen(window, sessions));
    // Room for a few sessions, and no empty half-table.
    CHECK(visibleRows(sessions) >= 3);
    CHECK(visibleRows(sessions) <= 6);
}

TEST_CASE("on a larger screen the sessions of an activity show whole and the participants take the rest",
          "[ui][layout]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    window.resize(1280, 820);
    QTest::qWait(50);
    const Project &project = window.document()->project();
    const Activity *course = nullptr;
    for (const Activity &activity : project.activities)
        if (project.sessionsOf(activity.id).size() == 4)
            course = &activity;
    REQUIRE(course);
    window.programmePage()->showEntity(int(EntityType::Activity), course->id);
    QTest::qWait(50);
    auto *sessions = byAccessibleName<QTableView>(&window, QStringLiteral("Sessions"));
    auto *participants = byAccessibleName<QTableView>(&window, QStringLiteral("Enrolled participants"));
    CHECK(visibleRows(sessions) == 4);
    CHECK(visibleRows(participants) >= 10);
}

TEST_CASE("at 1024x640 the academy and track forms show every field and the track's participants", "[ui][layout]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    smallScreen(window);
    const Project &project = window.document()->project();

    window.programmePage()->showEntity(int(EntityType::Academy), project.academies.at(0).id);
    QTest::qWait(50);
    for (const QString &name : {QStringLiteral("Academy name"), QStringLiteral("Purpose"),
                                QStringLiteral("Strategic focus areas"), QStringLiteral("Partner municipalities")}) {
        INFO(name.toStdString());
        CHECK(onScreen(window, byAccessibleName<QWidget>(&window, name)));
    }

    window.programmePage()->showEntity(int(EntityType::Track), project.tracks.at(1).id);
    QTest::qWait(50);
    CHECK(onScreen(window, byAccessibleName<QWidget>(&window, QStringLiteral("Goal"))));
    auto *participants = byAccessibleName<QTableView>(&window, QStringLiteral("Enrolled participants"));
    CHECK(onScreen(window, participants));
    CHECK(visibleRows(participants) >= 6);
}

TEST_CASE("no scrolling list or table in the window lies inside another scrolling area", "[ui][layout]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    smallScreen(window);
    int scrolling = 0;
    for (QAbstractScrollArea *area : window.findChildren<QAbstractScrollArea *>()) {
        if (qobject_cast<QHeaderView *>(area))
            continue; // a table's own column headers
        ++scrolling;
        // Up to the window; a pop-up (a calendar, a combo box's list) is a window of its own.
        for (QWidget *outer = area->parentWidget(); outer && !outer->isWindow(); outer = outer->parentWidget()) {
            INFO(area->metaObject()->className() << " \"" << area->accessibleName().toStdString() << "\" inside "
                                                 << outer->metaObject()->className());
            CHECK_FALSE(qobject_cast<QAbstractScrollArea *>(outer));
        }
    }
    // The navigator, the forms' tables and text fields, the timeline, the participants.
    CHECK(scrolling >= 10);
}

TEST_CASE("fields that share a row on the activity and track forms keep their labels' Alt keys", "[ui][layout]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    const Project &project = window.document()->project();
    for (const auto &[type, id] : {std::pair(EntityType::Activity, project.activities.at(0).id),
                                   std::pair(EntityType::Track, project.tracks.at(0).id)}) {
        window.programmePage()->showEntity(int(type), id);
        QTest::qWait(20);
        int labels = 0;
        for (QLabel *label : window.programmePage()->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->text().contains(QLatin1Char('&')))
                continue;
            ++labels;
            INFO(label->text().toStdString());
            // A label without a field shows its '&' instead of underlining the key.
            REQUIRE(label->buddy());
            QWidget *field = label->buddy()->focusProxy() ? label->buddy()->focusProxy() : label->buddy();
            CHECK(field->focusPolicy() != Qt::NoFocus);
        }
        CHECK(labels >= 5);
    }
}

TEST_CASE("at 1024x640 the calendar export dialog fits with its choices and buttons", "[ui][layout][calendar]")
{
    OpenWindow open;
    MainWindow &window = open.window;
    smallScreen(window);
    // A long activity title must not widen the dialog beyond the screen.
    Activity activity = window.document()->project().activities.items().front();
    activity.title = QStringLiteral("Et meget langt aktivitetsnavn ").repeated(8);
    REQUIRE(window.workspace()->editor()->update(activity).ok);
    CalendarExportDialog dialog(*window.document(), &window);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.width() <= 1000);
    CHECK(dialog.height() <= 600);
    for (QWidget *child : dialog.findChildren<QWidget *>()) {
        if (!child->isVisible() || child->isWindow())
            continue;
        INFO(child->metaObject()->className());
        CHECK(dialog.rect().contains(QRect(child->mapTo(&dialog, QPoint(0, 0)), child->size())));
    }
}
