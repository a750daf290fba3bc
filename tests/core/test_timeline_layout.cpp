// SPDX-License-Identifier: MPL-2.0
// The geometry of the programme timeline: where the consultant would see a session in the wrong
// lane, outside the picture, hidden behind another, or month and week labels printed over each
// other, on screen and in the PDF alike.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "domain/municipalityregistry.h"
#include "planning/timelinelayout.h"
#include "template/exampleproject.h"

#include <QHash>

#include <algorithm>
#include <QSet>

using namespace Akademiplan;

namespace {

std::unique_ptr<Document> exampleDocument()
{
    FileProblem problem;
    auto document = Document::create(QString(), *MunicipalityRegistry::byCode(ExampleProject::municipalityCode),
                                     &problem);
    INFO(problem.message.toStdString());
    REQUIRE(document);
    const EditResult result = ProjectEditor(*document).insertAll(QStringLiteral("example"),
                                                                 ExampleProject::build(QStringLiteral("Silkeborg")));
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    return document;
}

qint64 firstAcademy(const Project &project)
{
    REQUIRE_FALSE(project.academies.isEmpty());
    return project.academies.items().front().id;
}

TimelineLayout::Input inputOf(qreal width, qreal height = 420)
{
    TimelineLayout::Input input;
    input.size = QSizeF(width, height);
    input.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    return input;
}

// The sessions of an academy, the slow and obvious way, to check the layout's fast one against.
QHash<qint64, qint64> sessionTracks(const Project &project, qint64 academyId)
{
    QHash<qint64, qint64> result;
    for (const Track *track : project.tracksOf(academyId))
        for (const Activity *activity : project.activitiesOf(track->id))
            for (const Session *session : project.sessionsOf(activity->id))
                result.insert(session->id, track->id);
    return result;
}

bool within(const QRectF &inner, const QRectF &outer)
{
    constexpr qreal slack = 0.001;
    return inner.left() >= outer.left() - slack && inner.right() <= outer.right() + slack
           && inner.top() >= outer.top() - slack && inner.bottom() <= outer.bottom() + slack;
}

} // namespace

TEST_CASE("the timeline has one lane per track of the academy, in the tracks' order", "[timeline]")
{
    const auto document = exampleDocument();
    const Project &project = document->project();
    const qint64 academy = firstAcademy(project);
    const TimelineLayout layout(project, academy, inputOf(1000));

    const std::vector<const Track *> tracks = project.tracksOf(academy);
    REQUIRE(tracks.size() == 4);
    REQUIRE(layout.lanes().size() == 4);
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        const TimelineLayout::Lane &lane = layout.lanes()[i];
        CHECK(lane.trackId == tracks[i]->id);
        CHECK(lane.name == tracks[i]->name);
        CHECK(lane.colour == tracks[i]->colour);
        CHECK(lane.bottom > lane.top);
        CHECK(lane.top >= layout.chartRect().top());
        CHECK(lane.bottom <= layout.chartRect().bottom());
        if (i > 0)
            CHECK(lane.top >= layout.lanes()[i - 1].bottom);
    }
    CHECK(layout.lanes().front().trackId != 0);
}

TEST_CASE("the timeline spans the academy's period in whole months", "[timeline]")
{
    const auto document = exampleDocument();
    const TimelineLayout layout(document->project(), firstAcademy(document->project()), inputOf(1000));
    CHECK(layout.first() == QDate(2027, 2, 1));
    CHECK(layout.last() == QDate(2027, 12, 31));
    REQUIRE(layout.months().size() == 11);
    CHECK(layout.months().front().firstDay == QDate(2027, 2, 1));
    CHECK(layout.months().front().left == Approx(layout.chartRect().left()));
    CHECK(layout.months().back().right == Approx(layout.chartRect().right()));
    CHECK(layout.xOf(QDate(2027, 2, 1)) == Approx(layout.chartRect().left()));
    CHECK(layout.dateAt(layout.xOf(QDate(2027, 7, 14)) + 0.5) == QDate(2027, 7, 14));
}

