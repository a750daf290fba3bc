// SPDX-License-Identifier: MPL-2.0
#include "timelineview.h"

#include "document/document.h"
#include "domain/domainlabels.h"
#include "editor/projecteditor.h"
#include "i18n/displaytext.h"
#include "planning/planchecker.h"
#include "planning/sessionmove.h"
#include "timelinetooltip.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Akademiplan {

namespace {

constexpr qreal zoomStep = 1.5;
// About an hour per 10 pixels: enough to tell a morning from an afternoon session.
constexpr qreal largestPixelsPerDay = 240;
// Marks are easier to hit than to see; a few pixels of slack make a 3-pixel mark usable.
constexpr qreal hitTolerance = 2;

} // namespace

TimelineView::TimelineView(Workspace *workspace, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_workspace(workspace)
    , m_painter(font())
    , m_zoomInAction(new QAction(this))
    , m_zoomOutAction(new QAction(this))
    , m_zoomToFitAction(new QAction(this))
{
    setObjectName(QStringLiteral("timelineView"));
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Always there, so that zooming in does not take height from the rows and move every session
    // away from under the pointer.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);

    m_zoomInAction->setObjectName(QStringLiteral("timelineZoomInAction"));
    m_zoomInAction->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    // Ctrl+= as well, where + needs Shift (an English keyboard).
    m_zoomInAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::ZoomIn)
                                 << QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_zoomOutAction->setObjectName(QStringLiteral("timelineZoomOutAction"));
    m_zoomOutAction->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomToFitAction->setObjectName(QStringLiteral("timelineZoomToFitAction"));
    m_zoomToFitAction->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-best")));
    m_zoomToFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    // The main window shows these in its View menu, where their shortcuts work window-wide.
    for (QAction *action : {m_zoomInAction, m_zoomOutAction, m_zoomToFitAction})
        addAction(action);
    connect(m_zoomInAction, &QAction::triggered, this, &TimelineView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, this, &TimelineView::zoomOut);
    connect(m_zoomToFitAction, &QAction::triggered, this, &TimelineView::zoomToFit);
    retranslate();

    // The layout follows the document through the one signal per applied change set, so that an
    // import of a thousand rows relayouts once, and when the project is read anew.
    connect(m_workspace->document(), &Document::changesApplied, this, &TimelineView::relayout);
    connect(m_workspace->document(), &Document::rowsReset, this, &TimelineView::relayout);
    relayout();
    setPlanChecker(m_workspace->planChecker());
}

TimelineView::~TimelineView()
{
    // A checker that goes with this view (e.g. its child) must not call back into it once it is
    // half gone.
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
}

