// SPDX-License-Identifier: MPL-2.0
#include "timelinelayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Akademiplan {

namespace {

constexpr qreal msecsPerDay = 24.0 * 60 * 60 * 1000;

// A session's place within its day, so that a morning and an afternoon session sit side by side
// when zoomed in far enough to tell them apart.
qreal fractionOfDay(const QTime &time, qreal fallback)
{
    return time.isValid() ? time.msecsSinceStartOfDay() / msecsPerDay : fallback;
}

struct Placed
{
    const Session *session;
    qint64 activityId;
    qreal left;
    qreal right;
};

} // namespace

qreal TimelineLayout::Metrics::widthOf(const QString &text) const
{
    return textWidth ? textWidth(text) : text.size() * textHeight * 0.55;
}

qreal TimelineLayout::Metrics::smallWidthOf(const QString &text) const
{
    return smallTextWidth ? smallTextWidth(text) : text.size() * smallTextHeight * 0.55;
}

TimelineLayout::TimelineLayout(const Project &project, qint64 academyId, const Input &input)
    : m_size(input.size)
    , m_metrics(input.metrics)
    , m_locale(input.locale)
    , m_minimumMarkWidth(std::max<qreal>(1, input.minimumMarkWidth))
    , m_first(input.first)
    , m_last(input.last)
{
    placeLanes(project, academyId);
    placeMarks(project, academyId); // also settles the range and the chart, which the columns below need
    placeMonths();
    placeWeeks();
}

QRectF TimelineLayout::labelColumn() const
{
    return QRectF(0, 0, m_chart.left(), m_size.height());
}

QRectF TimelineLayout::weekCaptionRect() const
{
    return QRectF(0, m_weekRow.top(), m_chart.left(), m_weekRow.height());
}

qreal TimelineLayout::xOf(const QDate &date) const
{
    return m_chart.left() + m_first.daysTo(date) * m_pixelsPerDay;
}

QDate TimelineLayout::dateAt(qreal x) const
{
    if (m_pixelsPerDay <= 0)
        return m_first;
    const qint64 day = qint64(std::floor((x - m_chart.left()) / m_pixelsPerDay));
    return m_first.addDays(std::clamp<qint64>(day, 0, m_first.daysTo(m_last)));
}

qreal TimelineLayout::widthFor(qreal pixelsPerDay) const
{
    const qreal margins = m_size.width() - m_chart.width();
    return margins + (m_first.daysTo(m_last) + 1) * pixelsPerDay;
}

const TimelineLayout::SessionMark *TimelineLayout::markOf(qint64 sessionId) const
{
    for (const SessionMark &mark : m_marks)
        if (mark.sessionId == sessionId)
            return &mark;
    return nullptr;
}

qint64 TimelineLayout::sessionAt(const QPointF &point, qreal tolerance) const
{
    // A mark under the point wins over a neighbour that is merely near it.
    if (tolerance > 0) {
        if (const qint64 exact = sessionAt(point, 0))
            return exact;
    }
    for (std::size_t laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        const Lane &lane = m_lanes[laneIndex];
        if (point.y() < lane.top || point.y() >= lane.bottom)
            continue;
        // Marks of a lane are sorted by their left edge and none is wider than the widest, so
        // only the few that start just left of the point need a look; the last drawn wins.
        const auto begin = m_marks.begin() + lane.firstMark;
        const auto end = begin + lane.markCount;
        auto it = std::upper_bound(begin, end, point.x() + tolerance,
                                   [](qreal x, const SessionMark &mark) { return x < mark.rect.left(); });
        const qreal reach = point.x() - tolerance - m_widestMark[laneIndex];
        while (it != begin) {
            --it;
            if (it->rect.left() < reach)
                break;
            if (it->rect.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point))
                return it->sessionId;
        }
        return 0;
    }
    return 0;
}