TEST_CASE("every session of the academy is marked on the timeline inside its own lane", "[timeline]")
{
    const auto document = exampleDocument();
    const Project &project = document->project();
    const qint64 academy = firstAcademy(project);
    const QHash<qint64, qint64> expected = sessionTracks(project, academy);
    REQUIRE(expected.size() > 20);

    for (const qreal width : {400.0, 1000.0, 3000.0}) {
        INFO("width " << width);
        const TimelineLayout layout(project, academy, inputOf(width));
        REQUIRE(layout.marks().size() == std::size_t(expected.size()));
        QSet<qint64> seen;
        for (const TimelineLayout::SessionMark &mark : layout.marks()) {
            INFO("session " << mark.sessionId);
            CHECK(expected.value(mark.sessionId) == mark.trackId);
            CHECK(project.sessions.find(mark.sessionId)->activityId == mark.activityId);
            const TimelineLayout::Lane &lane = layout.lanes()[std::size_t(mark.laneIndex)];
            CHECK(lane.trackId == mark.trackId);
            CHECK(within(mark.rect, QRectF(layout.chartRect().left(), lane.top, layout.chartRect().width(),
                                           lane.bottom - lane.top)));
            CHECK(within(mark.rect, QRectF(QPointF(0, 0), layout.size())));
            CHECK(mark.rect.width() >= 3);
            CHECK(mark.rect.height() >= 3);
            seen.insert(mark.sessionId);
        }
        CHECK(seen.size() == expected.size());
    }
}

TEST_CASE("a session is drawn on its own day of the timeline", "[timeline]")
{
    const auto document = exampleDocument();
    const Project &project = document->project();
    const TimelineLayout layout(project, firstAcademy(project), inputOf(3000));
    for (const TimelineLayout::SessionMark &mark : layout.marks()) {
        const QDate date = project.sessions.find(mark.sessionId)->date;
        const qreal dayCentre = layout.xOf(date) + layout.pixelsPerDay() / 2;
        // Narrow marks are widened around their centre, which stays within the day.
        CHECK(mark.rect.center().x() >= layout.xOf(date) - 0.001);
        CHECK(mark.rect.center().x() <= layout.xOf(date.addDays(1)) + 0.001);
        CHECK(std::abs(mark.rect.center().x() - dayCentre) <= layout.pixelsPerDay() / 2 + 0.001);
    }
}

TEST_CASE("month names on the timeline never run into each other, however narrow it is", "[timeline]")
{
    const auto document = exampleDocument();
    const Project &project = document->project();
    const qint64 academy = firstAcademy(project);
    for (const qreal width : {250.0, 500.0, 900.0, 1400.0, 4000.0}) {
        INFO("width " << width);
        TimelineLayout::Input input = inputOf(width);
        const TimelineLayout layout(project, academy, input);
        const auto &months = layout.months();
        for (std::size_t i = 0; i < months.size(); ++i) {
            const TimelineLayout::MonthColumn &month = months[i];
            if (month.label.isEmpty())
                continue;
            CHECK(input.metrics.widthOf(month.label) <= month.labelRect.width() + 0.001);
            CHECK(month.labelRect.left() >= month.left);
            CHECK(month.labelRect.right() <= month.right);
            if (i + 1 < months.size())
                CHECK(month.labelRect.right() < months[i + 1].labelRect.left());
        }
    }
    // At an ordinary window width every month is named, with its year.
    const TimelineLayout wide(project, academy, inputOf(1400));
    for (const TimelineLayout::MonthColumn &month : wide.months())
        CHECK(month.label.contains(QStringLiteral("2027")));
    CHECK(wide.months().front().label.startsWith(QStringLiteral("Feb")));
}

