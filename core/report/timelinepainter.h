// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planning/timelinelayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QRectF>

class QPaintDevice;
class QPainter;

namespace Akademiplan {

// Draws a TimelineLayout with a QPainter: the same picture on screen and on a QPdfWriter, which
// is why it uses QtGui only. Colours are chosen to print well: light tints and greys for the
// structure, the track colours for the sessions, and no solid black areas.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::TimelinePainter)

public:
    explicit TimelinePainter(const QFont &font = QFont());

    QFont font() const { return m_font; }
    QFont smallFont() const { return m_smallFont; }

    // How this painter's fonts measure on the device it will paint on (nullptr: the screen); the
    // layout must be made with these metrics for the text to fit where the layout put it.
    TimelineLayout::Metrics metrics(const QPaintDevice *device = nullptr) const;

    // What the planning checks found about a session, drawn as a small triangle over its mark.
    enum class Concern { Warning, Problem };
    void setConcerns(QHash<qint64, Concern> concerns) { m_concerns = std::move(concerns); }
    // A session drawn with a stronger outline, e.g. the one under the mouse.
    void setHighlightedSession(qint64 sessionId) { m_highlightedSession = sessionId; }
    // A session drawn with a ring around it: the one the consultant chose in a view.
    void setSelectedSession(qint64 sessionId) { m_selectedSession = sessionId; }

    // The whole picture, for print.
    void paint(QPainter *painter, const TimelineLayout &layout) const;
    // The parts a view scrolls separately: the chart under the header in both directions, the
    // header rows only sideways, the label column only up and down, and the corner not at all.
    // Only what meets `visible` is drawn, when it is given; a scrolled view passes what it shows.
    void paintChart(QPainter *painter, const TimelineLayout &layout, const QRectF &visible = QRectF()) const;
    void paintHeader(QPainter *painter, const TimelineLayout &layout, const QRectF &visible = QRectF()) const;
    void paintLabels(QPainter *painter, const TimelineLayout &layout) const;
    void paintCorner(QPainter *painter, const TimelineLayout &layout) const;
    // A session's mark where it would land while it is dragged.
    void paintGhost(QPainter *painter, const TimelineLayout &layout, const QRectF &rect, int laneIndex) const;

    // The caption of the week-number row, e.g. "Week".
    static QString weekCaption();

private:
    void paintBands(QPainter *painter, const TimelineLayout &layout, const QRectF &area) const;
    void paintMarks(QPainter *painter, const TimelineLayout &layout, const QRectF &visible) const;
    void paintConcern(QPainter *painter, const QRectF &mark, Concern concern) const;
    void paintDayLines(QPainter *painter, const TimelineLayout &layout, qreal top, qreal bottom) const;
    void paintLegend(QPainter *painter, const TimelineLayout &layout) const;

    QFont m_font;
    QFont m_smallFont;
    QHash<qint64, Concern> m_concerns;
    qint64 m_highlightedSession = 0;
    qint64 m_selectedSession = 0;
};

} // namespace Akademiplan