void TimelineLayout::placeLanes(const Project &project, qint64 academyId)
{
    const qreal textHeight = m_metrics.textHeight;
    const qreal padding = std::round(textHeight * 0.6);
    const std::vector<const Track *> tracks = project.tracksOf(academyId);

    // Wide enough for the longest name with its colour swatch, within reason: longer names are
    // elided rather than squeezing the chart.
    qreal widest = 0;
    for (const Track *track : tracks)
        widest = std::max(widest, m_metrics.widthOf(track->name));
    const qreal swatch = textHeight * 0.8 + textHeight * 0.5;
    qreal labelWidth = std::clamp(widest + swatch + 2 * padding, textHeight * 7, textHeight * 15);
    labelWidth = std::round(std::min(labelWidth, m_size.width() * 0.35));

    const qreal monthHeight = std::round(textHeight * 1.9);
    const qreal weekHeight = std::round(m_metrics.smallTextHeight * 1.6);
    const qreal right = std::max(labelWidth, m_size.width() - padding);
    const qreal bottom = std::max(monthHeight + weekHeight, m_size.height() - padding);
    m_monthRow = QRectF(labelWidth, 0, right - labelWidth, monthHeight);
    m_weekRow = QRectF(labelWidth, monthHeight, right - labelWidth, weekHeight);
    m_chart = QRectF(labelWidth, monthHeight + weekHeight, right - labelWidth, bottom - monthHeight - weekHeight);

    if (tracks.empty())
        return;
    const qreal laneHeight = m_chart.height() / qreal(tracks.size());
    m_lanes.reserve(tracks.size());
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        Lane lane;
        lane.trackId = tracks[i]->id;
        lane.name = tracks[i]->name;
        lane.colour = tracks[i]->colour.isValid() ? tracks[i]->colour : QColor(0x56, 0xB4, 0xE9);
        lane.top = m_chart.top() + qreal(i) * laneHeight;
        lane.bottom = i + 1 == tracks.size() ? m_chart.bottom() : lane.top + laneHeight;
        lane.labelRect = QRectF(0, lane.top, labelWidth, lane.bottom - lane.top);
        m_lanes.push_back(lane);
    }
}