TEST_CASE("month names on the timeline follow the language of the UI", "[timeline]")
{
    const auto document = exampleDocument();
    TimelineLayout::Input input = inputOf(1400);
    input.locale = QLocale(QLocale::Danish, QLocale::Denmark);
    const TimelineLayout layout(document->project(), firstAcademy(document->project()), input);
    CHECK(layout.months().front().label.startsWith(QStringLiteral("feb")));
    CHECK(layout.months()[3].label.startsWith(QStringLiteral("maj")));
}

TEST_CASE("timeline week numbers are ISO weeks and their labels never overlap", "[timeline]")
{
    const auto document = exampleDocument();
    const Project &project = document->project();
    const qint64 academy = firstAcademy(project);
    for (const qreal width : {300.0, 600.0, 1000.0, 1600.0, 4000.0}) {
        INFO("width " << width);
        const TimelineLayout layout(project, academy, inputOf(width));
        REQUIRE_FALSE(layout.weeks().empty());
        qreal previousRight = -1e9;
        int labelled = 0;
        for (const TimelineLayout::WeekTick &week : layout.weeks()) {
            CHECK(week.number == week.date.weekNumber());
            CHECK((week.date.dayOfWeek() == 1 || week.date == layout.first()));
            CHECK(week.x == Approx(layout.xOf(week.date)));
            if (!week.labelled)
                continue;
            ++labelled;
            CHECK(week.labelRect.left() > previousRight);
            CHECK(within(week.labelRect, layout.weekRow()));
            previousRight = week.labelRect.right();
        }
        if (width >= 1600)
            CHECK(labelled >= int(layout.weeks().size()) - 1); // a partial week at an end may go without
        if (width >= 600)
            CHECK(labelled > 0);
    }
}

TEST_CASE("the timeline finds the session under the mouse, and nothing where there is none", "[timeline]")
{
    const auto document = exampleDocument();
    const Project &project = document->project();
    const TimelineLayout layout(project, firstAcademy(project), inputOf(1000));
    for (const TimelineLayout::SessionMark &mark : layout.marks()) {
        INFO("session " << mark.sessionId);
        CHECK(layout.sessionAt(mark.rect.center()) == mark.sessionId);
        // The slack for the mouse never lets a neighbour take a click meant for this mark.
        CHECK(layout.sessionAt(mark.rect.center(), 2) == mark.sessionId);
        CHECK(layout.markOf(mark.sessionId) == &mark);
    }
    CHECK(layout.sessionAt(QPointF(5, layout.lanes().front().labelRect.center().y())) == 0);
    CHECK(layout.sessionAt(layout.monthRow().center()) == 0);
    CHECK(layout.sessionAt(QPointF(-10, -10)) == 0);

    // The political innovators meet in February, April and November, not in July.
    const TimelineLayout::Lane &political = layout.lanes()[2];
    const QPointF july(layout.xOf(QDate(2027, 7, 15)), (political.top + political.bottom) / 2);
    for (const TimelineLayout::SessionMark &mark : layout.marks())
        REQUIRE_FALSE(mark.rect.adjusted(-3, -3, 3, 3).contains(july));
    CHECK(layout.sessionAt(july) == 0);
    CHECK(layout.sessionAt(july, 2) == 0);
}

TEST_CASE("sessions of one track on the same day are stacked on the timeline, not hidden", "[timeline]")
{
    const auto document = exampleDocument();
    Project project = document->project();
    const qint64 academy = firstAcademy(project);
    const Track *track = project.tracksOf(academy).front();
    const Activity *activity = project.activitiesOf(track->id).front();
    std::vector<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Session session;
        session.id = project.sessions.allocateId();
        session.activityId = activity->id;
        session.date = QDate(2027, 7, 7);
        session.startTime = QTime(9 + i, 0);
        session.endTime = QTime(10 + i, 30);
        project.insert(session);
        ids.push_back(session.id);
    }
    const TimelineLayout layout(project, academy, inputOf(1000));
    const TimelineLayout::Lane &lane = layout.lanes().front();
    CHECK(lane.rowCount >= 3);
    for (std::size_t a = 0; a < ids.size(); ++a) {
        for (std::size_t b = a + 1; b < ids.size(); ++b) {
            const QRectF first = layout.markOf(ids[a])->rect;
            const QRectF second = layout.markOf(ids[b])->rect;
            CHECK_FALSE(first.intersects(second));
        }
        CHECK(layout.sessionAt(layout.markOf(ids[a])->rect.center()) == ids[a]);
    }
}

