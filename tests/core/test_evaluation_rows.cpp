// SPDX-License-Identifier: MPL-2.0
// The evaluation plan's rows in the project file (schema version 9): a programme theory, learning
// goals, indicators and their measurements come back exactly as entered, a number not set stays
// unset rather than 0, removing a track or an indicator takes its rows with it (and undo brings
// them back), and the rules refuse what would make the plan say nothing or the wrong thing.
#include "catch.h"
#include "editor/projecteditor.h"
#include "testfiles.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct EvaluationFile
{
    TempFolder folder;
    QString path;
    std::unique_ptr<Document> document;
    std::unique_ptr<ProjectEditor> editor;
    qint64 academyId = 0;
    qint64 trackId = 0;

    EvaluationFile()
        : path(makeProjectFile(folder, QStringLiteral("evaluation.akademi"), true))
    {
        document = openDocument(path);
        editor = std::make_unique<ProjectEditor>(*document);
        const Project &project = document->project();
        academyId = project.academies.at(0).id;
        trackId = project.tracksOf(academyId).front()->id;
        // The example comes with an evaluation plan of its own; these tests start from none, so
        // that the rows they add are the only ones.
        QList<qint64> theories, goals, indicators;
        for (const ProgrammeTheory &row : project.programmeTheories)
            theories.append(row.id);
        for (const LearningGoal &row : project.learningGoals)
            goals.append(row.id);
        for (const Indicator &row : project.indicators)
            indicators.append(row.id);
        REQUIRE(editor->remove(EntityType::ProgrammeTheory, theories).ok);
        REQUIRE(editor->remove(EntityType::LearningGoal, goals).ok);
        REQUIRE(editor->remove(EntityType::Indicator, indicators).ok);
        REQUIRE(project.measurements.isEmpty());
    }

    const Project &project() const { return document->project(); }

    Indicator sickLeave() const
    {
        Indicator indicator;
        indicator.id = -1;
        indicator.academyId = academyId;
        indicator.trackId = trackId;
        indicator.name = QStringLiteral("Sygefravær i de deltagende enheder");
        indicator.level = KirkpatrickLevel::Results;
        indicator.valueKind = PublicValue::EmployeeSatisfaction;
        indicator.method = MeasurementMethod::RegisterData;
        indicator.unit = QStringLiteral("%");
        indicator.baseline = 6'25;
        indicator.target = 5'00;
        indicator.higherIsBetter = false;
        indicator.note = QStringLiteral("Fra lønsystemet, kvartalsvis");
        return indicator;
    }

    Measurement after(qint64 indicatorId, int months) const
    {
        Measurement measurement;
        measurement.id = -10 - months;
        measurement.indicatorId = indicatorId;
        measurement.timing = MeasurementTiming::After;
        measurement.monthsAfter = months;
        measurement.plannedDate = QDate(2027, 6, 1).addMonths(months);
        return measurement;
    }
};

} // namespace