void TimelineView::retranslate()
{
    setAccessibleName(tr("Programme timeline"));
    // The status bar tells what the mouse and the keys do here; the hints in the tooltips repeat it.
    viewport()->setStatusTip(tr("Drag a session to move it to another day, with Shift also to another time. "
                                "Alt+Left/Right moves the selected session a day, Alt+Up/Down a week."));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomInAction->setToolTip(tr("Show a shorter period in more detail"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomOutAction->setToolTip(tr("Show a longer period"));
    m_zoomToFitAction->setText(tr("&Fit Timeline to Window"));
    m_zoomToFitAction->setToolTip(tr("Show the whole academy period at once"));
}

qint64 TimelineView::academyId() const
{
    return shownAcademy();
}

void TimelineView::setAcademy(qint64 academyId)
{
    if (academyId == m_academyId)
        return;
    m_academyId = academyId;
    m_fitted = true;
    relayout();
}

qint64 TimelineView::shownAcademy() const
{
    const Project &project = m_workspace->document()->project();
    if (m_academyId != 0 && project.academies.contains(m_academyId))
        return m_academyId;
    return project.academies.isEmpty() ? 0 : project.academies.items().front().id;
}

void TimelineView::relayout()
{
    const Project &project = m_workspace->document()->project();
    const qint64 academy = shownAcademy();
    const QSize area = viewport()->size();

    TimelineLayout::Input input;
    input.size = QSizeF(area);
    input.metrics = m_painter.metrics(viewport());
    input.minimumMarkWidth = std::max<qreal>(3, std::round(input.metrics.textHeight * 0.3));
    // Rows stay high enough for an activity's name; a track of many activities scrolls instead.
    input.minimumRowHeight = std::ceil(input.metrics.smallTextHeight * 1.15);
    input.today = QDate::currentDate();

    // First for the window's width, which gives the scale at which everything fits; a wider
    // picture only when zoomed in beyond that.
    m_layout = TimelineLayout(project, academy, input);
    const qreal fitted = m_layout.pixelsPerDay();
    if (m_fitted || m_pixelsPerDay <= fitted) {
        m_fitted = true;
        m_pixelsPerDay = fitted;
    } else {
        input.size.setWidth(std::ceil(m_layout.widthFor(m_pixelsPerDay)));
        m_layout = TimelineLayout(project, academy, input);
    }

    QScrollBar *bar = horizontalScrollBar();
    const int overflow = std::max(0, int(std::ceil(m_layout.size().width())) - area.width());
    bar->setRange(0, overflow);
    bar->setPageStep(std::max(1, int(area.width() - m_layout.chartRect().left())));
    bar->setSingleStep(std::max(1, int(std::round(7 * m_layout.pixelsPerDay()))));
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, std::max(0, int(std::ceil(m_layout.size().height())) - area.height()));
    vertical->setPageStep(std::max(1, int(area.height() - m_layout.chartRect().top())));
    vertical->setSingleStep(std::max(1, int(std::round(m_layout.metrics().textHeight * 1.5))));

    m_zoomInAction->setEnabled(!m_layout.isEmpty() && m_pixelsPerDay < largestPixelsPerDay);
    m_zoomOutAction->setEnabled(!m_layout.isEmpty() && !m_fitted);
    m_zoomToFitAction->setEnabled(!m_layout.isEmpty() && !m_fitted);
    if (m_hovered != 0 && !m_layout.markOf(m_hovered))
        m_hovered = 0;
    if (m_selected != 0 && !m_layout.markOf(m_selected))
        m_selected = 0;
    if (m_drag.sessionId() != 0 && !m_layout.markOf(m_drag.sessionId()))
        cancelDrag();
    updateConcerns();
    const Academy *shown = project.academies.find(academy);
    setAccessibleDescription(shown ? shown->name : QString());
    viewport()->update();
}

void TimelineView::zoomIn()
{
    zoomByKeyboard(zoomStep);
}

void TimelineView::zoomOut()
{
    zoomByKeyboard(1 / zoomStep);
}

void TimelineView::zoomByKeyboard(qreal factor)
{
    if (isInView(m_selected))
        zoomTo(m_pixelsPerDay * factor, sessionRect(m_selected).center().x(), m_selected);
    else
        zoomTo(m_pixelsPerDay * factor, visibleChartCentre());
}

void TimelineView::zoomToFit()
{
    m_fitted = true;
    relayout();
}

qreal TimelineView::visibleChartCentre() const
{
    const qreal left = m_layout.chartRect().left();
    return left + (viewport()->width() - left) / 2;
}

void TimelineView::zoomTo(qreal pixelsPerDay, qreal anchor, qint64 anchorSession)
{
    if (m_layout.isEmpty() || m_pixelsPerDay <= 0)
        return;
    const qreal scroll = horizontalScrollBar()->value();
    const qreal days = (anchor + scroll - m_layout.chartRect().left()) / m_pixelsPerDay;
    // Where in the session the anchor is, as a share of its width: marks have a least width, so
    // the day alone would let a narrow mark slide away from under the pointer.
    const TimelineLayout::SessionMark *before = anchorSession != 0 ? m_layout.markOf(anchorSession) : nullptr;
    const qreal share =
        before && before->rect.width() > 0 ? (anchor + scroll - before->rect.left()) / before->rect.width() : 0;
    m_pixelsPerDay = std::min(pixelsPerDay, largestPixelsPerDay);
    m_fitted = false;
    relayout(); // falls back to fitting when this is no larger than the window allows
    qreal target = m_layout.chartRect().left() + days * m_pixelsPerDay;
    if (const TimelineLayout::SessionMark *after = before ? m_layout.markOf(anchorSession) : nullptr)
        target = after->rect.left() + share * after->rect.width();
    horizontalScrollBar()->setValue(int(std::round(target - anchor)));
}

bool TimelineView::isInView(qint64 sessionId) const
{
    const QRectF rect = sessionRect(sessionId);
    return !rect.isNull() && rect.right() > m_layout.chartRect().left() && rect.left() < viewport()->width();
}

void TimelineView::selectSession(qint64 sessionId)
{
    if (sessionId != 0 && !m_layout.markOf(sessionId))
        sessionId = 0;
    if (sessionId == m_selected)
        return;
    m_selected = sessionId;
    if (sessionId != 0)
        scrollToSession(sessionId);
    viewport()->update();
}

void TimelineView::scrollToSession(qint64 sessionId)
{
    const QRectF rect = sessionRect(sessionId);
    const qreal left = m_layout.chartRect().left();
    const qreal margin = fontMetrics().height();
    QScrollBar *bar = horizontalScrollBar();
    if (rect.left() < left)
        bar->setValue(bar->value() - int(std::ceil(left - rect.left() + margin)));
    else if (rect.right() > viewport()->width())
        bar->setValue(bar->value() + int(std::ceil(rect.right() - viewport()->width() + margin)));
    const qreal top = m_layout.chartRect().top();
    QScrollBar *vertical = verticalScrollBar();
    if (rect.top() < top)
        vertical->setValue(vertical->value() - int(std::ceil(top - rect.top() + margin)));
    else if (rect.bottom() > viewport()->height())
        vertical->setValue(vertical->value() + int(std::ceil(rect.bottom() - viewport()->height() + margin)));
}

qint64 TimelineView::neighbourOf(qint64 sessionId, int key) const
{
    const std::vector<TimelineLayout::SessionMark> &marks = m_layout.marks();
    const std::vector<TimelineLayout::Lane> &lanes = m_layout.lanes();
    const TimelineLayout::SessionMark *mark = m_layout.markOf(sessionId);
    if (!mark)
        return 0;
    const qreal x = mark->rect.center().x();
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        // The closest session before or after this one along its track.
        const TimelineLayout::Lane &lane = lanes[std::size_t(mark->laneIndex)];
        qint64 best = 0;
        qreal bestDistance = 0;
        for (qsizetype i = lane.firstMark; i < lane.firstMark + lane.markCount; ++i) {
            const TimelineLayout::SessionMark &other = marks[std::size_t(i)];
            const qreal distance = (other.rect.center().x() - x) * (key == Qt::Key_Right ? 1 : -1);
            if (other.sessionId != sessionId && distance > 0 && (best == 0 || distance < bestDistance)) {
                best = other.sessionId;
                bestDistance = distance;
            }
        }
        return best;
    }
    // The nearest session in time in the next row up or down that has any: the next activity,
    // or the next track's first or last.
    const bool up = key == Qt::Key_Up;
    const qreal y = mark->rect.center().y();
    qreal rowY = 0;
    bool found = false;
    for (const TimelineLayout::SessionMark &other : marks) {
        const qreal otherY = other.rect.center().y();
        if ((up ? otherY < y - 0.5 : otherY > y + 0.5) && (!found || (up ? otherY > rowY : otherY < rowY))) {
            rowY = otherY;
            found = true;
        }
    }
    qint64 best = 0;
    qreal bestDistance = 0;
    for (const TimelineLayout::SessionMark &other : marks) {
        if (!found || std::abs(other.rect.center().y() - rowY) > 0.5)
            continue;
        const qreal distance = std::abs(other.rect.center().x() - x);
        if (best == 0 || distance < bestDistance) {
            best = other.sessionId;
            bestDistance = distance;
        }
    }
    return best;
}

