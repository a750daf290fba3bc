// SPDX-License-Identifier: MPL-2.0
#include "exampleevaluation.h"

#include <optional>

namespace Akademiplan {

namespace {

// Placeholder ids of the example's indicators, below the other ranges of the example.
constexpr qint64 firstIndicatorId = -40000;

// Numbers are stored in hundredths: 4 is 400.
constexpr qint64 hundredths(qint64 whole) { return whole * 100; }

class EvaluationRows
{
public:
    explicit EvaluationRows(qint64 academyId) : m_academyId(academyId) {}

    void goals(qint64 trackId, const QString &knowledge, const QString &skills, const QString &competences)
    {
        int position = 0;
        for (const auto &[kind, text] : {std::pair{LearningGoalKind::Knowledge, knowledge},
                                         std::pair{LearningGoalKind::Skills, skills},
                                         std::pair{LearningGoalKind::Competences, competences}}) {
            LearningGoal goal;
            goal.trackId = trackId;
            goal.kind = kind;
            goal.text = text;
            goal.position = position++;
            rows.emplace_back(goal);
        }
    }

    qint64 indicator(qint64 trackId, const QString &name, KirkpatrickLevel level, PublicValue value,
                     MeasurementMethod method, const QString &unit, std::optional<qint64> baseline, qint64 target)
    {
        Indicator indicator;
        indicator.id = m_nextIndicator--;
        indicator.academyId = m_academyId;
        indicator.trackId = trackId;
        indicator.name = name;
        indicator.level = level;
        indicator.valueKind = value;
        indicator.method = method;
        indicator.unit = unit;
        indicator.baseline = baseline;
        indicator.target = target;
        rows.emplace_back(indicator);
        return indicator.id;
    }

    void measurement(qint64 indicatorId, MeasurementTiming timing, int monthsAfter, QDate planned,
                     std::optional<qint64> value = std::nullopt, std::optional<QDate> measured = std::nullopt)
    {
        Measurement measurement;
        measurement.indicatorId = indicatorId;
        measurement.timing = timing;
        measurement.monthsAfter = monthsAfter;
        measurement.plannedDate = planned;
        measurement.value = value;
        measurement.measuredDate = measured;
        rows.emplace_back(measurement);
    }

    // Measured before the start, at the end and 3 and 12 months after: the usual plan.
    void beforeEndAndAfter(qint64 indicatorId, std::optional<qint64> baseline, QDate measured)
    {
        measurement(indicatorId, MeasurementTiming::Before, 0, measured, baseline,
                    baseline ? std::optional<QDate>(measured) : std::nullopt);
        measurement(indicatorId, MeasurementTiming::After, 0, QDate(2027, 12, 17));
        measurement(indicatorId, MeasurementTiming::After, 3, QDate(2028, 3, 17));
        measurement(indicatorId, MeasurementTiming::After, 12, QDate(2028, 12, 15));
    }