TEST_CASE("each activity of a track has rows of its own on the timeline named in the label column", "[timeline]")
{
    const auto document = exampleDocument();
    const Project &project = document->project();
    const qint64 academy = firstAcademy(project);
    for (const qreal height : {420.0, 900.0}) {
        INFO("height " << height);
        const TimelineLayout layout(project, academy, inputOf(1400, height));
        for (const TimelineLayout::Lane &lane : layout.lanes()) {
            const std::vector<const Activity *> activities = project.activitiesOf(lane.trackId);
            REQUIRE(lane.activities.size() == activities.size());
            qreal previousBottom = lane.nameRect.bottom();
            for (std::size_t i = 0; i < activities.size(); ++i) {
                const TimelineLayout::ActivityRow &row = lane.activities[i];
                INFO("activity " << row.title.toStdString());
                CHECK(row.activityId == activities[i]->id); // in the track's order
                CHECK(row.top >= previousBottom - 0.001);
                CHECK(row.bottom > row.top);
                CHECK(row.bottom <= lane.bottom + 0.001);
                previousBottom = row.bottom;
                // Readable in the label column, whole or shortened with an ellipsis.
                REQUIRE_FALSE(row.label.isEmpty());
                CHECK((row.label == row.title || row.title.startsWith(row.label.chopped(1))));
                CHECK(within(row.labelRect, layout.labelColumn()));
                CHECK(row.labelRect.top() >= row.top - 0.001);
                CHECK(row.labelRect.bottom() <= row.bottom + 0.001);
                CHECK(layout.activityRowAt(row.labelRect.center().y()) == &row);
            }
            CHECK(lane.nameRect.top() >= lane.top);
        }
        // Two activities of one track never share a row: every mark lies in its own activity's row.
        for (const TimelineLayout::SessionMark &mark : layout.marks()) {
            const TimelineLayout::Lane &lane = layout.lanes()[std::size_t(mark.laneIndex)];
            const auto row = std::find_if(lane.activities.begin(), lane.activities.end(),
                                          [&mark](const auto &r) { return r.activityId == mark.activityId; });
            REQUIRE(row != lane.activities.end());
            CHECK(mark.row >= row->firstRow);
            CHECK(mark.row < row->firstRow + row->rowCount);
            CHECK(mark.rect.top() >= row->top - 0.001);
            CHECK(mark.rect.bottom() <= row->bottom + 0.001);
        }
    }
}

TEST_CASE("a track of thirty activities keeps readable rows on screen and fits on paper", "[timeline]")
{
    const auto document = exampleDocument();
    Project project = document->project();
    const qint64 academy = firstAcademy(project);
    const Track *track = project.tracksOf(academy).front();
    for (int i = 0; i < 30; ++i) {
        Activity activity;
        activity.id = project.activities.allocateId();
        activity.trackId = track->id;
        activity.position = 100 + i;
        activity.title = QStringLiteral("Workshop number %1 on service design with the citizens").arg(i + 1);
        project.insert(activity);
    }
    TimelineLayout::Input screen = inputOf(1400, 640);
    screen.minimumRowHeight = 16;
    const TimelineLayout scrolled(project, academy, screen);
    CHECK(scrolled.size().height() > 640); // taller than the window: the view scrolls
    for (const TimelineLayout::Lane &lane : scrolled.lanes())
        for (const TimelineLayout::ActivityRow &row : lane.activities) {
            CHECK(row.bottom - row.top >= 16 - 0.001);
            CHECK_FALSE(row.label.isEmpty());
        }

    const TimelineLayout paper(project, academy, inputOf(1400, 640));
    CHECK(paper.size().height() == 640);
    CHECK(paper.lanes().back().bottom <= paper.chartRect().bottom() + 0.001);
    CHECK(paper.chartRect().bottom() <= 640);
}