QPointF TimelineView::contentOffset() const
{
    return QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

qint64 TimelineView::sessionAt(const QPoint &position) const
{
    if (position.x() < m_layout.chartRect().left() || position.y() < m_layout.chartRect().top())
        return 0; // the label column and the header lie over the scrolled chart
    return m_layout.sessionAt(QPointF(position) + contentOffset(), hitTolerance);
}

QRectF TimelineView::sessionRect(qint64 sessionId) const
{
    const TimelineLayout::SessionMark *mark = m_layout.markOf(sessionId);
    return mark ? mark->rect.translated(-contentOffset()) : QRectF();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    if (m_layout.isEmpty()) {
        painter.fillRect(area, palette().base());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        return;
    }
    painter.fillRect(area, palette().base());
    const QPointF scroll = contentOffset();
    const qreal labels = m_layout.chartRect().left();
    const qreal header = m_layout.chartRect().top();
    m_painter.setHighlightedSession(m_drag.isActive() ? m_drag.sessionId() : m_hovered);
    m_painter.setSelectedSession(m_selected);

    // The chart scrolls both ways, the header only sideways and the track names only up and
    // down, so that months and names stay in sight.
    painter.save();
    painter.setClipRect(QRectF(labels, header, area.width() - labels, area.height() - header));
    painter.translate(-scroll);
    m_painter.paintChart(&painter, m_layout,
                         QRectF(scroll + QPointF(labels, header), QSizeF(area.width() - labels, area.height() - header)));
    if (const TimelineLayout::SessionMark *mark = m_drag.isActive() ? m_layout.markOf(m_drag.sessionId()) : nullptr) {
        const Session &target = m_drag.target();
        m_painter.paintGhost(&painter, m_layout,
                             m_layout.markRectFor(*mark, target.date, target.startTime, target.endTime),
                             mark->laneIndex);
    }
    painter.restore();

    painter.save();
    painter.setClipRect(QRectF(labels, 0, area.width() - labels, header));
    painter.translate(-scroll.x(), 0);
    m_painter.paintHeader(&painter, m_layout, QRectF(scroll.x() + labels, 0, area.width() - labels, header));
    painter.restore();

    painter.save();
    painter.setClipRect(QRectF(0, header, labels, area.height() - header));
    painter.translate(0, -scroll.y());
    m_painter.paintLabels(&painter, m_layout);
    painter.restore();
    m_painter.paintCorner(&painter, m_layout);
}

QString TimelineView::emptyText() const
{
    const Project &project = m_workspace->document()->project();
    if (project.academies.isEmpty())
        return tr("There is no academy to show yet. Add an academy to see its programme on a timeline.");
    return tr("This academy has no tracks yet. Add a track to see its activities on the timeline.");
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void TimelineView::scrollContentsBy(int, int)
{
    // Not a blit of the viewport: the label column and the header stay where they are.
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0 && !m_layout.isEmpty()) {
            // 1.2 per notch of an ordinary wheel; touchpads send many small steps.
            zoomTo(m_pixelsPerDay * std::pow(1.2, delta / 120.0), event->position().x(),
                   sessionAt(event->position().toPoint()));
        }
        event->accept();
        return;
    }
    // A vertical wheel scrolls the time axis unless there are more activities than fit, or Shift
    // asks for the time axis.
    const QPoint delta = event->angleDelta();
    const bool tall = verticalScrollBar()->maximum() > 0;
    if (delta.x() == 0 && delta.y() != 0 && (!tall || event->modifiers() & Qt::ShiftModifier)) {
        QScrollBar *bar = horizontalScrollBar();
        bar->setValue(bar->value() - delta.y() * bar->singleStep() / 120);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::setHovered(qint64 sessionId)
{
    if (sessionId == m_hovered)
        return;
    m_hovered = sessionId;
    viewport()->setCursor(sessionId != 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    viewport()->update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const qint64 sessionId = sessionAt(event->position().toPoint());
        selectSession(sessionId);
        m_drag.clear();
        if (const Session *session = m_workspace->document()->project().sessions.find(sessionId))
            m_drag.press(*session, event->position() + contentOffset());
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_drag.sessionId() != 0) {
        const bool moves = m_drag.moves();
        const Session target = m_drag.target();
        cancelDrag();
        // Through the editor as the session table changes a date, so that it is one undoable
        // step checked by the same rules.
        if (moves)
            m_workspace->editor()->update(target);
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineView::updateDrag(const QPoint &position, Qt::KeyboardModifiers modifiers)
{
    if (!m_workspace->document()->project().sessions.contains(m_drag.sessionId())) {
        cancelDrag();
        return;
    }
    m_drag.follow(m_workspace->document()->project(), position, QPointF(position) + contentOffset(),
                  m_layout.pixelsPerDay(), modifiers & Qt::ShiftModifier);
    viewport()->update();
    QToolTip::showText(viewport()->mapToGlobal(position), m_drag.toolTip(), viewport());
}

void TimelineView::cancelDrag()
{
    const bool wasActive = m_drag.isActive();
    m_drag.clear();
    if (wasActive) {
        QToolTip::hideText();
        viewport()->setCursor(m_hovered != 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        viewport()->update();
    }
}

void TimelineView::setPlanChecker(PlanChecker *checker)
{
    if (checker == m_checker)
        return;
    if (m_checker)
        disconnect(m_checker, nullptr, this, nullptr);
    m_checker = checker;
    if (m_checker) {
        connect(m_checker, &PlanChecker::warningsChanged, this, &TimelineView::updateConcerns);
        connect(m_checker, &QObject::destroyed, this, [this] {
            m_checker = nullptr;
            updateConcerns();
        });
    }
    updateConcerns();
}

void TimelineView::updateConcerns()
{
    // Problems and warnings are marked; information (such as the budget season, which the bands
    // already show) is not, or half the plan would carry a sign.
    QHash<qint64, TimelinePainter::Concern> concerns;
    if (m_checker) {
        const Project &project = m_workspace->document()->project();
        for (const TimelineLayout::SessionMark &mark : m_layout.marks()) {
            const Session *session = project.sessions.find(mark.sessionId);
            const auto worst = session ? m_checker->worstConcerning(session->uuid) : std::nullopt;
            if (worst == PlanWarning::Severity::Problem)
                concerns.insert(mark.sessionId, TimelinePainter::Concern::Problem);
            else if (worst == PlanWarning::Severity::Warning)
                concerns.insert(mark.sessionId, TimelinePainter::Concern::Warning);
        }
    }
    m_painter.setConcerns(std::move(concerns));
    viewport()->update();
}

bool TimelineView::moveSelected(int days)
{
    const Session *session = m_workspace->document()->project().sessions.find(m_selected);
    if (!session)
        return false;
    const qint64 id = m_selected;
    const bool moved = m_workspace->editor()->update(SessionMove::byDays(*session, days)).ok;
    // The layout is new after the edit; the session stays chosen, and in sight.
    selectSession(id);
    if (moved && m_selected == id)
        scrollToSession(id);
    return moved;
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (m_drag.isActive()) {
        if (event->key() == Qt::Key_Escape)
            cancelDrag();
        else if (event->key() == Qt::Key_Shift)
            updateDrag(m_drag.position(), event->modifiers());
        event->accept();
        return;
    }
    // Alt and an arrow move the chosen session a day or a week, each press one undoable edit.
    if (event->modifiers() == Qt::AltModifier && m_selected != 0) {
        const int days = event->key() == Qt::Key_Left    ? -1
                         : event->key() == Qt::Key_Right ? 1
                         : event->key() == Qt::Key_Up    ? -7
                         : event->key() == Qt::Key_Down  ? 7
                                                         : 0;
        if (days != 0) {
            moveSelected(days);
            event->accept();
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (m_layout.marks().empty())
            break;
        qint64 next = m_selected != 0 ? neighbourOf(m_selected, event->key()) : 0;
        if (m_selected == 0) {
            // The first session in view, else the first of all.
            next = m_layout.marks().front().sessionId;
            for (const TimelineLayout::SessionMark &mark : m_layout.marks())
                if (isInView(mark.sessionId)) {
                    next = mark.sessionId;
                    break;
                }
        }
        if (next != 0)
            selectSession(next);
        event->accept();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const TimelineLayout::SessionMark *mark = m_layout.markOf(m_selected)) {
            emit m_workspace->showRequested(int(EntityType::Activity), mark->activityId);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_selected != 0) {
            selectSession(0);
            event->accept();
            return;
        }
        break;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::keyReleaseEvent(QKeyEvent *event)
{
    if (m_drag.isActive() && event->key() == Qt::Key_Shift) {
        updateDrag(m_drag.position(), event->modifiers());
        event->accept();
        return;
    }
    QAbstractScrollArea::keyReleaseEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_drag.sessionId() != 0 && event->buttons() & Qt::LeftButton) {
        const bool wasActive = m_drag.isActive();
        if (m_drag.activateIfMoved(event->position() + contentOffset(), QApplication::startDragDistance())) {
            if (!wasActive)
                viewport()->setCursor(Qt::ClosedHandCursor);
            updateDrag(position, event->modifiers());
            event->accept();
            return;
        }
    }
    setHovered(sessionAt(position));
    QAbstractScrollArea::mouseMoveEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 sessionId = sessionAt(event->position().toPoint());
    const TimelineLayout::SessionMark *mark = sessionId != 0 ? m_layout.markOf(sessionId) : nullptr;
    if (event->button() == Qt::LeftButton && mark) {
        emit m_workspace->showRequested(int(EntityType::Activity), mark->activityId);
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        if (m_drag.isActive())
            return true; // the drag keeps its own tooltip up to date
        const qint64 sessionId = sessionAt(help->pos());
        if (sessionId != 0) {
            const QRectF rect =
                sessionRect(sessionId).adjusted(-hitTolerance, -hitTolerance, hitTolerance, hitTolerance);
            QToolTip::showText(help->globalPos(), toolTipFor(sessionId), viewport(), rect.toAlignedRect());
        } else if (const QString text = toolTipAt(help->pos()); !text.isEmpty()) {
            // Gone as soon as the pointer moves on, so that the names of the next day follow.
            QToolTip::showText(help->globalPos(), text, viewport(), QRect(help->pos() - QPoint(2, 2), QSize(5, 5)));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    case QEvent::Leave:
        setHovered(0);
        break;
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::toolTipFor(qint64 sessionId) const
{
    const Project &project = m_workspace->document()->project();
    const Session *session = project.sessions.find(sessionId);
    const Activity *activity = session ? project.activities.find(session->activityId) : nullptr;
    const Track *track = activity ? project.tracks.find(activity->trackId) : nullptr;
    if (!session || !activity || !track)
        return QString();
    const QString location = sessionPlace(*session, *activity);
    // "Tuesday, 2 March 2027 · week 9": the long date names the weekday.
    const QString when = tr("%1 · %2").arg(DisplayText::date(session->date), DisplayText::week(session->date));
    const QString time = DisplayText::timeRange(session->startTime, session->endTime);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(activity->title.toHtmlEscaped())
          << tr("%1 · %2").arg(DomainLabels::label(activity->kind), track->name).toHtmlEscaped()
          << when.toHtmlEscaped() << time.toHtmlEscaped();
    if (!location.isEmpty())
        lines << location.toHtmlEscaped();
    QStringList notes;
    if (m_checker) {
        for (const PlanWarning *warning : m_checker->warningsConcerning(session->uuid)) {
            if (!warning->dismissed)
                notes << TimelineToolTip::note(*warning);
        }
    }
    return TimelineToolTip::html(lines, notes);
}

QString TimelineView::toolTipAt(const QPoint &position) const
{
    const QPointF scroll = contentOffset();
    const QRectF chart = m_layout.chartRect();
    if (position.x() < chart.left()) {
        // An activity's whole name, which the label column may have had to shorten.
        if (position.y() < chart.top())
            return QString();
        const TimelineLayout::ActivityRow *row = m_layout.activityRowAt(position.y() + scroll.y());
        return row ? row->title.toHtmlEscaped() : QString();
    }
    if (position.y() < m_layout.bandRow().top())
        return QString();
    // The header scrolls only sideways, the chart both ways.
    const QPointF content(position.x() + scroll.x(), position.y() < chart.top() ? position.y() : position.y() + scroll.y());
    QStringList lines;
    if (const TimelineLayout::DayLine *line = m_layout.dayLineAt(content, hitTolerance + 1))
        lines << QStringLiteral("<b>%1</b> · %2").arg(line->name.toHtmlEscaped(), DisplayText::date(line->date).toHtmlEscaped());
    const std::vector<const TimelineLayout::Band *> bands = m_layout.bandsOn(m_layout.dateAt(content.x()));
    // The one drawn on top first: a public holiday before the school holiday it falls in.
    for (auto it = bands.rbegin(); it != bands.rend(); ++it)
        lines << (*it)->name.toHtmlEscaped();
    return lines.isEmpty() ? QString() : TimelineToolTip::html(lines);
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_painter = TimelinePainter(font());
        relayout();
    } else if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        // Month names come from the locale, and "Week" from the translation.
        retranslate();
        relayout();
    }
}

QSize TimelineView::sizeHint() const
{
    return QSize(900, 360);
}

QSize TimelineView::minimumSizeHint() const
{
    // Room for the header and four lanes in which a mark can still be seen and hit.
    const int line = fontMetrics().height();
    return QSize(line * 24, line * 12);
}

} // namespace Akademiplan