void TimelineLayout::placeMarks(const Project &project, qint64 academyId)
{
    // One pass over the activities and one over the sessions, with hashes in between: a project
    // with thousands of sessions must lay out in a blink on every edit.
    QHash<qint64, int> laneOfTrack;
    for (std::size_t i = 0; i < m_lanes.size(); ++i)
        laneOfTrack.insert(m_lanes[i].trackId, int(i));
    QHash<qint64, int> laneOfActivity;
    for (const Activity &activity : project.activities) {
        const auto lane = laneOfTrack.constFind(activity.trackId);
        if (lane != laneOfTrack.constEnd())
            laneOfActivity.insert(activity.id, *lane);
    }

    std::vector<std::vector<const Session *>> perLane(m_lanes.size());
    QDate earliest, latest;
    for (const Session &session : project.sessions) {
        if (!session.date.isValid())
            continue;
        const auto lane = laneOfActivity.constFind(session.activityId);
        if (lane == laneOfActivity.constEnd())
            continue;
        perLane[std::size_t(*lane)].push_back(&session);
        if (!earliest.isValid() || session.date < earliest)
            earliest = session.date;
        if (!latest.isValid() || session.date > latest)
            latest = session.date;
    }

    // The academy's period, stretched to any session planned outside it (the rules allow that
    // with a warning), in whole months.
    if (!m_first.isValid() || !m_last.isValid()) {
        QDate from, to;
        // Also for an academy without tracks yet, whose plan still shows its period.
        if (const Academy *academy = project.academies.find(academyId)) {
            from = academy->startDate;
            to = academy->endDate;
        }
        if (earliest.isValid() && (!from.isValid() || earliest < from))
            from = earliest;
        if (latest.isValid() && (!to.isValid() || latest > to))
            to = latest;
        if (!from.isValid())
            from = to.isValid() ? to : QDate::currentDate();
        if (!to.isValid())
            to = from;
        if (!m_first.isValid())
            m_first = QDate(from.year(), from.month(), 1);
        if (!m_last.isValid())
            m_last = QDate(to.year(), to.month(), to.daysInMonth());
    }
    if (m_last < m_first)
        std::swap(m_first, m_last);
    m_pixelsPerDay = m_chart.width() / qreal(m_first.daysTo(m_last) + 1);

    // A short session is widened to most of its day once the days are wide enough, up to a
    // small bar: at the scale of an hour per pixel, a seminar would otherwise be a hairline.
    const qreal shortest = std::max(m_minimumMarkWidth, std::min(0.8 * m_pixelsPerDay, 2 * m_metrics.textHeight));
    m_widestMark.assign(m_lanes.size(), 0);
    std::vector<Placed> placed;
    for (std::size_t laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        Lane &lane = m_lanes[laneIndex];
        placed.clear();
        for (const Session *session : perLane[laneIndex]) {
            if (session->date < m_first || session->date > m_last)
                continue;
            const qreal dayLeft = xOf(session->date);
            qreal left = dayLeft + fractionOfDay(session->startTime, 0.25) * m_pixelsPerDay;
            qreal right = dayLeft + fractionOfDay(session->endTime, 0.75) * m_pixelsPerDay;
            if (right - left < shortest) {
                const qreal centre = (left + right) / 2;
                left = centre - shortest / 2;
                right = centre + shortest / 2;
            }
            // Kept inside the chart, so that a session on the first or last day is not cut off.
            if (left < m_chart.left()) {
                right += m_chart.left() - left;
                left = m_chart.left();
            }
            if (right > m_chart.right()) {
                left = std::max(m_chart.left(), left - (right - m_chart.right()));
                right = m_chart.right();
            }
            placed.push_back({session, session->activityId, left, right});
        }
        std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
            if (a.left != b.left)
                return a.left < b.left;
            return a.session->id < b.session->id;
        });

        // Marks that would cover more than half of a neighbour go to the next free sub-row;
        // smaller overlaps are left, since the outline of each mark keeps them apart. Sub-rows
        // stop where they would get thinner than a few pixels.
        const qreal laneHeight = lane.bottom - lane.top;
        const qreal padding = std::max<qreal>(2, std::round(laneHeight * 0.14));
        const qreal inner = std::max<qreal>(1, laneHeight - 2 * padding);
        const int maxRows = std::max(1, int(inner / std::max<qreal>(5, m_metrics.textHeight * 0.35)));
        struct RowEnd
        {
            qreal right;
            qreal width;
        };
        std::vector<RowEnd> rowEnds;
        std::vector<int> rows(placed.size(), 0);
        for (std::size_t i = 0; i < placed.size(); ++i) {
            const Placed &p = placed[i];
            const qreal width = p.right - p.left;
            int row = -1;
            for (std::size_t r = 0; r < rowEnds.size(); ++r) {
                const qreal overlap = rowEnds[r].right - p.left;
                if (overlap <= 0.5 * std::min(width, rowEnds[r].width) - 0.01) {
                    row = int(r);
                    break;
                }
            }
            if (row < 0 && int(rowEnds.size()) < maxRows) {
                row = int(rowEnds.size());
                rowEnds.push_back({p.right, width});
            } else if (row < 0) {
                // Crowded beyond the rows there is room for: the row that frees up first.
                row = int(std::min_element(rowEnds.begin(), rowEnds.end(),
                                           [](const RowEnd &a, const RowEnd &b) { return a.right < b.right; })
                          - rowEnds.begin());
            }
            if (p.right >= rowEnds[std::size_t(row)].right)
                rowEnds[std::size_t(row)] = {p.right, width};
            rows[i] = row;
        }
        lane.rowCount = std::max(1, int(rowEnds.size()));

        // Bars of a comfortable height, centred in the lane, rather than stretched over a tall lane.
        const qreal gap = lane.rowCount > 1
                              ? std::max<qreal>(1, std::min(m_metrics.textHeight * 0.2, inner / lane.rowCount * 0.15))
                              : 0;
        const qreal rowHeight = std::min(inner / lane.rowCount, m_metrics.textHeight * 1.7 + gap);
        const qreal stackTop = lane.top + (laneHeight - rowHeight * lane.rowCount + gap) / 2;

        lane.firstMark = qsizetype(m_marks.size());
        lane.markCount = qsizetype(placed.size());
        for (std::size_t i = 0; i < placed.size(); ++i) {
            const Placed &p = placed[i];
            SessionMark mark;
            mark.sessionId = p.session->id;
            mark.activityId = p.activityId;
            mark.trackId = lane.trackId;
            mark.laneIndex = int(laneIndex);
            mark.row = rows[i];
            mark.rect = QRectF(p.left, stackTop + rows[i] * rowHeight, p.right - p.left, rowHeight - gap);
            m_widestMark[laneIndex] = std::max(m_widestMark[laneIndex], mark.rect.width());
            m_marks.push_back(mark);
        }
        placeMarkLabels(project, lane);
    }
}

