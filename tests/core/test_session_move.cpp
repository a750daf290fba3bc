// SPDX-License-Identifier: MPL-2.0
// Moving a session on the timeline: where the consultant would find a dragged session at an odd
// minute, running past midnight, or a day off from where it was dropped.
#include "catch.h"
#include "planning/sessionmove.h"

using namespace Akademiplan;

namespace {

Session morning()
{
    Session session;
    session.id = 1;
    session.date = QDate(2027, 3, 2);
    session.startTime = QTime(9, 0);
    session.endTime = QTime(12, 0);
    return session;
}

} // namespace

TEST_CASE("a session moved by days keeps its times", "[timeline][move]")
{
    const Session moved = SessionMove::byDays(morning(), 7);
    CHECK(moved.date == QDate(2027, 3, 9));
    CHECK(moved.startTime == QTime(9, 0));
    CHECK(moved.endTime == QTime(12, 0));
    CHECK(SessionMove::byDays(morning(), -2).date == QDate(2027, 2, 28));
}

TEST_CASE("a session moved in time lands on a quarter hour and keeps its length", "[timeline][move]")
{
    const Session later = SessionMove::byMinutes(morning(), 67); // 10.07 snaps to 10.00
    CHECK(later.date == QDate(2027, 3, 2));
    CHECK(later.startTime == QTime(10, 0));
    CHECK(later.endTime == QTime(13, 0));
    CHECK(SessionMove::byMinutes(morning(), 83).startTime == QTime(10, 30));

    // Across midnight to the next day's morning.
    const Session nextDay = SessionMove::byMinutes(morning(), 24 * 60 + 30);
    CHECK(nextDay.date == QDate(2027, 3, 3));
    CHECK(nextDay.startTime == QTime(9, 30));
    CHECK(nextDay.endTime == QTime(12, 30));

    // Back across midnight to the evening before.
    const Session before = SessionMove::byMinutes(morning(), -10 * 60);
    CHECK(before.date == QDate(2027, 3, 1));
    CHECK(before.endTime > before.startTime); // never past midnight
    CHECK(before.startTime == QTime(20, 45));
}

TEST_CASE("a session without a time moves by whole days", "[timeline][move]")
{
    Session undated = morning();
    undated.startTime = QTime();
    undated.endTime = QTime();
    CHECK(SessionMove::byMinutes(undated, 36 * 60).date == QDate(2027, 3, 4));
    CHECK_FALSE(SessionMove::byMinutes(undated, 36 * 60).startTime.isValid());
}