namespace {

// A year-long academy of a municipality, with no tracks: the bands depend on the dates and the
// region only.
Project academyOf(int municipalityCode, const QDate &from, const QDate &to)
{
    Project project;
    project.info.municipalityCode = municipalityCode;
    Academy academy;
    academy.id = 1;
    academy.name = QStringLiteral("Akademi");
    academy.startDate = from;
    academy.endDate = to;
    project.academies.assign({academy});
    return project;
}

const TimelineLayout::Band *bandNamed(const TimelineLayout &layout, const QString &key)
{
    for (const TimelineLayout::Band &band : layout.bands())
        if (band.key == key)
            return &band;
    return nullptr;
}

} // namespace

TEST_CASE("the timeline shades the winter holiday in the week of the municipality's region", "[timeline]")
{
    const auto bandsFor = [](int code) {
        return TimelineLayout(academyOf(code, QDate(2027, 1, 1), QDate(2027, 12, 31)), 1, inputOf(1400));
    };
    const TimelineLayout roskilde = bandsFor(265); // Region Sjælland: week 7
    const TimelineLayout aarhus = bandsFor(751);   // Region Midtjylland: week 8
    const TimelineLayout::Band *zealand = bandNamed(roskilde, QStringLiteral("winter-holiday"));
    const TimelineLayout::Band *jutland = bandNamed(aarhus, QStringLiteral("winter-holiday"));
    REQUIRE(zealand);
    REQUIRE(jutland);
    CHECK(zealand->first == QDate(2027, 2, 15));
    CHECK(zealand->last == QDate(2027, 2, 21));
    CHECK(zealand->first.weekNumber() == 7);
    CHECK(zealand->name == QStringLiteral("Winter holiday (week 7)"));
    CHECK(jutland->first == QDate(2027, 2, 22));
    CHECK(jutland->first.weekNumber() == 8);
    CHECK(zealand->kind == TimelineLayout::Band::Kind::SchoolHoliday);
    CHECK(zealand->left == Approx(roskilde.xOf(QDate(2027, 2, 15))));
    CHECK(zealand->right == Approx(roskilde.xOf(QDate(2027, 2, 22))));
}

