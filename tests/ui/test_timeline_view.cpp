// SPDX-License-Identifier: MPL-2.0
// The programme timeline as the consultant uses it: the picture of the example academy, opening
// an activity from its session, zooming, and a new session showing up as soon as it is added.
// Set AKADEMIPLAN_TIMELINE_PNG to a folder to keep the rendered pictures for a look by eye.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "domain/municipalityregistry.h"
#include "i18n/translations.h"
#include "report/timelinepainter.h"
#include "template/exampleproject.h"
#include "timelineview.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace Akademiplan;

namespace {

struct ExampleTimeline
{
    std::unique_ptr<Document> document;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<TimelineView> view;

    ExampleTimeline()
    {
        FileProblem problem;
        document = Document::create(QString(), *MunicipalityRegistry::byCode(ExampleProject::municipalityCode),
                                    &problem);
        INFO(problem.message.toStdString());
        REQUIRE(document);
        const EditResult result = ProjectEditor(*document).insertAll(
            QStringLiteral("example"), ExampleProject::build(QStringLiteral("Silkeborg")));
        INFO(result.error.toStdString());
        REQUIRE(result.ok);
        workspace = std::make_unique<Workspace>(document.get());
        view = std::make_unique<TimelineView>(workspace.get());
        view->resize(1280, 460);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }

