// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "planning/timelinelayout.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
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

    // A red line through the chart at this day; nothing when invalid or outside the range.
    void setToday(const QDate &today) { m_today = today; }
    // A session drawn with a stronger outline, e.g. the one under the mouse.
    void setHighlightedSession(qint64 sessionId) { m_highlightedSession = sessionId; }
    // A session drawn with a ring around it: the one the consultant chose in a view.
    void setSelectedSession(qint64 sessionId) { m_selectedSession = sessionId; }

    // The whole picture, for print.
    void paint(QPainter *painter, const TimelineLayout &layout) const;
    // Header rows, lanes, grid and sessions: everything right of the label column. Only marks
    // that meet `visible` are drawn, when it is given; a scrolled view passes what it shows.
    void paintChart(QPainter *painter, const TimelineLayout &layout, const QRectF &visible = QRectF()) const;
    // The label column with the track names, which a view keeps in place while the chart scrolls.
    void paintLabels(QPainter *painter, const TimelineLayout &layout) const;

    // The caption of the week-number row, e.g. "Week".
    static QString weekCaption();

private:
    void paintHeader(QPainter *painter, const TimelineLayout &layout, const QRectF &visible) const;
    void paintMarks(QPainter *painter, const TimelineLayout &layout, const QRectF &visible) const;
    void paintToday(QPainter *painter, const TimelineLayout &layout) const;

    QFont m_font;
    QFont m_smallFont;
    QDate m_today;
    qint64 m_highlightedSession = 0;
    qint64 m_selectedSession = 0;
};

} // namespace Akademiplan
