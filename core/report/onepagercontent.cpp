// SPDX-License-Identifier: MPL-2.0
#include "onepagercontent.h"

#include "budget/budgetcalculator.h"
#include "budget/moneyformat.h"
#include "budgetsection.h"
#include "domain/domainlabels.h"
#include "domain/project.h"
#include "evaluation/indicatorstatus.h"
#include "evaluationsection.h"
#include "i18n/displaytext.h"
#include "municipalitynames.h"
#include "outputoptions.h"

#include <QHash>

#include <algorithm>
#include <iterator>

namespace Akademiplan {

// How much each part of the page may say at one level.
struct OnePagerContent::Detail
{
    int titleLines;      // the academy's name, and the line under it
    int purposeLines;
    int focusAreas;      // shown before "and 3 more"
    int focusLines;      // of each focus area
    int tracks;          // in the list and in the glance, before "and 2 more tracks"
    int cellLines;       // of a session's activity or an indicator's name
    int councilSessions; // shown before "and 4 more sessions"
    int indicators;
};

namespace {

// Where the one page says what the programme plan, its budget or its evaluation says, it uses
// their words (QCoreApplication::translate with their context), so that all read alike.

// From the most to the least said. The last level fits an A4 page whatever the data: every text
// on it has a fixed number of lines, and every list a fixed number of rows.
constexpr OnePagerContent::Detail details[] = {
    {2, 8, 8, 2, 8, 2, 10, 3}, // all a usual academy has
    {2, 6, 6, 1, 6, 1, 8, 3},
    {1, 4, 5, 1, 5, 1, 6, 3},
    {1, 3, 4, 1, 4, 1, 4, 2},
    {1, 2, 2, 1, 3, 1, 2, 1}, // fits whatever the data
};

const QColor otherTracksColour(0x9A, 0xA3, 0xAD);

// The sessions of the tracks for the council: those of the politicians' own kind, and any whose
// target group counts politicians.
bool isForTheCouncil(const Track &track)
{
    return track.kind == TrackKind::PoliticalInnovators || track.targetRoles.contains(ParticipantRole::Politician);
}

PlanBlock subheading(const QString &text)
{
    PlanBlock block{PlanBlock::Kind::Subheading};
    block.text = text;
    block.maxLines = 1;
    return block;
}

PlanBlock paragraph(const QString &text, int maxLines)
{
    PlanBlock block{PlanBlock::Kind::Paragraph};
    block.text = text;
    block.maxLines = maxLines;
    return block;
}

// How many of `count` rows a list shows when it may show `limit`: all of them when only one
// would be left over, since "and 1 more" takes the line the one would.
qsizetype shownOf(qsizetype count, int limit)
{
    return count <= limit + 1 ? count : limit;
}

} // namespace

OnePagerContent::OnePagerContent(const Project &project, const Academy &academy, const OutputOptions &options)
    : m_project(project)
    , m_academy(academy)
    , m_options(options)
    , m_tracks(project.tracksOf(academy.id))
    , m_daysOfTrack(m_tracks.size())
    , m_firstDay(academy.startDate)
    , m_lastDay(academy.endDate)
{
    // One pass over the sessions, the academy's tracks found by id.
    QHash<qint64, std::size_t> trackIndex;
    for (std::size_t t = 0; t < m_tracks.size(); ++t)
        trackIndex.insert(m_tracks[t]->id, t);
    for (const Session &session : project.sessions) {
        const Activity *activity = project.activities.find(session.activityId);
        const auto found = activity ? trackIndex.constFind(activity->trackId) : trackIndex.cend();
        if (found == trackIndex.cend() || !session.date.isValid())
            continue;
        m_daysOfTrack[*found].append(session.date);
        if (!m_firstDay.isValid() || session.date < m_firstDay)
            m_firstDay = session.date;
        if (!m_lastDay.isValid() || session.date > m_lastDay)
            m_lastDay = session.date;
        if (isForTheCouncil(*m_tracks[*found]))
            m_councilSessions.push_back(&session);
    }
    for (QList<QDate> &days : m_daysOfTrack) {
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
    }
    std::stable_sort(m_councilSessions.begin(), m_councilSessions.end(), [](const Session *a, const Session *b) {
        return std::tie(a->date, a->startTime) < std::tie(b->date, b->startTime);
    });
    // A period with one end only, or the wrong way round, still has a year to show.
    if (!m_firstDay.isValid() || !m_lastDay.isValid())
        m_firstDay = m_lastDay = m_firstDay.isValid() ? m_firstDay : m_lastDay;
    if (m_lastDay < m_firstDay)
        std::swap(m_firstDay, m_lastDay);
}

int OnePagerContent::levels()
{
    return int(std::size(details));
}

std::vector<PlanBlock> OnePagerContent::blocks(int level) const
{
    const Detail &detail = details[std::clamp(level, 0, levels() - 1)];
    std::vector<PlanBlock> blocks;
    addTitle(blocks, detail);
    addBudget(blocks);
    addPurpose(blocks, detail);
    addTracks(blocks, detail);
    addGlance(blocks, detail);
    addCouncilSessions(blocks, detail);
    addIndicators(blocks, detail);
    return blocks;
}

PlanPainter::Running OnePagerContent::running() const
{
    return {tr("Summary for %1", "the council the page is for").arg(DomainLabels::label(m_academy.council)),
            MunicipalityNames::owner(m_project),
            QCoreApplication::translate("Akademiplan::ProgrammePlan", "Plan as of %1")
                .arg(DisplayText::dayMonthYear(m_options.planDate)),
            QString()};
}

void OnePagerContent::addTitle(std::vector<PlanBlock> &blocks, const Detail &detail) const
{
    PlanBlock title{PlanBlock::Kind::Cover};
    title.text = m_academy.name;
    // Who and when in one line: "Silkeborg Kommune · 1. februar 2027 – 17. december 2027".
    QString line = MunicipalityNames::ownerWithPartners(m_project, m_academy);
    if (m_academy.startDate.isValid() && m_academy.endDate.isValid())
        line += QStringLiteral(" · %1 – %2")
                    .arg(DisplayText::dayMonthYear(m_academy.startDate), DisplayText::dayMonthYear(m_academy.endDate));
    title.lines.append(line);
    for (const Track *track : m_tracks)
        title.rows.append({track->colour.name()});
    title.maxLines = detail.titleLines;
    blocks.push_back(title);
}

void OnePagerContent::addPurpose(std::vector<PlanBlock> &blocks, const Detail &detail) const
{
    if (!m_academy.purpose.trimmed().isEmpty()) {
        blocks.push_back(subheading(QCoreApplication::translate("Akademiplan::ProgrammePlan", "Purpose")));
        blocks.push_back(paragraph(m_academy.purpose, detail.purposeLines));
    }
    const QStringList &areas = m_academy.focusAreas;
    if (areas.isEmpty())
        return;
    blocks.push_back(subheading(QCoreApplication::translate("Akademiplan::ProgrammePlan", "Strategic focus areas")));
    PlanBlock list{PlanBlock::Kind::Bullets};
    const qsizetype shown = shownOf(areas.size(), detail.focusAreas);
    list.lines = areas.mid(0, shown);
    if (shown < areas.size())
        list.lines.append(tr("and %n more", "focus areas not shown", int(areas.size() - shown)));
    list.maxLines = detail.focusLines;
    blocks.push_back(list);
}

void OnePagerContent::addTracks(std::vector<PlanBlock> &blocks, const Detail &detail) const
{
    blocks.push_back(subheading(QCoreApplication::translate("Akademiplan::ProgrammePlan", "The tracks")));
    if (m_tracks.empty()) {
        blocks.push_back(
            paragraph(QCoreApplication::translate("Akademiplan::ProgrammePlan", "The academy has no tracks yet."), 1));
        return;
    }
    // A line a track, its name and its target group, which is summarised rather than the page.
    PlanBlock list{PlanBlock::Kind::Facts};
    const qsizetype shown = shownOf(qsizetype(m_tracks.size()), detail.tracks);
    for (qsizetype t = 0; t < shown; ++t)
        list.facts.append({m_tracks[std::size_t(t)]->name, m_tracks[std::size_t(t)]->targetGroup});
    if (shown < qsizetype(m_tracks.size()))
        list.facts.append({QString(), tr("and %n more track(s)", nullptr, int(qsizetype(m_tracks.size()) - shown))});
    list.maxLines = 1;
    blocks.push_back(list);
}

void OnePagerContent::addGlance(std::vector<PlanBlock> &blocks, const Detail &detail) const
{
    if (m_tracks.empty() || !m_firstDay.isValid())
        return;
    blocks.push_back(subheading(tr("The year at a glance")));
    PlanBlock glance{PlanBlock::Kind::Glance};
    glance.firstMonth = QDate(m_firstDay.year(), m_firstDay.month(), 1);
    const QLocale locale;
    for (QDate month = glance.firstMonth; month <= m_lastDay; month = month.addMonths(1))
        glance.header.append(locale.monthName(month.month(), QLocale::ShortFormat));
    const qsizetype shown = shownOf(qsizetype(m_tracks.size()), detail.tracks);
    for (qsizetype t = 0; t < shown; ++t)
        glance.lanes.append(
            {m_tracks[std::size_t(t)]->name, m_tracks[std::size_t(t)]->colour, m_daysOfTrack[std::size_t(t)]});
    if (shown < qsizetype(m_tracks.size())) {
        // The tracks not named share a lane, so that their sessions still show.
        PlanBlock::Lane others{
            tr("%n other track(s)", nullptr, int(qsizetype(m_tracks.size()) - shown)), otherTracksColour, {}};
        for (std::size_t t = std::size_t(shown); t < m_tracks.size(); ++t)
            others.days.append(m_daysOfTrack[t]);
        std::sort(others.days.begin(), others.days.end());
        others.days.erase(std::unique(others.days.begin(), others.days.end()), others.days.end());
        glance.lanes.append(others);
    }
    blocks.push_back(glance);
}

void OnePagerContent::addCouncilSessions(std::vector<PlanBlock> &blocks, const Detail &detail) const
{
    if (std::none_of(m_tracks.begin(), m_tracks.end(), [](const Track *track) { return isForTheCouncil(*track); }))
        return;
    blocks.push_back(
        subheading(tr("Sessions for %1", "the council's own sessions").arg(DomainLabels::label(m_academy.council))));
    if (m_councilSessions.empty()) {
        blocks.push_back(
            paragraph(QCoreApplication::translate("Akademiplan::ProgrammePlan", "No sessions are planned yet."), 1));
        return;
    }
    // The day in bold, then the time and what the session is.
    PlanBlock list{PlanBlock::Kind::Facts};
    const qsizetype count = qsizetype(m_councilSessions.size());
    const qsizetype shown = shownOf(count, detail.councilSessions);
    for (qsizetype s = 0; s < shown; ++s) {
        const Session &session = *m_councilSessions[std::size_t(s)];
        const Activity *activity = m_project.activities.find(session.activityId);
        list.facts.append(
            {DisplayText::weekday(session.date) + QLatin1Char(' ') + DisplayText::dayMonthYear(session.date),
             QStringLiteral("%1 · %2").arg(DisplayText::timeRange(session.startTime, session.endTime),
                                           activity->title)});
    }
    if (shown < count)
        list.facts.append({QString(), tr("and %n more session(s), the last on %1", nullptr, int(count - shown))
                                          .arg(DisplayText::dayMonthYear(m_councilSessions.back()->date))});
    list.maxLines = detail.cellLines;
    blocks.push_back(list);
}

void OnePagerContent::addBudget(std::vector<PlanBlock> &blocks) const
{
    if (!BudgetSection::hasBudget(m_project, m_academy.id))
        return;
    // The amounts first on the page, where a council member looks for them, as the budget tab
    // shows them.
    const AcademyBudget budget = BudgetCalculator::of(m_project, m_academy.id);
    PlanBlock figures{PlanBlock::Kind::Figures};
    figures.facts = {{QCoreApplication::translate("Akademiplan::BudgetSection", "Cost with VAT"),
                      MoneyFormat::text(budget.cash.withVat())},
                     {QCoreApplication::translate("Akademiplan::BudgetSection", "Cost without VAT"),
                      MoneyFormat::text(budget.cash.withoutVat)},
                     {tr("The municipality's own share"), MoneyFormat::text(budget.municipalityShare)}};
    blocks.push_back(figures);
}

void OnePagerContent::addIndicators(std::vector<PlanBlock> &blocks, const Detail &detail) const
{
    std::vector<const Indicator *> indicators;
    for (const Indicator &indicator : m_project.indicators)
        if (indicator.academyId == m_academy.id)
            indicators.push_back(&indicator);
    if (indicators.empty())
        return;
    // The headline indicators are those of the highest level, results first, as the evaluation
    // is planned backwards from them.
    std::stable_sort(indicators.begin(), indicators.end(),
                     [](const Indicator *a, const Indicator *b) { return int(a->level) > int(b->level); });
    const qsizetype count = qsizetype(indicators.size());
    const qsizetype shown = shownOf(count, detail.indicators);
    QHash<qint64, std::vector<const Measurement *>> measurementsOf;
    for (qsizetype i = 0; i < shown; ++i)
        measurementsOf.insert(indicators[std::size_t(i)]->id, {});
    for (const Measurement &measurement : m_project.measurements)
        if (const auto found = measurementsOf.find(measurement.indicatorId); found != measurementsOf.end())
            found->push_back(&measurement);

    blocks.push_back(subheading(tr("Evaluation: headline indicators")));
    PlanBlock table{PlanBlock::Kind::Table};
    table.header = {QCoreApplication::translate("Akademiplan::EvaluationSection", "Indicator"),
                    QCoreApplication::translate("Akademiplan::EvaluationSection", "Target"),
                    QCoreApplication::translate("Akademiplan::EvaluationSection", "Latest"),
                    QCoreApplication::translate("Akademiplan::EvaluationSection", "Status")};
    table.keepWhole = {false, false, false, true};
    for (qsizetype i = 0; i < shown; ++i) {
        const Indicator &indicator = *indicators[std::size_t(i)];
        const IndicatorStatus status(indicator, measurementsOf.value(indicator.id));
        table.rows.append({indicator.name, EvaluationSection::valueText(indicator.target, indicator.unit),
                           EvaluationSection::valueText(status.latestValue(), indicator.unit),
                           IndicatorStatus::label(status.state())});
    }
    table.maxLines = detail.cellLines;
    blocks.push_back(table);
    if (shown < count)
        blocks.push_back(
            paragraph(tr("and %n more indicator(s) in the programme plan", nullptr, int(count - shown)), 1));
}

} // namespace Akademiplan