void TimelineLayout::placeMarkLabels(const Project &project, const Lane &lane)
{
    if (lane.markCount == 0)
        return;
    const qreal gap = std::round(m_metrics.smallTextHeight * 0.35);
    // Shorter than a word or two, an elided title says nothing and only adds noise.
    const qreal shortest = m_metrics.smallWidthOf(QStringLiteral("Mmmmmm…"));
    // A name right after a close neighbour of another activity would seem to name both.
    const qreal apart = m_metrics.smallTextHeight * 2.5;
    if (m_marks[std::size_t(lane.firstMark)].rect.height() < m_metrics.smallTextHeight * 0.9)
        return; // rows too thin for text

    // Per mark: where the next mark of its row begins, and the mark before it in its row.
    const std::size_t count = std::size_t(lane.markCount);
    const auto markAt = [this, &lane](qsizetype i) -> SessionMark & {
        return m_marks[std::size_t(lane.firstMark + i)];
    };
    std::vector<qreal> limit(count, m_chart.right());
    std::vector<qsizetype> previous(count, -1);
    std::vector<qsizetype> lastInRow(std::size_t(lane.rowCount), -1);
    for (std::size_t i = 0; i < count; ++i) {
        qsizetype &last = lastInRow[std::size_t(markAt(qsizetype(i)).row)];
        if (last >= 0)
            limit[std::size_t(last)] = markAt(qsizetype(i)).rect.left();
        previous[i] = last;
        last = qsizetype(i);
    }

    // Each activity is named once per lane, beside its first session with room for the name: a
    // series of network meetings needs no name on every meeting.
    QSet<qint64> named;
    for (std::size_t i = 0; i < count; ++i) {
        SessionMark &mark = markAt(qsizetype(i));
        if (named.contains(mark.activityId))
            continue;
        if (previous[i] >= 0) {
            const SessionMark &before = markAt(previous[i]);
            if (before.activityId != mark.activityId && mark.rect.left() - before.rect.right() < apart)
                continue;
        }
        const qreal left = mark.rect.right() + gap;
        const qreal room = limit[i] - gap - left;
        if (room < shortest)
            continue;
        const Activity *activity = project.activities.find(mark.activityId);
        if (!activity || activity->title.isEmpty())
            continue;
        mark.label = elided(activity->title, room);
        if (mark.label.isEmpty())
            continue;
        mark.labelRect = QRectF(left, mark.rect.top(), m_metrics.smallWidthOf(mark.label), mark.rect.height());
        named.insert(mark.activityId);
    }
}

QString TimelineLayout::elided(const QString &text, qreal width) const
{
    if (m_metrics.smallWidthOf(text) <= width)
        return text;
    // The longest start of the text that fits with an ellipsis, found by halving.
    const QString ellipsis(QChar(0x2026));
    qsizetype low = 0;
    qsizetype high = text.size() - 1;
    while (low < high) {
        const qsizetype middle = (low + high + 1) / 2;
        if (m_metrics.smallWidthOf(text.left(middle).trimmed() + ellipsis) <= width)
            low = middle;
        else
            high = middle - 1;
    }
    QString start = text.left(low);
    while (!start.isEmpty() && (start.back().isSpace() || start.back().isPunct()))
        start.chop(1);
    return start.size() < 4 ? QString() : start + ellipsis;
}

