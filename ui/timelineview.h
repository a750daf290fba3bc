// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planning/timelinelayout.h"
#include "report/timelinepainter.h"
#include "timelinedrag.h"

#include <QAbstractScrollArea>

class QAction;

namespace Akademiplan {

class PlanChecker;
class Workspace;

// The programme of one academy on a time axis: a lane per track with a row per activity, a mark
// per session, months, ISO weeks and the Danish year's days off on top. It is the picture the
// consultant discusses with the municipality, so it draws with the same TimelinePainter as the
// PDF export; and it is where the consultant plans, moving sessions by dragging them or with
// Alt and the arrow keys. It lays out only when the document, the size, the zoom or the font
// changes; painting only draws the layout it has.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(Workspace *workspace, QWidget *parent = nullptr);
    ~TimelineView() override;

    // The academy shown; 0 or an academy that no longer exists means the first one.
    qint64 academyId() const;
    void setAcademy(qint64 academyId);

    // For the main window's View menu; their shortcuts work while the view has focus.
    QAction *zoomInAction() const { return m_zoomInAction; }
    QAction *zoomOutAction() const { return m_zoomOutAction; }
    QAction *zoomToFitAction() const { return m_zoomToFitAction; }

    const TimelineLayout &timelineLayout() const { return m_layout; }
    bool isZoomedToFit() const { return m_fitted; }
    // The width of the whole picture; wider than the viewport when zoomed in.
    qreal contentWidth() const { return m_layout.size().width(); }

    // In viewport coordinates, for hit-testing from outside (context menus, tests).
    qint64 sessionAt(const QPoint &position) const;
    QRectF sessionRect(qint64 sessionId) const;

    // The session chosen with a click or the arrow keys (0 for none): drawn with a ring, kept
    // while zooming, and what the keyboard zooms around.
    qint64 selectedSession() const { return m_selected; }
    void selectSession(qint64 sessionId);

    // The planning checks whose findings are marked on the sessions and told in their tooltips:
    // the workspace's, unless others are set.
    void setPlanChecker(PlanChecker *checker);

    // While a session is dragged: where it would land, as the document would get it.
    bool isDragging() const { return m_drag.isActive(); }
    const Session &dragTarget() const { return m_drag.target(); }

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void relayout();
    void retranslate();
    // Changes the scale keeping the day under `anchor` (an x in the viewport) where it is, and
    // `anchorSession`, when given, at the same place under it.
    void zoomTo(qreal pixelsPerDay, qreal anchor, qint64 anchorSession = 0);
    // Where the keyboard zooms: the selected session when it is in view, else the middle.
    void zoomByKeyboard(qreal factor);
    qreal visibleChartCentre() const;
    bool isInView(qint64 sessionId) const;
    void scrollToSession(qint64 sessionId);
    // The session the arrow keys go to from the selected one: along its track, or to the
    // nearest session in the row above or below.
    qint64 neighbourOf(qint64 sessionId, int key) const;
    qint64 shownAcademy() const;
    void setHovered(qint64 sessionId);
    QString toolTipFor(qint64 sessionId) const;
    QString toolTipAt(const QPoint &position) const;
    QString emptyText() const;
    QPointF contentOffset() const;

    // Dragging a session: follows the pointer, with Shift also in time; Escape cancels.
    void updateDrag(const QPoint &position, Qt::KeyboardModifiers modifiers);
    void cancelDrag();
    // Moves the selected session as one undoable edit; false when nothing moved.
    bool moveSelected(int days);
    void updateConcerns();


    Workspace *m_workspace;
    TimelinePainter m_painter;
    TimelineLayout m_layout;
    qint64 m_academyId = 0;
    bool m_fitted = true;
    qreal m_pixelsPerDay = 0;
    qint64 m_hovered = 0;
    qint64 m_selected = 0;
    TimelineDrag m_drag;
    PlanChecker *m_checker = nullptr;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_zoomToFitAction;
};

} // namespace Akademiplan
