// SPDX-License-Identifier: MPL-2.0
#include "timelinelayout.h"

#include "calendarrules.h"
#include "danishcalendar.h"
#include "domain/municipalityregistry.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
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
    qreal left;
    qreal right;
    int row; // within the activity's rows
    int nth; // among the activity's sessions of that day
};

struct ActivitySessions
{
    const Activity *activity;
    std::vector<Placed> placed;
    int rowCount = 1;
};

// Beyond this, sessions of one activity piled on one day share rows rather than thinning them out.
constexpr int maxRowsPerActivity = 4;

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
    const std::vector<const Track *> tracks = project.tracksOf(academyId);
    placeHeader(tracks, project, input.legend);
    // Also settles the range and the scale, which the columns and bands below need.
    placeLanes(project, tracks, academyId, std::max<qreal>(0, input.minimumRowHeight));
    placeMonths();
    placeWeeks();
    placeBands(project);
    placeDayLines(input.today);
    placeBandLabels();
    placeLegend();
}

QString TimelineLayout::budgetSeasonName()
{
    return tr("Budget negotiations");
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

void TimelineLayout::placeHeader(const std::vector<const Track *> &tracks, const Project &project, bool legend)
{
    const qreal textHeight = m_metrics.textHeight;
    const qreal padding = std::round(textHeight * 0.6);

    // Wide enough for the longest track name with its colour swatch and the longest activity
    // title under it, within reason: longer names are elided rather than squeezing the chart.
    const qreal swatch = textHeight * 0.8 + textHeight * 0.5;
    qreal widest = 0;
    for (const Track *track : tracks) {
        widest = std::max(widest, m_metrics.widthOf(track->name) + swatch + 2 * padding);
        for (const Activity *activity : project.activitiesOf(track->id))
            widest = std::max(widest, m_metrics.smallWidthOf(activity->title) + swatch + 1.5 * padding);
    }
    qreal labelWidth = std::clamp(widest, textHeight * 7, textHeight * 17);
    labelWidth = std::round(std::min(labelWidth, m_size.width() * 0.3));

    const qreal monthHeight = std::round(textHeight * 1.9);
    const qreal weekHeight = std::round(m_metrics.smallTextHeight * 1.6);
    const qreal bandHeight = std::round(m_metrics.smallTextHeight * 1.5);
    const qreal header = monthHeight + weekHeight + bandHeight;
    const qreal right = std::max(labelWidth, m_size.width() - padding);
    const qreal legendHeight = legend ? std::round(m_metrics.smallTextHeight * 1.8) : 0;
    const qreal bottom = std::max(header, m_size.height() - padding - legendHeight);
    if (legend)
        m_legendRow = QRectF(0, bottom, m_size.width(), legendHeight);
    m_monthRow = QRectF(labelWidth, 0, right - labelWidth, monthHeight);
    m_weekRow = QRectF(labelWidth, monthHeight, right - labelWidth, weekHeight);
    m_bandRow = QRectF(labelWidth, monthHeight + weekHeight, right - labelWidth, bandHeight);
    m_chart = QRectF(labelWidth, header, right - labelWidth, bottom - header);
}

void TimelineLayout::settleRange(const Project &project, qint64 academyId, const QDate &earliest, const QDate &latest)
{
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
    m_shortestMark = std::max(m_minimumMarkWidth, std::min(0.8 * m_pixelsPerDay, 2 * m_metrics.textHeight));
}

std::pair<qreal, qreal> TimelineLayout::extentOf(const QDate &date, const QTime &start, const QTime &end) const
{
    const qreal dayLeft = xOf(date);
    qreal left = dayLeft + fractionOfDay(start, 0.25) * m_pixelsPerDay;
    qreal right = dayLeft + fractionOfDay(end, 0.75) * m_pixelsPerDay;
    if (right - left < m_shortestMark) {
        const qreal centre = (left + right) / 2;
        left = centre - m_shortestMark / 2;
        right = centre + m_shortestMark / 2;
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
    return {left, right};
}

QRectF TimelineLayout::markRectFor(const SessionMark &mark, const QDate &date, const QTime &start,
                                   const QTime &end) const
{
    const auto [left, right] = extentOf(date, start, end);
    return QRectF(left, mark.rect.top(), right - left, mark.rect.height());
}

void TimelineLayout::placeLanes(const Project &project, const std::vector<const Track *> &tracks, qint64 academyId,
                                qreal minimumRowHeight)
{
    // One pass over the sessions with a hash in between: a project with thousands of sessions
    // must lay out in a blink on every edit.
    std::vector<std::vector<ActivitySessions>> perLane(tracks.size());
    QHash<qint64, std::pair<std::size_t, std::size_t>> rowOfActivity;
    for (std::size_t laneIndex = 0; laneIndex < tracks.size(); ++laneIndex) {
        for (const Activity *activity : project.activitiesOf(tracks[laneIndex]->id)) {
            rowOfActivity.insert(activity->id, {laneIndex, perLane[laneIndex].size()});
            perLane[laneIndex].push_back({activity, {}, {}});
        }
    }
    QDate earliest, latest;
    for (const Session &session : project.sessions) {
        if (!session.date.isValid())
            continue;
        const auto row = rowOfActivity.constFind(session.activityId);
        if (row == rowOfActivity.constEnd())
            continue;
        perLane[row->first][row->second].placed.push_back({&session, 0, 0, 0, 0});
        if (!earliest.isValid() || session.date < earliest)
            earliest = session.date;
        if (!latest.isValid() || session.date > latest)
            latest = session.date;
    }
    settleRange(project, academyId, earliest, latest);
    if (tracks.empty())
        return;

    // Within an activity's row, sessions of the same day each get a row of their own, so that a
    // morning and an afternoon do not hide each other however far out the view is zoomed; the
    // rows depend on the dates only, so that zooming never moves a session up or down.
    int rowsInAll = 0;
    for (std::vector<ActivitySessions> &activities : perLane) {
        for (ActivitySessions &activity : activities) {
            std::vector<Placed> kept;
            for (Placed &p : activity.placed) {
                if (p.session->date < m_first || p.session->date > m_last)
                    continue;
                std::tie(p.left, p.right) = extentOf(p.session->date, p.session->startTime, p.session->endTime);
                kept.push_back(p);
            }
            std::sort(kept.begin(), kept.end(), [](const Placed &a, const Placed &b) {
                if (a.session->date != b.session->date)
                    return a.session->date < b.session->date;
                if (a.session->startTime != b.session->startTime)
                    return a.session->startTime < b.session->startTime;
                return a.session->id < b.session->id;
            });
            int rowCount = 1;
            for (std::size_t i = 0; i < kept.size(); ++i) {
                const bool sameDay = i > 0 && kept[i - 1].session->date == kept[i].session->date;
                const int nth = sameDay ? kept[i - 1].nth + 1 : 0;
                kept[i].nth = nth;
                kept[i].row = nth % maxRowsPerActivity;
                rowCount = std::max(rowCount, kept[i].row + 1);
            }
            activity.placed = std::move(kept);
            activity.rowCount = rowCount;
            rowsInAll += rowCount;
        }
    }

    // Heights: a line for each track's name and a row per activity. Rows spread out over a tall
    // chart with bars of a comfortable height; on paper they shrink to fit, on screen they stop
    // at a readable height and the picture grows taller, for the view to scroll.
    const qreal textHeight = m_metrics.textHeight;
    const qreal available = m_chart.height();
    const qreal laneCount = qreal(tracks.size());
    const qreal rows = std::max(1, rowsInAll);
    qreal nameHeight = std::round(textHeight * 1.6);
    qreal pitch = 0;
    if (minimumRowHeight > 0) {
        pitch = std::clamp((available - laneCount * nameHeight) / rows, minimumRowHeight, textHeight * 3.2);
        const qreal needed = laneCount * nameHeight + rows * pitch;
        if (needed > available) {
            m_chart.setHeight(needed);
            m_size.setHeight(m_chart.bottom() + (m_size.height() - available - m_chart.top()));
            m_legendRow.moveTop(m_chart.bottom());
        }
    } else {
        nameHeight = std::min(nameHeight, available / (laneCount + rows));
        pitch = std::min(textHeight * 3.2, std::max<qreal>(0, available - laneCount * nameHeight) / rows);
    }
    // At least a pixel, where there is a pixel: a crowded print still shows every session.
    const qreal barHeight = std::max(std::min<qreal>(1, pitch), std::min(pitch * 0.78, textHeight * 1.25));
    const qreal spare = std::max<qreal>(0, m_chart.height() - laneCount * nameHeight - rows * pitch);

    const qreal padding = std::round(textHeight * 0.6);
    const qreal indent = std::round(padding + textHeight * 0.8 + textHeight * 0.5);
    const qreal labelWidth = m_chart.left();
    qreal top = m_chart.top();
    m_widestMark.assign(tracks.size(), 0);
    m_lanes.reserve(tracks.size());
    for (std::size_t laneIndex = 0; laneIndex < tracks.size(); ++laneIndex) {
        const Track *track = tracks[laneIndex];
        int laneRows = 0;
        for (const ActivitySessions &activity : perLane[laneIndex])
            laneRows += activity.rowCount;
        if (perLane[laneIndex].empty())
            laneRows = 1; // an empty row, so that a track without activities still has its lane
        // The spare height goes to the lanes by their size, above and below their rows.
        const qreal content = nameHeight + laneRows * pitch;
        const qreal extra = spare * content / (laneCount * nameHeight + rows * pitch);
        Lane lane;
        lane.trackId = track->id;
        lane.name = track->name;
        lane.colour = track->colour.isValid() ? track->colour : QColor(0x56, 0xB4, 0xE9);
        lane.top = top;
        lane.bottom = laneIndex + 1 == tracks.size() ? m_chart.bottom() : top + content + extra;
        lane.rowCount = laneRows;
        lane.labelRect = QRectF(0, lane.top, labelWidth, lane.bottom - lane.top);
        lane.nameRect = QRectF(0, lane.top + extra / 2, labelWidth, nameHeight);
        lane.firstMark = qsizetype(m_marks.size());

        qreal rowTop = lane.nameRect.bottom();
        int firstRow = 0;
        for (const ActivitySessions &activity : perLane[laneIndex]) {
            ActivityRow row;
            row.activityId = activity.activity->id;
            row.title = activity.activity->title;
            row.top = rowTop;
            row.bottom = rowTop + activity.rowCount * pitch;
            row.firstRow = firstRow;
            row.rowCount = activity.rowCount;
            if (row.bottom - row.top >= m_metrics.smallTextHeight * 0.9) {
                row.labelRect = QRectF(indent, row.top, std::max<qreal>(0, labelWidth - indent - padding / 2),
                                       std::min(row.bottom - row.top, pitch));
                row.label = elided(row.title, row.labelRect.width());
            }
            for (const Placed &p : activity.placed) {
                SessionMark mark;
                mark.sessionId = p.session->id;
                mark.activityId = row.activityId;
                mark.trackId = lane.trackId;
                mark.laneIndex = int(laneIndex);
                mark.row = firstRow + p.row;
                const qreal rowCentre = rowTop + (p.row + 0.5) * pitch;
                mark.rect = QRectF(p.left, rowCentre - barHeight / 2, p.right - p.left, barHeight);
                m_widestMark[laneIndex] = std::max(m_widestMark[laneIndex], mark.rect.width());
                m_marks.push_back(mark);
            }
            lane.activities.push_back(row);
            rowTop = row.bottom;
            firstRow += activity.rowCount;
        }
        // Marks of a lane sorted by their left edge, for hit-testing; a later one is drawn on top.
        const auto begin = m_marks.begin() + lane.firstMark;
        std::sort(begin, m_marks.end(), [](const SessionMark &a, const SessionMark &b) {
            if (a.rect.left() != b.rect.left())
                return a.rect.left() < b.rect.left();
            return a.sessionId < b.sessionId;
        });
        lane.markCount = qsizetype(m_marks.size()) - lane.firstMark;
        m_lanes.push_back(lane);
        top = lane.bottom;
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

void TimelineLayout::placeBands(const Project &project)
{
    const std::optional<Municipality> municipality = MunicipalityRegistry::byCode(project.info.municipalityCode);
    const QString region = municipality ? municipality->region : QString();

    // Day by day, each kind on its own, so that a public holiday inside a school holiday shows as
    // both; the days of one holiday in a row make one band.
    constexpr std::size_t kinds = 4;
    std::array<std::vector<Band>, kinds> perKind;
    const auto extend = [&](Band::Kind kind, const QDate &day, const QString &key, const QString &name) {
        std::vector<Band> &bands = perKind[std::size_t(kind)];
        if (!bands.empty() && bands.back().key == key && bands.back().last.addDays(1) == day) {
            bands.back().last = day;
            return;
        }
        Band band;
        band.kind = kind;
        band.key = key;
        band.name = name;
        band.first = day;
        band.last = day;
        bands.push_back(band);
    };
    for (QDate day = m_first; day <= m_last; day = day.addDays(1)) {
        if (CalendarRules::inBudgetSeason(day))
            extend(Band::Kind::BudgetSeason, day, QStringLiteral("budget-season"), budgetSeasonName());
        if (const auto holiday = DanishCalendar::schoolHoliday(day, region))
            extend(Band::Kind::SchoolHoliday, day, holiday->key, holiday->name);
        if (const auto customary = DanishCalendar::customaryDayOff(day))
            extend(Band::Kind::CustomaryDayOff, day, customary->key, customary->name);
        if (const auto holiday = DanishCalendar::publicHoliday(day))
            extend(Band::Kind::PublicHoliday, day, holiday->key, holiday->name);
    }
    for (std::vector<Band> &bands : perKind) {
        for (Band &band : bands) {
            band.left = xOf(band.first);
            band.right = xOf(band.last.addDays(1));
            m_bands.push_back(band);
        }
    }
}

void TimelineLayout::placeDayLines(const QDate &today)
{
    for (int year = m_first.year(); year <= m_last.year(); ++year) {
        const QDate election = DanishCalendar::municipalElection(year);
        if (election.isValid() && election >= m_first && election <= m_last)
            m_dayLines.push_back({DayLine::Kind::Election, election, xOf(election) + m_pixelsPerDay / 2,
                                  tr("Municipal election"), QRectF()});
    }
    if (today.isValid() && today >= m_first && today <= m_last)
        m_dayLines.push_back({DayLine::Kind::Today, today, xOf(today) + m_pixelsPerDay / 2, tr("Today"), QRectF()});
}

void TimelineLayout::placeBandLabels()
{
    // The marked days first, as they are single lines that mean nothing without their names; then
    // the bands, the rarer kinds first, each where it starts or else right after the names in its
    // way; a name that fits nowhere is left to the tooltip.
    const qreal gap = std::round(m_metrics.smallTextHeight * 0.3);
    std::vector<QRectF> taken;
    const auto isFree = [&taken, gap](const QRectF &rect) {
        return std::none_of(taken.begin(), taken.end(), [&rect, gap](const QRectF &other) {
            return rect.left() < other.right() + gap && other.left() < rect.right() + gap;
        });
    };
    for (DayLine &line : m_dayLines) {
        const qreal width = m_metrics.smallWidthOf(line.name);
        for (const qreal left : {line.x + gap, line.x - gap - width}) {
            const QRectF rect(left, m_bandRow.top(), width, m_bandRow.height());
            if (rect.left() >= m_chart.left() && rect.right() <= m_chart.right() && isFree(rect)) {
                line.labelRect = rect;
                taken.push_back(rect);
                break;
            }
        }
    }
    std::vector<Band *> byPriority;
    for (Band &band : m_bands)
        byPriority.push_back(&band);
    std::stable_sort(byPriority.begin(), byPriority.end(),
                     [](const Band *a, const Band *b) { return int(a->kind) > int(b->kind); });
    for (Band *band : byPriority) {
        const qreal width = m_metrics.smallWidthOf(band->name);
        const qreal right = std::min(band->right, m_chart.right()) - gap;
        std::vector<qreal> candidates{std::max(band->left, m_chart.left()) + gap};
        for (const QRectF &other : taken)
            candidates.push_back(other.right() + 2 * gap);
        std::sort(candidates.begin(), candidates.end());
        for (const qreal left : candidates) {
            const QRectF rect(left, m_bandRow.top(), width, m_bandRow.height());
            if (left >= band->left && rect.right() <= right && isFree(rect)) {
                band->label = band->name;
                band->labelRect = rect;
                taken.push_back(rect);
                break;
            }
        }
    }
}

std::vector<const TimelineLayout::Band *> TimelineLayout::bandsOn(const QDate &date) const
{
    std::vector<const Band *> result;
    for (const Band &band : m_bands)
        if (band.first <= date && date <= band.last)
            result.push_back(&band);
    return result;
}

const TimelineLayout::DayLine *TimelineLayout::dayLineAt(const QPointF &point, qreal tolerance) const
{
    for (const DayLine &line : m_dayLines) {
        if (line.labelRect.contains(point))
            return &line;
        if (std::abs(point.x() - line.x) <= tolerance && point.y() >= m_bandRow.top() && point.y() <= m_chart.bottom())
            return &line;
    }
    return nullptr;
}

const TimelineLayout::ActivityRow *TimelineLayout::activityRowAt(qreal y) const
{
    for (const Lane &lane : m_lanes) {
        if (y < lane.top || y >= lane.bottom)
            continue;
        for (const ActivityRow &row : lane.activities)
            if (y >= row.top && y < row.bottom)
                return &row;
        return nullptr;
    }
    return nullptr;
}

void TimelineLayout::placeLegend()
{
    if (m_legendRow.isEmpty())
        return;
    // The kinds in the order a reader meets them, each once, as long as the row has room.
    std::vector<LegendEntry> wanted;
    const auto shows = [this](Band::Kind kind) {
        return std::any_of(m_bands.begin(), m_bands.end(), [kind](const Band &band) { return band.kind == kind; });
    };
    const std::pair<Band::Kind, QString> bandKinds[] = {
        {Band::Kind::PublicHoliday, tr("Public holiday")},
        {Band::Kind::CustomaryDayOff, tr("Day off")},
        {Band::Kind::SchoolHoliday, tr("School holiday")},
        {Band::Kind::BudgetSeason, budgetSeasonName()},
    };
    for (const auto &[kind, name] : bandKinds)
        if (shows(kind))
            wanted.push_back({kind, DayLine::Kind::Today, name, QRectF(), QRectF()});
    for (const DayLine &line : m_dayLines)
        if (std::none_of(wanted.begin(), wanted.end(),
                         [&line](const LegendEntry &entry) { return !entry.band && entry.line == line.kind; }))
            wanted.push_back({std::nullopt, line.kind, line.name, QRectF(), QRectF()});

    const qreal height = m_metrics.smallTextHeight;
    const qreal swatch = std::round(height * 1.4);
    const qreal gap = std::round(height * 0.4);
    const qreal top = m_legendRow.top() + (m_legendRow.height() - height) / 2;
    qreal x = m_chart.left();
    for (LegendEntry &entry : wanted) {
        const qreal width = m_metrics.smallWidthOf(entry.name);
        if (x + swatch + gap + width > m_chart.right())
            break;
        entry.swatchRect = QRectF(x, top + height * 0.15, swatch, height * 0.7);
        entry.textRect = QRectF(x + swatch + gap, top, width, height);
        m_legend.push_back(entry);
        x = entry.textRect.right() + 3 * gap;
    }
}

} // namespace Akademiplan