TEST_CASE("a programme theory learning goals indicators and measurements come back from the file as entered",
          "[evaluation][file]")
{
    EvaluationFile file;
    ProgrammeTheory theory;
    theory.id = -1;
    theory.academyId = file.academyId;
    theory.forWhom = QStringLiteral("Ledere og medarbejdere i ældreplejen");
    theory.activities = QStringLiteral("Fire workshops og et netværk");
    theory.learning = QStringLiteral("Metoder til at afprøve idéer i lille skala");
    theory.behaviour = QStringLiteral("Afprøver nye løsninger sammen med borgerne");
    theory.results = QStringLiteral("Kolleger oplever flere forsøg i hverdagen");
    theory.effects = QStringLiteral("Færre genindlæggelser");
    theory.assumptions = QStringLiteral("Lederne giver tid til at afprøve");
    theory.success = QStringLiteral("Tre løsninger i drift efter et år");
    theory.managersBefore = QStringLiteral("Forventningssamtale");
    theory.managersDuring = QStringLiteral("Opfølgning på hver workshop");
    theory.managersAfter = QStringLiteral("Opfølgningsmøde efter 3 og 12 måneder");
    LearningGoal knowledge;
    knowledge.id = -2;
    knowledge.trackId = file.trackId;
    knowledge.kind = LearningGoalKind::Knowledge;
    knowledge.text = QStringLiteral("Kender faserne i et innovationsforløb");
    LearningGoal competence;
    competence.id = -3;
    competence.trackId = file.trackId;
    competence.kind = LearningGoalKind::Competences;
    competence.text = QStringLiteral("Kan lede et forsøg med borgerne");
    competence.position = 1;
    Indicator sickLeave = file.sickLeave();
    sickLeave.id = -4;
    Indicator satisfaction;
    satisfaction.id = -5;
    satisfaction.academyId = file.academyId;
    satisfaction.name = QStringLiteral("Tilfredshed med forløbet");
    satisfaction.unit = QStringLiteral("score 1-5");
    Measurement before;
    before.id = -6;
    before.indicatorId = sickLeave.id;
    before.timing = MeasurementTiming::Before;
    before.plannedDate = QDate(2027, 1, 15);
    before.measuredDate = QDate(2027, 1, 20);
    before.value = 6'25;
    before.note = QStringLiteral("Målt af HR");
    Measurement later = file.after(sickLeave.id, 12);
    Measurement zero;
    zero.id = -7;
    zero.indicatorId = satisfaction.id;
    zero.timing = MeasurementTiming::During;
    zero.value = 0;
    const EditResult added = file.editor->insertAll(
        QStringLiteral("Evaluation"), {theory, knowledge, competence, sickLeave, satisfaction, before, later, zero});
    INFO(added.error.toStdString());
    REQUIRE(added.ok);
    FileProblem problem;
    REQUIRE(file.document->save(&problem));
    const Project saved = file.project();

    const Project reopened = readProject(file.path);
    CHECK(reopened.programmeTheories.size() == 1);
    CHECK(reopened.learningGoals.size() == 2);
    CHECK(reopened.indicators.size() == 2);
    CHECK(reopened.measurements.size() == 3);
    CHECK(reopened.programmeTheories.items() == saved.programmeTheories.items());
    CHECK(reopened.learningGoals.items() == saved.learningGoals.items());
    CHECK(reopened.indicators.items() == saved.indicators.items());
    CHECK(reopened.measurements.items() == saved.measurements.items());
    CHECK(reopened.programmeTheories.at(0).managersAfter == theory.managersAfter);
    // A target not set is not a target of 0, and a planned measurement has no value, which is not
    // a measured 0.
    for (const Indicator &row : reopened.indicators) {
        if (row.name == satisfaction.name)
            CHECK((!row.baseline && !row.target && row.higherIsBetter && !row.trackId));
        else
            CHECK((row.baseline == 6'25 && row.target == 5'00 && !row.higherIsBetter && row.trackId == file.trackId));
    }
    for (const Measurement &row : reopened.measurements) {
        if (row.timing == MeasurementTiming::After)
            CHECK((!row.value && !row.measuredDate && row.monthsAfter == 12 && row.plannedDate == QDate(2028, 6, 1)));
        else if (row.timing == MeasurementTiming::During)
            CHECK((row.value == 0 && !row.plannedDate));
        else
            CHECK((row.value == 6'25 && row.measuredDate == QDate(2027, 1, 20) && row.note == before.note));
    }
    // Hundredths in INTEGER columns, NULL for a number not set, enumerations their stable keys.
    CHECK(queryFile(file.path, QStringLiteral("SELECT typeof(baseline) || ' ' || baseline || ' ' || level || ' ' || "
                                              "value_kind || ' ' || method || ' ' || higher_is_better "
                                              "FROM indicator WHERE track_id IS NOT NULL"))
          == QVariantList{QStringLiteral("integer 625 results employee_satisfaction register_data 0")});
    CHECK(queryFile(file.path, QStringLiteral("SELECT typeof(target) FROM indicator WHERE track_id IS NULL"))
          == QVariantList{QStringLiteral("null")});
    CHECK(queryFile(file.path, QStringLiteral("SELECT kind FROM learning_goal ORDER BY position"))
          == QVariantList{QStringLiteral("knowledge"), QStringLiteral("competences")});
}

TEST_CASE("removing a track or an indicator takes its evaluation rows along and undo brings them back",
          "[evaluation][file]")
{
    EvaluationFile file;
    LearningGoal goal;
    goal.id = -2;
    goal.trackId = file.trackId;
    goal.text = QStringLiteral("Kender faserne i et innovationsforløb");
    const Indicator indicator = file.sickLeave();
    REQUIRE(file.editor->insertAll(QStringLiteral("Evaluation"),
                                   {goal, indicator, file.after(indicator.id, 3), file.after(indicator.id, 12)})
                .ok);
    REQUIRE(file.project().measurements.size() == 2);
    const qint64 indicatorId = file.project().indicators.at(0).id;
    QStringList measurementUuids;
    for (const Measurement &row : file.project().measurements)
        measurementUuids.append(QStringLiteral("'%1'").arg(row.uuid.toString(QUuid::WithoutBraces)));

    REQUIRE(file.editor->remove(EntityType::Indicator, indicatorId).ok);
    CHECK(file.project().indicators.size() == 0);
    CHECK(file.project().measurements.size() == 0);
    CHECK(file.project().learningGoals.size() == 1);
    file.document->undoStack()->undo();
    CHECK(file.project().indicators.size() == 1);
    CHECK(file.project().measurements.size() == 2);

    // The track's indicator goes with the track, and its measurements with the indicator.
    REQUIRE(file.editor->remove(EntityType::Track, file.trackId).ok);
    CHECK(file.project().learningGoals.size() == 0);
    CHECK(file.project().indicators.size() == 0);
    CHECK(file.project().measurements.size() == 0);
    file.document->undoStack()->undo();
    CHECK(file.project().learningGoals.size() == 1);
    CHECK(file.project().measurements.size() == 2);
    file.document->undoStack()->redo();
    CHECK(file.project().measurements.size() == 0);
    FileProblem problem;
    REQUIRE(file.document->save(&problem));
    CHECK(queryFile(file.path, QStringLiteral("SELECT COUNT(*) FROM measurement")) == QVariantList{0});
    CHECK(queryFile(file.path, QStringLiteral("SELECT COUNT(*) FROM tombstone WHERE entity_type = 'measurement' "
                                              "AND uuid IN (%1)")
                                   .arg(measurementUuids.join(QLatin1Char(','))))
          == QVariantList{2});

    // Removing the academy takes the rest: its programme theory and its own indicators.
    file.document->undoStack()->undo();
    ProgrammeTheory theory;
    theory.id = -1;
    theory.academyId = file.academyId;
    Indicator whole = file.sickLeave();
    whole.trackId = 0;
    REQUIRE(file.editor->insertAll(QStringLiteral("Evaluation"), {theory, whole}).ok);
    REQUIRE(file.editor->remove(EntityType::Academy, file.academyId).ok);
    CHECK(file.project().programmeTheories.size() == 0);
    CHECK(file.project().indicators.size() == 0);
}

TEST_CASE("the rules refuse an indicator without a name a goal without text and months after a measurement before",
          "[evaluation]")
{
    EvaluationFile file;
    Indicator nameless = file.sickLeave();
    nameless.name = QStringLiteral("  ");
    const EditResult refusedName = file.editor->insertAll(QStringLiteral("Evaluation"), {nameless});
    CHECK_FALSE(refusedName.ok);
    CHECK(refusedName.error.contains(QStringLiteral("name")));

    LearningGoal empty;
    empty.id = -1;
    empty.trackId = file.trackId;
    CHECK_FALSE(file.editor->insertAll(QStringLiteral("Evaluation"), {empty}).ok);

    // An indicator of a track of another academy would be counted in the wrong plan.
    Academy other;
    other.id = -1;
    other.name = QStringLiteral("Et andet akademi");
    other.startDate = QDate(2027, 1, 1);
    other.endDate = QDate(2027, 12, 31);
    Indicator elsewhere = file.sickLeave();
    elsewhere.id = -2;
    elsewhere.academyId = other.id;
    CHECK_FALSE(file.editor->insertAll(QStringLiteral("Evaluation"), {other, elsewhere}).ok);

    const Indicator indicator = file.sickLeave();
    REQUIRE(file.editor->insertAll(QStringLiteral("Evaluation"), {indicator}).ok);
    const qint64 indicatorId = file.project().indicators.at(0).id;
    Measurement beforeWithMonths = file.after(indicatorId, 3);
    beforeWithMonths.timing = MeasurementTiming::Before;
    const EditResult refusedMonths = file.editor->insertAll(QStringLiteral("Evaluation"), {beforeWithMonths});
    CHECK_FALSE(refusedMonths.ok);
    CHECK(refusedMonths.error.contains(QStringLiteral("after")));
    Measurement negative = file.after(indicatorId, 0);
    negative.monthsAfter = -3;
    CHECK_FALSE(file.editor->insertAll(QStringLiteral("Evaluation"), {negative}).ok);
    Measurement mistyped = file.after(indicatorId, 3);
    mistyped.plannedDate = QDate(2207, 9, 1);
    CHECK_FALSE(file.editor->insertAll(QStringLiteral("Evaluation"), {mistyped}).ok);
    CHECK(file.project().measurements.size() == 0);
    // A value recorded without the day it was measured is kept: the day may come later.
    Measurement undated = file.after(indicatorId, 0);
    undated.value = 5'50;
    CHECK(file.editor->insertAll(QStringLiteral("Evaluation"), {undated}).ok);

    ProgrammeTheory first;
    first.id = -1;
    first.academyId = file.academyId;
    ProgrammeTheory second = first;
    second.id = -2;
    REQUIRE(file.editor->insertAll(QStringLiteral("Evaluation"), {first}).ok);
    const EditResult twice = file.editor->insertAll(QStringLiteral("Evaluation"), {second});
    CHECK_FALSE(twice.ok);
    CHECK(twice.error.contains(QStringLiteral("already")));
    CHECK(file.project().programmeTheories.size() == 1);
}

TEST_CASE("a follow-up meeting is an activity with sessions on the plan like any other", "[evaluation][file]")
{
    EvaluationFile file;
    Activity followUp;
    followUp.id = -1;
    followUp.trackId = file.trackId;
    followUp.kind = ActivityKind::FollowUpMeeting;
    followUp.title = QStringLiteral("Opfølgningsmøde med lederne");
    Session session;
    session.id = -2;
    session.activityId = followUp.id;
    session.date = QDate(2027, 9, 14);
    session.startTime = QTime(9, 0);
    session.endTime = QTime(11, 0);
    REQUIRE(file.editor->insertAll(QStringLiteral("Follow-up"), {followUp, session}).ok);
    FileProblem problem;
    REQUIRE(file.document->save(&problem));
    CHECK(queryFile(file.path, QStringLiteral("SELECT activity.title || ' ' || session.date FROM activity JOIN session "
                                              "ON session.activity_id = activity.id "
                                              "WHERE activity.kind = 'follow_up_meeting'"))
          == QVariantList{QStringLiteral("Opfølgningsmøde med lederne 2027-09-14")});
    const Project reopened = readProject(file.path);
    const auto found =
        std::find_if(reopened.activities.begin(), reopened.activities.end(),
                     [](const Activity &activity) { return activity.kind == ActivityKind::FollowUpMeeting; });
    REQUIRE(found != reopened.activities.end());
    CHECK(reopened.sessionsOf(found->id).size() == 1);
}
