// SPDX-License-Identifier: MPL-2.0
#include "evaluationsection.h"

#include "budget/moneyformat.h"
#include "domain/domainlabels.h"
#include "domain/project.h"
#include "evaluation/indicatorstatus.h"
#include "i18n/displaytext.h"

#include <QHash>

#include <algorithm>

namespace Akademiplan {

namespace {

PlanBlock subheading(const QString &text)
{
    PlanBlock block{PlanBlock::Kind::Subheading};
    block.text = text;
    return block;
}

} // namespace

QString EvaluationSection::valueText(const std::optional<qint64> &hundredths, const QString &unit)
{
    if (!hundredths)
        return QStringLiteral("–");
    const QString number = MoneyFormat::number(Money::fromOre(*hundredths), MoneyFormat::Ore::OmitWhenZero);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

void EvaluationSection::add(const Project &project, qint64 academyId, const QDate &planDate,
                            std::vector<PlanBlock> &blocks)
{
    const ProgrammeTheory *theory = nullptr;
    for (const ProgrammeTheory &row : project.programmeTheories)
        if (row.academyId == academyId)
            theory = &row;
    std::vector<const Track *> tracks = project.tracksOf(academyId);
    QHash<qint64, std::vector<const LearningGoal *>> goalsOf;
    for (const LearningGoal &goal : project.learningGoals)
        goalsOf[goal.trackId].push_back(&goal);
    std::vector<const Indicator *> indicators;
    for (const Indicator &indicator : project.indicators)
        if (indicator.academyId == academyId)
            indicators.push_back(&indicator);
    const bool anyGoals = std::any_of(tracks.begin(), tracks.end(), [&](const Track *t) { return goalsOf.contains(t->id); });
    if (!theory && !anyGoals && indicators.empty())
        return;

    PlanBlock heading{PlanBlock::Kind::Heading};
    heading.text = tr("Evaluation");
    blocks.push_back(heading);

    if (theory) {
        blocks.push_back(subheading(tr("Programme theory")));
        PlanBlock intro{PlanBlock::Kind::Paragraph};
        intro.text = tr("How the academy is to make a difference, step by step from what it does to what it "
                        "changes, and what must hold for that to happen.");
        blocks.push_back(intro);
        PlanBlock chain{PlanBlock::Kind::Facts};
        const std::pair<QString, QString> steps[] = {
            {tr("For whom"), theory->forWhom},
            {tr("1. Activities"), theory->activities},
            {tr("2. What participants learn"), theory->learning},
            {tr("3. What they do differently"), theory->behaviour},
            {tr("4. Short-term results"), theory->results},
            {tr("5. Long-term effects"), theory->effects},
            {tr("Assumptions"), theory->assumptions},
            {tr("What counts as success"), theory->success}};
        for (const auto &[label, text] : steps)
            if (!text.isEmpty())
                chain.facts.append({label, text});
        blocks.push_back(chain);
        PlanBlock anchoring{PlanBlock::Kind::Facts};
        for (const auto &[label, text] : {std::pair{tr("Before"), theory->managersBefore},
                                          std::pair{tr("During"), theory->managersDuring},
                                          std::pair{tr("After"), theory->managersAfter}})
            if (!text.isEmpty())
                anchoring.facts.append({label, text});
        if (!anchoring.facts.isEmpty()) {
            blocks.push_back(subheading(tr("Anchoring: the managers' role")));
            blocks.push_back(anchoring);
        }
    }

    if (anyGoals) {
        blocks.push_back(subheading(tr("Learning goals")));
        PlanBlock table{PlanBlock::Kind::Table};
        table.header = {tr("Track"), tr("Kind"), tr("Learning goal")};
        for (const Track *track : tracks) {
            std::vector<const LearningGoal *> goals = goalsOf.value(track->id);
            std::stable_sort(goals.begin(), goals.end(), [](const LearningGoal *a, const LearningGoal *b) {
                return std::tie(a->position, a->id) < std::tie(b->position, b->id);
            });
            for (const LearningGoal *goal : goals)
                table.rows.append({track->name, DomainLabels::label(goal->kind), goal->text});
        }
        blocks.push_back(table);
    }

    if (!indicators.empty()) {
        QHash<qint64, std::vector<const Measurement *>> measurementsOf;
        for (const Measurement &measurement : project.measurements)
            measurementsOf[measurement.indicatorId].push_back(&measurement);
        // Seven columns of words need the width of a page on its side, as the calendar does.
        PlanBlock heading{PlanBlock::Kind::Heading};
        heading.text = tr("Evaluation: indicators");
        heading.landscape = true;
        blocks.push_back(heading);
        PlanBlock intro{PlanBlock::Kind::Paragraph};
        intro.text = tr("What is measured on each of Kirkpatrick's levels (reaction, learning, behaviour, results), "
                        "how and when, and where it stands on %1.")
                         .arg(DisplayText::dayMonthYear(planDate));
        blocks.push_back(intro);
        PlanBlock table{PlanBlock::Kind::Table};
        table.header = {tr("Indicator"), tr("Level"), tr("Method"), tr("Baseline"), tr("Target"), tr("Latest"),
                        tr("Measured"), tr("Status")};
        table.keepWhole = {false, false, false, true, true, true, false, true};
        table.compact = true;
        // Level 4 first: the plan is made backwards from the results.
        std::stable_sort(indicators.begin(), indicators.end(), [](const Indicator *a, const Indicator *b) {
            return int(a->level) > int(b->level);
        });
        for (const Indicator *indicator : indicators) {
            std::vector<const Measurement *> own = measurementsOf.value(indicator->id);
            const IndicatorStatus status(*indicator, own);
            // "Before, at the end, 3 months after": a list in a sentence, capitalised once.
            QStringList when;
            for (const Measurement *measurement : own) {
                QString timing = DomainLabels::timing(measurement->timing, measurement->monthsAfter);
                if (!when.isEmpty() && !timing.isEmpty())
                    timing[0] = timing[0].toLower();
                when.append(timing);
            }
            when.removeDuplicates();
            const Track *track = project.tracks.find(indicator->trackId);
            const QString name = track ? tr("%1 (%2)", "an indicator and its track").arg(indicator->name, track->name)
                                       : indicator->name;
            QString state = IndicatorStatus::label(status.state());
            const std::size_t overdue = status.overdue(planDate).size();
            if (overdue > 0)
                state += QLatin1String("; ") + tr("%n measurement(s) overdue", nullptr, int(overdue));
            table.rows.append({name, DomainLabels::label(indicator->level), DomainLabels::label(indicator->method),
                               valueText(indicator->baseline, indicator->unit),
                               valueText(indicator->target, indicator->unit),
                               valueText(status.latestValue(), indicator->unit), when.join(QLatin1String(", ")), state});
        }
        blocks.push_back(table);
    }
}

} // namespace Akademiplan
