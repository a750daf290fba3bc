// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QColor>
#include <QDate>
#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <vector>

namespace Akademiplan {

// The geometry of an academy's programme timeline: lanes per track, month and week columns and
// one mark per session, for a drawing area of a given size. It decides every position once, so
// that the screen view and the PDF export draw the very same picture and hit-testing agrees with
// what is drawn; it measures text through Metrics and so needs no fonts itself (and no GUI
// application in tests).
class TimelineLayout
{
public:
    // How text is measured on the device the layout is for. Without the width functions, widths
    // are estimated from the heights, which is good enough for tests and sizing.
    struct Metrics
    {
        qreal textHeight = 14;      // line height of the normal text (lane names, months)
        qreal smallTextHeight = 12; // line height of the small text (week numbers)
        std::function<qreal(const QString &)> textWidth;
        std::function<qreal(const QString &)> smallTextWidth;

        qreal widthOf(const QString &text) const;
        qreal smallWidthOf(const QString &text) const;
    };

    struct Input
    {
        QSizeF size;            // the whole area: label column, header rows and chart
        Metrics metrics;
        QDate first;            // empty: the academy's first day, back to the start of its month
        QDate last;             // empty: the academy's last day, on to the end of its month
        QLocale locale;         // for the month names; the UI's locale unless told otherwise
        qreal minimumMarkWidth = 3; // a two-hour session must still be seen and hit
                                    // (zoomed in, short sessions get most of their day)
    };

    struct Lane
    {
        qint64 trackId = 0;
        QString name;
        QColor colour;
        qreal top = 0;
        qreal bottom = 0;
        int rowCount = 1;       // sub-rows, so that sessions close in time do not hide each other
        QRectF labelRect;       // in the label column
        qsizetype firstMark = 0; // the lane's marks are marks()[firstMark, firstMark + markCount)
        qsizetype markCount = 0;
    };

    struct MonthColumn
    {
        QDate firstDay;
        qreal left = 0;
        qreal right = 0;
        QString label;          // the longest of "februar 2027", "feb. 2027", "feb.", "F" that fits
        QRectF labelRect;
    };

    struct WeekTick
    {
        QDate date;             // the Monday, or the first day shown when the range starts mid-week
        qreal x = 0;
        int number = 0;         // ISO 8601
        bool labelled = false;  // only every 2nd or 4th week is labelled when the weeks are narrow
        QRectF labelRect;
    };

    struct SessionMark
    {
        qint64 sessionId = 0;
        qint64 activityId = 0;
        qint64 trackId = 0;
        int laneIndex = 0;
        int row = 0;
        QRectF rect;
        // The activity's title beside its first session in the lane that has room for it before
        // the next mark; empty for the other sessions, so that a series is named once.
        QString label;
        QRectF labelRect;
    };

    TimelineLayout() = default;
    TimelineLayout(const Project &project, qint64 academyId, const Input &input);

    bool isEmpty() const { return m_lanes.empty(); }
    QSizeF size() const { return m_size; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    qreal pixelsPerDay() const { return m_pixelsPerDay; }
    const Metrics &metrics() const { return m_metrics; }

    // The regions: the label column on the left, the two header rows on top, the chart below.
    QRectF labelColumn() const;
    QRectF monthRow() const { return m_monthRow; }
    QRectF weekRow() const { return m_weekRow; }
    QRectF chartRect() const { return m_chart; }
    QRectF weekCaptionRect() const; // where the header of the week numbers goes, left of them

    const std::vector<Lane> &lanes() const { return m_lanes; }
    const std::vector<MonthColumn> &months() const { return m_months; }
    const std::vector<WeekTick> &weeks() const { return m_weeks; }
    // Lane by lane; within a lane in the order they are drawn, a later one on top.
    const std::vector<SessionMark> &marks() const { return m_marks; }

    // Where a day begins; days outside the range lie outside the chart.
    qreal xOf(const QDate &date) const;
    // The day under an x position, clamped to the range.
    QDate dateAt(qreal x) const;
    // The session whose mark is at a point (the one on top where marks overlap), or 0. The
    // tolerance widens every mark, to make thin marks easier to hit with a mouse.
    qint64 sessionAt(const QPointF &point, qreal tolerance = 0) const;
    const SessionMark *markOf(qint64 sessionId) const;

    // The width the chart needs for a scale, for views that scroll when zoomed in.
    qreal widthFor(qreal pixelsPerDay) const;

private:
    void placeLanes(const Project &project, qint64 academyId);
    void placeMonths();
    void placeWeeks();
    void placeMarks(const Project &project, qint64 academyId);
    void placeMarkLabels(const Project &project, const Lane &lane);
    QString elided(const QString &text, qreal width) const;

    QSizeF m_size;
    Metrics m_metrics;
    QLocale m_locale;
    qreal m_minimumMarkWidth = 3;
    QDate m_first;
    QDate m_last;
    qreal m_pixelsPerDay = 0;
    QRectF m_monthRow;
    QRectF m_weekRow;
    QRectF m_chart;
    std::vector<Lane> m_lanes;
    std::vector<MonthColumn> m_months;
    std::vector<WeekTick> m_weeks;
    std::vector<SessionMark> m_marks;
    std::vector<qreal> m_widestMark; // per lane, so that hit-testing can stop searching early
};

} // namespace Akademiplan
