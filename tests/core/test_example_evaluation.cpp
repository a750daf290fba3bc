// SPDX-License-Identifier: MPL-2.0
// The example academy's evaluation plan: a programme theory with every step and the anchoring
// written out, knowledge, skills and competences for every track, and indicators on all four of
// Kirkpatrick's levels, whose status (from the baselines measured in the autumn) and overdue
// measurements --info reports as of a given day.
#include "catch.h"
#include "editor/projecteditor.h"
#include "evaluation/indicatorstatus.h"
#include "exchange/evaluationsummary.h"
#include "testfiles.h"

#include <QJsonArray>

#include <set>

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("the example has a programme theory learning goals and indicators on every level", "[evaluation]")
{
    TempFolder folder;
    const std::unique_ptr<Document> document = openDocument(makeProjectFile(folder, QStringLiteral("e.akademi"), true));
    const Project &project = document->project();
    const qint64 academyId = project.academies.at(0).id;

    REQUIRE(project.programmeTheories.size() == 1);
    const ProgrammeTheory &theory = project.programmeTheories.at(0);
    CHECK(theory.academyId == academyId);
    for (const QString *text : {&theory.forWhom, &theory.activities, &theory.learning, &theory.behaviour,
                                &theory.results, &theory.effects, &theory.assumptions, &theory.success,
                                &theory.managersBefore, &theory.managersDuring, &theory.managersAfter})
        CHECK_FALSE(text->isEmpty());

    for (const Track *track : project.tracksOf(academyId)) {
        std::multiset<LearningGoalKind> kinds;
        for (const LearningGoal &goal : project.learningGoals)
            if (goal.trackId == track->id)
                kinds.insert(goal.kind);
        INFO(track->name.toStdString());
        CHECK(kinds == std::multiset{LearningGoalKind::Knowledge, LearningGoalKind::Skills, LearningGoalKind::Competences});
    }

    std::set<KirkpatrickLevel> levels;
    for (const Indicator &indicator : project.indicators) {
        levels.insert(indicator.level);
        CHECK(indicator.target.has_value());
        CHECK(IndicatorStatus(project, indicator).state() != IndicatorStatus::State::NoTarget);
    }
    CHECK(levels == std::set{KirkpatrickLevel::Reaction, KirkpatrickLevel::Learning, KirkpatrickLevel::Behaviour,
                             KirkpatrickLevel::Results});
}

TEST_CASE("the summary says where each of the example's indicators stands on a given day", "[evaluation]")
{
    TempFolder folder;
    const std::unique_ptr<Document> document = openDocument(makeProjectFile(folder, QStringLiteral("e.akademi"), true));
    const Project &project = document->project();
    const qint64 academyId = project.academies.at(0).id;

    // Before the academy starts: four baselines measured, all short of their targets; the two
    // indicators measured from the spring on have no value yet.
    const QJsonObject december = EvaluationSummary::toJson(project, academyId, QDate(2026, 12, 5));
    CHECK(december.value(QStringLiteral("programme_theory")).toBool());
    const QJsonObject states = december.value(QStringLiteral("indicator_status")).toObject();
    CHECK(states.value(QStringLiteral("short_of_target")).toInt() == 4);
    CHECK(states.value(QStringLiteral("not_measured")).toInt() == 2);
    CHECK(states.value(QStringLiteral("on_target")).toInt() == 0);
    QJsonObject managers;
    for (const QJsonValue &indicator : december.value(QStringLiteral("indicators")).toArray())
        if (indicator.toObject().value(QStringLiteral("name")).toString().startsWith(QStringLiteral("Managers who")))
            managers = indicator.toObject();
    CHECK(managers.value(QStringLiteral("baseline")).toString() == QStringLiteral("12.00"));
    CHECK(managers.value(QStringLiteral("target")).toString() == QStringLiteral("50.00"));
    CHECK(managers.value(QStringLiteral("latest_value")).toString() == QStringLiteral("12.00"));
    CHECK(managers.value(QStringLiteral("next_planned")).toString() == QStringLiteral("2027-12-17"));
    CHECK(managers.value(QStringLiteral("overdue")).toInt() == 0);

    // In April the key persons' survey planned for the kick-off on 2 March is overdue.
    int overdue = 0;
    for (const QJsonValue &indicator :
         EvaluationSummary::toJson(project, academyId, QDate(2027, 4, 1)).value(QStringLiteral("indicators")).toArray())
        overdue += indicator.toObject().value(QStringLiteral("overdue")).toInt();
    CHECK(overdue == 1);
}
