// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/project.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTime>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace Akademiplan {

// The geometry of an academy's programme timeline: lanes per track with a row per activity, month
// and week columns, the Danish planning year's days off as bands behind it, and one mark per
// session, for a drawing area of a given size. It decides every position once, so
// that the screen view and the PDF export draw the very same picture and hit-testing agrees with
// what is drawn; it measures text through Metrics and so needs no fonts itself (and no GUI
// application in tests).
class TimelineLayout
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::TimelineLayout)

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
        // 0: every activity row fits into the height, however thin (print). Otherwise rows are
        // never thinner than this, and the layout grows taller than asked for (a view scrolls).
        qreal minimumRowHeight = 0;
        QDate today;            // marked with a line; invalid for none (print)
        // A key to the shades and lines under the chart, for paper, where nothing is named on
        // hover; a view names them in its tooltips instead.
        bool legend = false;
    };

    // A stretch of days of one kind in the Danish planning year, shaded behind the sessions.
    struct Band
    {
        // In the order they are drawn: a public holiday inside a school holiday shows on top.
        enum class Kind { BudgetSeason, SchoolHoliday, CustomaryDayOff, PublicHoliday };
        Kind kind = Kind::SchoolHoliday;
        QString key;            // stable, e.g. "winter-holiday", "budget-season"
        QString name;           // in the UI language: "Vinterferie (uge 7)"
        QDate first;
        QDate last;
        qreal left = 0;
        qreal right = 0;
        QString label;          // the name in the band row, when it fits there; else empty
        QRectF labelRect;
    };

    // A single day marked with a line through the chart and a label in the band row.
    struct DayLine
    {
        enum class Kind { Election, Today };
        Kind kind = Kind::Today;
        QDate date;
        qreal x = 0;            // the middle of the day
        QString name;           // "Kommunalvalg"
        QRectF labelRect;       // empty when there is no room for the name
    };

    // One entry of the key under the chart: a kind of band or of marked day, with its name.
    struct LegendEntry
    {
        std::optional<Band::Kind> band; // else a marked day
        DayLine::Kind line = DayLine::Kind::Today;
        QString name;
        QRectF swatchRect;
        QRectF textRect;
    };

    // One activity of a track: a row of the lane (more when its sessions overlap), named in the
    // label column.
    struct ActivityRow
    {
        qint64 activityId = 0;
        QString title;
        qreal top = 0;
        qreal bottom = 0;
        int firstRow = 0;       // the lane's sub-rows [firstRow, firstRow + rowCount)
        int rowCount = 1;
        QString label;          // the title elided to the label column; empty when rows are too thin
        QRectF labelRect;
    };

    struct Lane
    {
        qint64 trackId = 0;
        QString name;
        QColor colour;
        qreal top = 0;
        qreal bottom = 0;
        int rowCount = 1;       // sub-rows: one per activity, more where its sessions overlap
        QRectF labelRect;       // the whole lane in the label column
        QRectF nameRect;        // the track's name, above its activities
        std::vector<ActivityRow> activities; // in the track's order
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
        int row = 0;            // the lane's sub-row, within its activity's rows
        QRectF rect;
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
    QRectF bandRow() const { return m_bandRow; } // the names of the bands and the marked days
    QRectF headerRect() const { return QRectF(0, 0, m_size.width(), m_chart.top()); }
    QRectF chartRect() const { return m_chart; }
    QRectF weekCaptionRect() const; // where the header of the week numbers goes, left of them

    const std::vector<Lane> &lanes() const { return m_lanes; }
    const std::vector<MonthColumn> &months() const { return m_months; }
    const std::vector<WeekTick> &weeks() const { return m_weeks; }
    // Lane by lane; within a lane in the order they are drawn, a later one on top.
    const std::vector<SessionMark> &marks() const { return m_marks; }
    // In the order they are drawn.
    const std::vector<Band> &bands() const { return m_bands; }
    const std::vector<DayLine> &dayLines() const { return m_dayLines; }
    // Only the kinds the range shows, and only as many as fit the width.
    const std::vector<LegendEntry> &legend() const { return m_legend; }

    // The bands a day lies in, the one drawn on top last.
    std::vector<const Band *> bandsOn(const QDate &date) const;
    // The marked day whose line or label is at a point, or nullptr.
    const DayLine *dayLineAt(const QPointF &point, qreal tolerance = 0) const;
    // The activity whose row (in the chart or in the label column) is at a height, or nullptr.
    const ActivityRow *activityRowAt(qreal y) const;

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

    // Where a session's mark would be drawn on another day or at other times, in the row of the
    // mark it has now: for showing where a dragged session would land.
    QRectF markRectFor(const SessionMark &mark, const QDate &date, const QTime &start, const QTime &end) const;

    // The name of the council's budget season on the timeline.
    static QString budgetSeasonName();

private:
    void placeHeader(const std::vector<const Track *> &tracks, const Project &project, bool legend);
    void placeLanes(const Project &project, const std::vector<const Track *> &tracks, qint64 academyId,
                    qreal minimumRowHeight);
    void settleRange(const Project &project, qint64 academyId, const QDate &earliest, const QDate &latest);
    void placeMonths();
    void placeWeeks();
    void placeBands(const Project &project);
    void placeDayLines(const QDate &today);
    void placeBandLabels();
    void placeLegend();
    // The left and right edge of a session's mark on its day.
    std::pair<qreal, qreal> extentOf(const QDate &date, const QTime &start, const QTime &end) const;
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
    QRectF m_bandRow;
    QRectF m_chart;
    qreal m_shortestMark = 3;
    std::vector<Lane> m_lanes;
    std::vector<MonthColumn> m_months;
    std::vector<WeekTick> m_weeks;
    std::vector<SessionMark> m_marks;
    std::vector<Band> m_bands;
    std::vector<DayLine> m_dayLines;
    std::vector<LegendEntry> m_legend;
    QRectF m_legendRow;
    std::vector<qreal> m_widestMark; // per lane, so that hit-testing can stop searching early
};

} // namespace Akademiplan