TEST_CASE("public holidays and days off of a year are bands of their own on the timeline", "[timeline]")
{
    const TimelineLayout layout(academyOf(751, QDate(2027, 1, 1), QDate(2027, 12, 31)), 1, inputOf(1400));
    const TimelineLayout::Band *ascension = bandNamed(layout, QStringLiteral("ascension-day"));
    REQUIRE(ascension);
    CHECK(ascension->first == QDate(2027, 5, 6));
    CHECK(ascension->last == QDate(2027, 5, 6));
    CHECK(ascension->kind == TimelineLayout::Band::Kind::PublicHoliday);
    const TimelineLayout::Band *friday = bandNamed(layout, QStringLiteral("friday-after-ascension"));
    REQUIRE(friday);
    CHECK(friday->first == QDate(2027, 5, 7));
    CHECK(friday->kind == TimelineLayout::Band::Kind::CustomaryDayOff);

    // Consecutive days of one holiday make one band; the summer holiday is six weeks and a bit.
    int summers = 0;
    for (const TimelineLayout::Band &band : layout.bands())
        summers += band.key == QStringLiteral("summer-holiday");
    CHECK(summers == 1);
    CHECK(bandNamed(layout, QStringLiteral("summer-holiday"))->first.daysTo(
              bandNamed(layout, QStringLiteral("summer-holiday"))->last) >= 42);

    // The budget season from 1 August to 15 October.
    const TimelineLayout::Band *budget = bandNamed(layout, QStringLiteral("budget-season"));
    REQUIRE(budget);
    CHECK(budget->first == QDate(2027, 8, 1));
    CHECK(budget->last == QDate(2027, 10, 15));
    CHECK(budget->name == TimelineLayout::budgetSeasonName());
    CHECK(budget->label == budget->name); // room for its name at this width

    // Where a public holiday lies in a school holiday, both are there, the holiday on top.
    const std::vector<const TimelineLayout::Band *> christmas = layout.bandsOn(QDate(2027, 12, 25));
    REQUIRE(christmas.size() == 2);
    CHECK(christmas.front()->key == QStringLiteral("christmas-holiday"));
    CHECK(christmas.back()->key == QStringLiteral("christmas-day"));
    CHECK(layout.bandsOn(QDate(2027, 3, 10)).empty());

    // Band names in the band row never run into each other.
    std::vector<QRectF> labels;
    for (const TimelineLayout::Band &band : layout.bands()) {
        if (band.label.isEmpty())
            continue;
        CHECK(within(band.labelRect, layout.bandRow()));
        for (const QRectF &other : labels)
            CHECK_FALSE(other.intersects(band.labelRect));
        labels.push_back(band.labelRect);
    }
}

TEST_CASE("the timeline marks the municipal election and today with a named line", "[timeline]")
{
    TimelineLayout::Input input = inputOf(1400);
    input.today = QDate(2029, 3, 4);
    const TimelineLayout layout(academyOf(751, QDate(2029, 1, 1), QDate(2029, 12, 31)), 1, input);
    REQUIRE(layout.dayLines().size() == 2);
    const TimelineLayout::DayLine &election = layout.dayLines().front();
    CHECK(election.kind == TimelineLayout::DayLine::Kind::Election);
    CHECK(election.date == QDate(2029, 11, 20));
    CHECK(election.name == QStringLiteral("Municipal election"));
    CHECK(election.x > layout.xOf(election.date));
    CHECK(election.x < layout.xOf(election.date.addDays(1)));
    CHECK_FALSE(election.labelRect.isEmpty());
    CHECK(layout.dayLineAt(election.labelRect.center()) == &election);
    const TimelineLayout::DayLine &today = layout.dayLines().back();
    CHECK(today.kind == TimelineLayout::DayLine::Kind::Today);
    CHECK(today.date == QDate(2029, 3, 4));
    CHECK_FALSE(today.labelRect.intersects(election.labelRect));

    // No election in 2027, and no today line on paper.
    const TimelineLayout print(academyOf(751, QDate(2027, 1, 1), QDate(2027, 12, 31)), 1, inputOf(1400));
    CHECK(print.dayLines().empty());
}

TEST_CASE("a timeline of a chosen range shows only the sessions within it", "[timeline]")
{
    const auto document = exampleDocument();
    const Project &project = document->project();
    TimelineLayout::Input input = inputOf(1000);
    input.first = QDate(2027, 3, 1);
    input.last = QDate(2027, 3, 31);
    const TimelineLayout layout(project, firstAcademy(project), input);
    CHECK(layout.months().size() == 1);
    REQUIRE_FALSE(layout.marks().empty());
    for (const TimelineLayout::SessionMark &mark : layout.marks())
        CHECK(project.sessions.find(mark.sessionId)->date.month() == 3);
}