    std::vector<AnyEntity> rows;

private:
    qint64 m_academyId;
    qint64 m_nextIndicator = firstIndicatorId;
};

} // namespace

std::vector<AnyEntity> ExampleEvaluation::build(const ExamplePlanIds &plan)
{
    EvaluationRows b(plan.academy);

    ProgrammeTheory theory;
    theory.academyId = plan.academy;
    theory.forWhom = tr("Key persons, employees and managers of every department, the city council, and the "
                        "volunteers and local businesses the municipality works with.");
    theory.activities = tr("A network of key persons, four leadership modules, seminars and a masterclass for the "
                           "council, brown-bag meetings open to all and an innovation day.");
    theory.learning = tr("Methods for running and evaluating small experiments, for involving citizens early and "
                         "for spreading what works; the manager's part in leading innovation.");
    theory.behaviour = tr("Managers give their staff room and time to test new solutions; key persons run "
                          "experiments in their own area; the council asks for experiments and their evaluation "
                          "in its decisions.");
    theory.results = tr("More experiments started and evaluated in the three focus areas; colleagues and citizens "
                        "notice new ways of working in elder care, urban development and for children and young "
                        "people.");
    theory.effects = tr("Better welfare for the same money, employees who find room for new ideas, and political "
                        "goals reached with the citizens involved.");
    theory.assumptions = tr("Managers have time to follow up between the modules; staff in care and daycare can be "
                            "released with cover; the council keeps the focus areas through the budget season.");
    theory.success = tr("Half of the managers have led an experiment in their own area a year after the academy, "
                        "and the key persons' cases are in use in at least three departments.");
    // The manager's effort split as the rule of thumb has it: 30 % before, 30 % during, 40 % after.
    theory.managersBefore = tr("Agree with each participant on a case from their own work and what they should "
                               "bring back, and plan the cover for their days away.");
    theory.managersDuring = tr("Give time to work on the case between the modules, and take part when the network "
                               "presents its cases.");
    theory.managersAfter = tr("Put the experiments on the department's agenda, hold a follow-up meeting three "
                              "months after the academy, and share the results at the innovation day next year.");
    b.rows.emplace_back(theory);

    b.goals(plan.network, tr("Methods for innovation and for involving citizens in a case."),
            tr("Plan and run a small experiment with colleagues and evaluate it."),
            tr("Carry a method from one case into the daily work of the department."));
    b.goals(plan.leadership, tr("The manager's role in innovation and how an experiment is led."),
            tr("Lead an experiment with the staff and follow it up with data."),
            tr("Make room for innovation in one's own area and share what works with other managers."));
    b.goals(plan.political, tr("How innovation happens in a municipality, and the council's part in it."),
            tr("Ask for experiments and their evaluation in the council's decisions."),
            tr("Set political goals that leave room for new solutions."));
    b.goals(plan.organisational, tr("Examples of innovation from across the municipality and its partners."),
            tr("Use one method from the brown-bag meetings in one's own work."),
            tr("Take part in innovation across departments, volunteers and businesses."));

    // Planned backwards from the results the council wants (Kirkpatrick's level 4) to the reaction
    // in the room (level 1). The baselines come from the autumn's surveys and registers.
    const QDate baselineDay(2026, 11, 20);
    const qint64 experiments =
        b.indicator(0, tr("Experiments started in the focus areas"), KirkpatrickLevel::Results, PublicValue::Quality,
                    MeasurementMethod::RegisterData, tr("a year"), hundredths(4), hundredths(15));
    b.beforeEndAndAfter(experiments, hundredths(4), baselineDay);
    const qint64 room = b.indicator(0, tr("Employees who find there is room for new ideas"), KirkpatrickLevel::Results,
                                    PublicValue::EmployeeSatisfaction, MeasurementMethod::Survey, QStringLiteral("%"),
                                    hundredths(58), hundredths(70));
    b.measurement(room, MeasurementTiming::Before, 0, QDate(2026, 10, 1), hundredths(58), QDate(2026, 10, 1));
    b.measurement(room, MeasurementTiming::After, 12, QDate(2028, 10, 2));
    const qint64 led = b.indicator(plan.leadership, tr("Managers who have led an experiment in their own area"),
                                   KirkpatrickLevel::Behaviour, PublicValue::Quality, MeasurementMethod::Survey,
                                   QStringLiteral("%"), hundredths(12), hundredths(50));
    b.beforeEndAndAfter(led, hundredths(12), baselineDay);
    const qint64 decisions =
        b.indicator(plan.political, tr("Council decisions that ask for an experiment or its evaluation"),
                    KirkpatrickLevel::Behaviour, PublicValue::PoliticalGoals, MeasurementMethod::RegisterData,
                    tr("a year"), hundredths(2), hundredths(6));
    b.measurement(decisions, MeasurementTiming::Before, 0, baselineDay, hundredths(2), baselineDay);
    b.measurement(decisions, MeasurementTiming::After, 12, QDate(2028, 12, 15));
    const qint64 canPlan = b.indicator(plan.network, tr("Key persons who can plan and evaluate an experiment"),
                                       KirkpatrickLevel::Learning, PublicValue::Quality, MeasurementMethod::Survey,
                                       QStringLiteral("%"), hundredths(25), hundredths(80));
    b.measurement(canPlan, MeasurementTiming::Before, 0, QDate(2027, 3, 2));
    b.measurement(canPlan, MeasurementTiming::After, 0, QDate(2027, 11, 9));
    const qint64 satisfaction =
        b.indicator(plan.leadership, tr("The managers' rating of the modules"), KirkpatrickLevel::Reaction,
                    PublicValue::EmployeeSatisfaction, MeasurementMethod::Survey, tr("of 5"), std::nullopt,
                    hundredths(4));
    b.measurement(satisfaction, MeasurementTiming::During, 0, QDate(2027, 5, 20));
    b.measurement(satisfaction, MeasurementTiming::After, 0, QDate(2027, 11, 30));
    return std::move(b.rows);
}

} // namespace Akademiplan