    const TimelineLayout &layout() const { return view->timelineLayout(); }
    QWidget *viewport() const { return view->viewport(); }
};

void keepPicture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("AKADEMIPLAN_TIMELINE_PNG");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents(); // a scroll bar shows or hides only once events are processed
    REQUIRE(widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

bool closeTo(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3
           && std::abs(a.blue() - b.blue()) <= 3;
}

// The first mark of a lane that lies completely within the viewport.
const TimelineLayout::SessionMark &visibleMarkIn(const ExampleTimeline &timeline, int laneIndex)
{
    for (const TimelineLayout::SessionMark &mark : timeline.layout().marks()) {
        const QRectF rect = timeline.view->sessionRect(mark.sessionId);
        if (mark.laneIndex == laneIndex && rect.left() > timeline.layout().chartRect().left()
            && rect.right() < timeline.viewport()->width())
            return mark;
    }
    FAIL("no visible session mark in lane " << laneIndex);
    return timeline.layout().marks().front();
}

} // namespace

TEST_CASE("the timeline shows every session of the example academy in its track's colour", "[timeline]")
{
    ExampleTimeline timeline;
    REQUIRE(timeline.layout().lanes().size() == 4);
    REQUIRE(timeline.layout().marks().size() > 20);
    CHECK(timeline.view->isZoomedToFit());
    CHECK(timeline.view->contentWidth() <= timeline.viewport()->width());
    CHECK_FALSE(timeline.view->accessibleName().isEmpty());

    const QImage picture = timeline.viewport()->grab().toImage();
    REQUIRE_FALSE(picture.isNull());
    REQUIRE(picture.size() == timeline.viewport()->size());
    for (const TimelineLayout::SessionMark &mark : timeline.layout().marks()) {
        const QPoint centre = timeline.view->sessionRect(mark.sessionId).center().toPoint();
        const QColor colour = timeline.layout().lanes()[std::size_t(mark.laneIndex)].colour;
        INFO("session " << mark.sessionId << " at " << centre.x() << "," << centre.y());
        // The outline of a neighbour a day later may cover the very centre of a narrow mark.
        CHECK((closeTo(picture.pixelColor(centre), colour) || closeTo(picture.pixelColor(centre - QPoint(1, 0)), colour)
               || closeTo(picture.pixelColor(centre + QPoint(1, 0)), colour)));
    }
    keepPicture(timeline.view.get(), QStringLiteral("timeline-en"));

    timeline.view->zoomIn();
    timeline.view->zoomIn();
    keepPicture(timeline.view.get(), QStringLiteral("timeline-en-zoomed"));
    timeline.view->resize(640, 380);
    timeline.view->zoomToFit();
    keepPicture(timeline.view.get(), QStringLiteral("timeline-en-narrow"));
}

TEST_CASE("the timeline speaks the consultant's language", "[timeline]")
{
    ExampleTimeline timeline;
    CHECK(timeline.layout().months().front().label.startsWith(QStringLiteral("Feb")));
    Translations::install(QLocale(QLocale::Danish, QLocale::Denmark));
    QCoreApplication::processEvents(); // the language change is posted to the windows
    CHECK(timeline.layout().months().front().label.startsWith(QStringLiteral("feb")));
    keepPicture(timeline.view.get(), QStringLiteral("timeline-da"));
    timeline.view->zoomIn();
    timeline.view->zoomIn();
    timeline.view->zoomIn();
    keepPicture(timeline.view.get(), QStringLiteral("timeline-da-zoomed"));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::processEvents();
    CHECK(timeline.layout().months().front().label.startsWith(QStringLiteral("Feb")));
}

TEST_CASE("double-clicking a session on the timeline opens its activity", "[timeline]")
{
    ExampleTimeline timeline;
    QSignalSpy requests(timeline.workspace.get(), &Workspace::showRequested);

    const TimelineLayout::SessionMark &mark = visibleMarkIn(timeline, 1);
    QTest::mouseDClick(timeline.viewport(), Qt::LeftButton, {},
                       timeline.view->sessionRect(mark.sessionId).center().toPoint());
    REQUIRE(requests.size() == 1);
    CHECK(requests.at(0).at(0).toInt() == int(EntityType::Activity));
    CHECK(requests.at(0).at(1).toLongLong() == mark.activityId);

    // Nothing happens on an empty stretch of a lane or on the track names.
    const TimelineLayout::Lane &lane = timeline.layout().lanes()[2];
    const QPoint july(int(timeline.layout().xOf(QDate(2027, 7, 15))), int((lane.top + lane.bottom) / 2));
    REQUIRE(timeline.view->sessionAt(july) == 0);
    QTest::mouseDClick(timeline.viewport(), Qt::LeftButton, {}, july);
    QTest::mouseDClick(timeline.viewport(), Qt::LeftButton, {}, lane.labelRect.center().toPoint());
    CHECK(requests.size() == 1);
}

TEST_CASE("double-clicking finds the session also when the timeline is zoomed in and scrolled", "[timeline]")
{
    ExampleTimeline timeline;
    QSignalSpy requests(timeline.workspace.get(), &Workspace::showRequested);
    timeline.view->zoomIn();
    timeline.view->zoomIn();
    QScrollBar *bar = timeline.view->horizontalScrollBar();
    REQUIRE(bar->maximum() > 0);
    // The leadership seminar in December, at the far end.
    const TimelineLayout::SessionMark &last = timeline.layout().marks()[std::size_t(
        timeline.layout().lanes()[1].firstMark + timeline.layout().lanes()[1].markCount - 1)];
    bar->setValue(bar->maximum());
    const QRectF rect = timeline.view->sessionRect(last.sessionId);
    REQUIRE(rect.left() > timeline.layout().chartRect().left());
    REQUIRE(rect.right() < timeline.viewport()->width());
    QTest::mouseDClick(timeline.viewport(), Qt::LeftButton, {}, rect.center().toPoint());
    REQUIRE(requests.size() == 1);
    CHECK(requests.at(0).at(1).toLongLong() == last.activityId);
}

TEST_CASE("zooming in widens the timeline and zooming to fit shows the whole period again", "[timeline]")
{
    ExampleTimeline timeline;
    const qreal fitted = timeline.view->contentWidth();
    const int viewportWidth = timeline.viewport()->width();
    CHECK(fitted <= viewportWidth);
    CHECK_FALSE(timeline.view->zoomToFitAction()->isEnabled());

    timeline.view->zoomIn();
    CHECK(timeline.view->contentWidth() > fitted * 1.3);
    CHECK(timeline.view->horizontalScrollBar()->maximum() > 0);
    CHECK(timeline.view->zoomToFitAction()->isEnabled());
    const qreal once = timeline.view->contentWidth();
    timeline.view->zoomInAction()->trigger();
    CHECK(timeline.view->contentWidth() > once);

    timeline.view->zoomOut();
    CHECK(timeline.view->contentWidth() < timeline.view->timelineLayout().size().width() + 1);
    CHECK(timeline.view->contentWidth() == Approx(once).margin(2));

    timeline.view->zoomToFit();
    CHECK(timeline.view->isZoomedToFit());
    CHECK(timeline.view->contentWidth() <= timeline.viewport()->width());
    CHECK(timeline.view->horizontalScrollBar()->maximum() == 0);
    CHECK(timeline.layout().chartRect().right() <= timeline.viewport()->width());

    // Zooming out never makes the picture smaller than the window.
    timeline.view->zoomOut();
    CHECK(timeline.view->isZoomedToFit());
}

TEST_CASE("control and the mouse wheel zoom the timeline around the mouse", "[timeline]")
{
    ExampleTimeline timeline;
    const qreal fitted = timeline.view->contentWidth();
    const QPointF at(timeline.layout().xOf(QDate(2027, 6, 1)) + timeline.layout().pixelsPerDay() / 2,
                     timeline.layout().chartRect().center().y());
    QWheelEvent wheel(at, timeline.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(timeline.viewport(), &wheel);
    CHECK(timeline.view->contentWidth() > fitted * 1.3);
    // The day under the mouse stays under the mouse.
    const qreal scroll = timeline.view->horizontalScrollBar()->value();
    CHECK(timeline.layout().dateAt(at.x() + scroll) == QDate(2027, 6, 1));
}

TEST_CASE("a session added to the plan appears on the timeline at once", "[timeline]")
{
    ExampleTimeline timeline;
    const std::size_t before = timeline.layout().marks().size();
    const Project &project = timeline.document->project();
    const Track *political = project.tracksOf(timeline.view->academyId())[2];
    const Activity *activity = project.activitiesOf(political->id).front();

    Session draft;
    draft.activityId = activity->id;
    draft.date = QDate(2027, 7, 14);
    draft.startTime = QTime(10, 0);
    draft.endTime = QTime(12, 0);
    const EditResult added = timeline.workspace->editor()->addSession(draft);
    INFO(added.error.toStdString());
    REQUIRE(added.ok);

    CHECK(timeline.layout().marks().size() == before + 1);
    const TimelineLayout::SessionMark *mark = timeline.layout().markOf(added.id);
    REQUIRE(mark);
    CHECK(mark->laneIndex == 2);
    const QRectF rect = timeline.view->sessionRect(added.id);
    CHECK(timeline.view->sessionAt(rect.center().toPoint()) == added.id);
    const QImage picture = timeline.viewport()->grab().toImage();
    CHECK(closeTo(picture.pixelColor(rect.center().toPoint()), political->colour));

    timeline.document->undoStack()->undo();
    CHECK(timeline.layout().marks().size() == before);
    CHECK_FALSE(timeline.layout().markOf(added.id));
}

TEST_CASE("hovering a session on the timeline tells what it is and when", "[timeline]")
{
    ExampleTimeline timeline;
    const TimelineLayout::SessionMark &mark = visibleMarkIn(timeline, 0);
    const Project &project = timeline.document->project();
    const Session *session = project.sessions.find(mark.sessionId);
    const Activity *activity = project.activities.find(mark.activityId);
    const QPoint centre = timeline.view->sessionRect(mark.sessionId).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, centre, timeline.viewport()->mapToGlobal(centre));
    QApplication::sendEvent(timeline.viewport(), &help);
    const QString text = QToolTip::text();
    INFO(text.toStdString());
    CHECK(text.contains(activity->title.toHtmlEscaped()));
    CHECK(text.contains(QStringLiteral("week %1").arg(session->date.weekNumber())));
    CHECK(text.contains(QLocale().dayName(session->date.dayOfWeek())));
    CHECK(text.contains(QLocale().toString(session->startTime, QLocale::ShortFormat)));
    QToolTip::hideText();
}

TEST_CASE("the timeline of an academy without tracks shows a hint instead of an empty grid", "[timeline]")
{
    ExampleTimeline timeline;
    const qint64 example = timeline.view->academyId();
    Academy draft;
    draft.name = QStringLiteral("Akademi 2028");
    draft.startDate = QDate(2028, 2, 1);
    draft.endDate = QDate(2028, 12, 15);
    const EditResult added = timeline.workspace->editor()->addAcademy(draft);
    REQUIRE(added.ok);
    CHECK(timeline.view->academyId() == example); // still the first academy

    timeline.view->setAcademy(added.id);
    CHECK(timeline.view->academyId() == added.id);
    CHECK(timeline.layout().isEmpty());
    CHECK_FALSE(timeline.view->zoomInAction()->isEnabled());
    CHECK_FALSE(timeline.viewport()->grab().isNull());

    REQUIRE(timeline.workspace->editor()->remove(EntityType::Academy, added.id).ok);
    CHECK(timeline.view->academyId() == example);
    CHECK(timeline.layout().lanes().size() == 4);
}

TEST_CASE("the timeline paints the same picture on a PDF page as on screen", "[timeline]")
{
    ExampleTimeline timeline;
    const Project &project = timeline.document->project();
    QFont font;
    font.setPointSizeF(9);
    TimelinePainter painter(font);

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("timeline.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(300);
        QPainter page(&writer);
        TimelineLayout::Input input;
        input.size = QSizeF(writer.width(), writer.height() / 2.0);
        input.metrics = painter.metrics(&writer);
        input.minimumMarkWidth = 12; // 1 mm at 300 dpi
        const TimelineLayout layout(project, timeline.view->academyId(), input);
        REQUIRE(layout.marks().size() == timeline.layout().marks().size());
        painter.paint(&page, layout);
    }
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArrayLiteral("%PDF-"));
    CHECK(pdf.size() > 5000);

    // The same on an image, with today's line where a printed plan might show it.
    QImage image(1400, 520, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter canvas(&image);
        TimelineLayout::Input input;
        input.size = QSizeF(image.size());
        input.metrics = painter.metrics(&image);
        input.minimumMarkWidth = 5;
        input.today = QDate(2027, 6, 15);
        const TimelineLayout layout(project, timeline.view->academyId(), input);
        painter.paint(&canvas, layout);
        const qreal today = layout.xOf(QDate(2027, 6, 15)) + layout.pixelsPerDay() / 2;
        CHECK(image.pixelColor(int(today), int(layout.chartRect().center().y())).red() > 150);
    }
    const QString folderForPictures = qEnvironmentVariable("AKADEMIPLAN_TIMELINE_PNG");
    if (!folderForPictures.isEmpty()) {
        REQUIRE(image.save(QDir(folderForPictures).filePath(QStringLiteral("timeline-print.png"))));
        const QString copy = QDir(folderForPictures).filePath(QStringLiteral("timeline.pdf"));
        QFile::remove(copy);
        REQUIRE(QFile::copy(path, copy));
    }
}