TEST_CASE("a timeline of two thousand sessions lays out completely", "[timeline]")
{
    Project project;
    Academy academy;
    academy.id = 1;
    academy.name = QStringLiteral("Stort akademi");
    academy.startDate = QDate(2027, 1, 4);
    academy.endDate = QDate(2027, 12, 17);
    project.academies.assign({academy});
    std::vector<Track> tracks;
    for (int i = 0; i < 4; ++i) {
        Track track;
        track.id = i + 1;
        track.academyId = 1;
        track.name = QStringLiteral("Spor %1").arg(i + 1);
        track.colour = QColor::fromHsv(i * 80, 160, 200);
        track.position = i;
        tracks.push_back(track);
    }
    project.tracks.assign(tracks);
    std::vector<Activity> activities;
    for (int i = 0; i < 600; ++i) {
        Activity activity;
        activity.id = i + 1;
        activity.trackId = i % 4 + 1;
        activity.title = QStringLiteral("Aktivitet %1").arg(i + 1);
        activities.push_back(activity);
    }
    project.activities.assign(activities);
    std::vector<Session> sessions;
    for (int i = 0; i < 2000; ++i) {
        Session session;
        session.id = i + 1;
        session.activityId = (i * 7) % 600 + 1;
        session.date = QDate(2027, 1, 4).addDays((i * 13) % 340);
        session.startTime = QTime(8 + i % 8, 0);
        session.endTime = QTime(10 + i % 8, 0);
        sessions.push_back(session);
    }
    project.sessions.assign(sessions);

    const TimelineLayout layout(project, 1, inputOf(1200, 600));
    REQUIRE(layout.marks().size() == 2000);
    for (const TimelineLayout::SessionMark &mark : layout.marks()) {
        const TimelineLayout::Lane &lane = layout.lanes()[std::size_t(mark.laneIndex)];
        CHECK(within(mark.rect, QRectF(layout.chartRect().left(), lane.top, layout.chartRect().width(),
                                       lane.bottom - lane.top)));
    }
    for (const TimelineLayout::SessionMark &mark : layout.marks())
        CHECK(layout.sessionAt(mark.rect.center()) != 0);
}

TEST_CASE("a project without tracks gives an empty timeline rather than a crash", "[timeline]")
{
    Project project;
    const TimelineLayout none(project, 42, inputOf(800));
    CHECK(none.isEmpty());
    CHECK(none.marks().empty());
    CHECK(none.sessionAt(QPointF(400, 200)) == 0);
    const TimelineLayout tiny(project, 42, inputOf(0, 0));
    CHECK(tiny.isEmpty());
}

TEST_CASE("a printed timeline has a key to its shades and lines under the chart", "[timeline]")
{
    TimelineLayout::Input input = inputOf(1400, 500);
    input.today = QDate(2029, 3, 4);
    input.legend = true;
    const TimelineLayout layout(academyOf(751, QDate(2029, 1, 1), QDate(2029, 12, 31)), 1, input);
    QStringList names;
    qreal previousRight = -1;
    for (const TimelineLayout::LegendEntry &entry : layout.legend()) {
        names << entry.name;
        CHECK(entry.swatchRect.top() >= layout.chartRect().bottom());
        CHECK(within(entry.textRect, QRectF(QPointF(0, 0), layout.size())));
        CHECK(entry.swatchRect.left() > previousRight);
        CHECK(entry.textRect.left() >= entry.swatchRect.right());
        previousRight = entry.textRect.right();
    }
    CHECK(names
          == QStringList{QStringLiteral("Public holiday"), QStringLiteral("Day off"), QStringLiteral("School holiday"),
                         TimelineLayout::budgetSeasonName(), QStringLiteral("Municipal election"),
                         QStringLiteral("Today")});
    CHECK(layout.size().height() == 500);

    // On screen the tooltips name them; no room is spent on a key.
    input.legend = false;
    const TimelineLayout view(academyOf(751, QDate(2029, 1, 1), QDate(2029, 12, 31)), 1, input);
    CHECK(view.legend().empty());
    CHECK(view.chartRect().bottom() > layout.chartRect().bottom());
}