void TimelineLayout::placeMonths()
{
    const qreal padding = std::round(m_metrics.textHeight * 0.45);
    for (QDate month(m_first.year(), m_first.month(), 1); month <= m_last; month = month.addMonths(1)) {
        MonthColumn column;
        column.firstDay = month;
        column.left = xOf(std::max(month, m_first));
        column.right = xOf(std::min(month.addMonths(1), m_last.addDays(1)));
        column.labelRect = QRectF(column.left + padding, m_monthRow.top(),
                                  std::max<qreal>(0, column.right - column.left - 2 * padding), m_monthRow.height());
        m_months.push_back(column);
    }

    // One form of month name for the whole header, the longest that fits every whole month;
    // mixing "September 2027" with "Oct 2027" would look careless.
    const auto forms = [this](const QDate &month) {
        const QString shortName = m_locale.toString(month, QStringLiteral("MMM"));
        return std::vector<QString>{m_locale.toString(month, QStringLiteral("MMMM yyyy")),
                                    m_locale.toString(month, QStringLiteral("MMM yyyy")), shortName,
                                    shortName.left(1).toUpper()};
    };
    std::size_t chosen = 4; // none
    for (std::size_t form = 0; form < 4 && chosen == 4; ++form) {
        bool fitsAll = true;
        for (const MonthColumn &column : m_months) {
            const bool whole = column.firstDay >= m_first && column.firstDay.addMonths(1) <= m_last.addDays(1);
            if (whole && m_metrics.widthOf(forms(column.firstDay)[form]) > column.labelRect.width()) {
                fitsAll = false;
                break;
            }
        }
        if (fitsAll)
            chosen = form;
    }
    // Months cut off by the range get the chosen form if it fits, or a shorter one, or nothing.
    for (MonthColumn &column : m_months) {
        const std::vector<QString> names = forms(column.firstDay);
        for (std::size_t form = chosen; form < names.size(); ++form) {
            if (m_metrics.widthOf(names[form]) <= column.labelRect.width()) {
                column.label = names[form];
                break;
            }
        }
    }
}

void TimelineLayout::placeWeeks()
{
    const qreal gap = m_metrics.smallTextHeight * 0.8;
    const qreal labelWidth = m_metrics.smallWidthOf(QStringLiteral("53"));
    const qreal weekWidth = 7 * m_pixelsPerDay;
    int step = 0; // 0: no week numbers at all, the header would be a smear
    for (int candidate : {1, 2, 4, 8, 13, 26}) {
        if (candidate * weekWidth >= labelWidth + gap) {
            step = candidate;
            break;
        }
    }

    // A tick at every Monday, and one at the first day when the range starts mid-week.
    QDate day = m_first;
    qreal lastLabelRight = -1e9;
    while (day <= m_last) {
        const QDate next = std::min(day.addDays(8 - day.dayOfWeek()), m_last.addDays(1));
        WeekTick tick;
        tick.date = day;
        tick.x = xOf(day);
        tick.number = day.weekNumber();
        if (step > 0 && (tick.number - 1) % step == 0) {
            const QString text = QString::number(tick.number);
            const qreal width = m_metrics.smallWidthOf(text);
            const qreal centre = (tick.x + xOf(next)) / 2;
            QRectF rect(centre - width / 2, m_weekRow.top(), width, m_weekRow.height());
            // A partial week at either end may be too narrow for its own number.
            const bool inside = rect.left() >= m_chart.left() && rect.right() <= m_chart.right();
            if (inside && rect.left() >= lastLabelRight + gap) {
                tick.labelled = true;
                tick.labelRect = rect;
                lastLabelRight = rect.right();
            }
        }
        m_weeks.push_back(tick);
        day = next;
    }
}

} // namespace Akademiplan
