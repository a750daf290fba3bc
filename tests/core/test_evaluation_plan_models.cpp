// SPDX-License-Identifier: MPL-2.0
// What the evaluation tab is built on: a value typed as a Dane or an English reader writes it and
// shown without trailing zeros; where a new learning goal, indicator or measurement goes; and the
// tables of learning goals, indicators and measurements, which must keep to the item-model
// contract and show where an indicator stands as measurements are recorded and undone.
#include "catch.h"
#include "editor/projecteditor.h"
#include "evaluation/evaluationdrafts.h"
#include "evaluation/evaluationnumber.h"
#include "evaluation/indicatorstatus.h"
#include "models/indicatortablemodel.h"
#include "models/learninggoaltablemodel.h"
#include "models/measurementtablemodel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QLocale danish(QLocale::Danish, QLocale::Denmark);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);

struct ExampleFile
{
    TempFolder folder;
    QString path;
    std::unique_ptr<Document> document;
    std::unique_ptr<ProjectEditor> editor;
    qint64 academyId = 0;

    ExampleFile()
        : path(makeProjectFile(folder, QStringLiteral("evaluation.akademi"), true))
    {
        document = openDocument(path);
        editor = std::make_unique<ProjectEditor>(*document);
        academyId = document->project().academies.at(0).id;
    }

    const Project &project() const { return document->project(); }

    qint64 insert(const AnyEntity &draft)
    {
        const EditResult added = editor->insertAll(QStringLiteral("add"), {draft});
        INFO(added.error.toStdString());
        REQUIRE(added.ok);
        return added.id;
    }
};

} // namespace

TEST_CASE("a value is shown with no more decimals than it has and read as typed", "[evaluation]")
{
    CHECK(EvaluationNumber::text(42'50, danish) == QStringLiteral("42,5"));
    CHECK(EvaluationNumber::text(42'00, danish) == QStringLiteral("42"));
    CHECK(EvaluationNumber::text(42'55, danish) == QStringLiteral("42,55"));
    CHECK(EvaluationNumber::text(1250'00, danish) == QStringLiteral("1.250"));
    CHECK(EvaluationNumber::text(-3'10, english) == QStringLiteral("-3.1"));
    CHECK(EvaluationNumber::text(std::optional<qint64>(), danish).isEmpty());

    CHECK(EvaluationNumber::parse(QStringLiteral("42,5"), danish).hundredths == 42'50);
    CHECK(EvaluationNumber::parse(QStringLiteral("42.5"), english).hundredths == 42'50);
    CHECK(EvaluationNumber::parse(QStringLiteral("1.250"), danish).hundredths == 1250'00);
    // A point in Danish groups thousands: "4.25" is refused rather than read as 425 or 4,25.
    const EvaluationNumber::Result refused = EvaluationNumber::parse(QStringLiteral("4.25"), danish);
    CHECK_FALSE(refused.isValid());
    CHECK(refused.error.contains(QStringLiteral("\"4.25\"")));
    CHECK_FALSE(EvaluationNumber::parse(QStringLiteral("4,255"), danish).isValid());
    // Empty unsets a value that may be left unset.
    const EvaluationNumber::Optional empty = EvaluationNumber::parseOptional(QStringLiteral("  "), danish);
    CHECK(empty.isValid());
    CHECK_FALSE(empty.hundredths.has_value());
    CHECK(EvaluationNumber::parseOptional(QStringLiteral("7"), danish).hundredths == 7'00);
}

TEST_CASE("a new learning goal goes last in its track and a new measurement after the last one", "[evaluation]")
{
    ExampleFile file;
    const std::vector<const Track *> tracks = file.project().tracksOf(file.academyId);
    REQUIRE(tracks.size() >= 2);
    // The example's tracks have three goals each already (positions 0 to 2).
    const LearningGoal first = EvaluationDrafts::learningGoal(file.project(), tracks.at(0)->id);
    CHECK(first.position == 3);
    CHECK_FALSE(first.text.isEmpty()); // the rules refuse a goal without text
    file.insert(first);
    file.insert(EvaluationDrafts::learningGoal(file.project(), tracks.at(0)->id));
    CHECK(EvaluationDrafts::learningGoal(file.project(), tracks.at(0)->id).position == 5);
    CHECK(EvaluationDrafts::learningGoal(file.project(), tracks.at(1)->id).position == 3);

    const qint64 indicator = file.insert(EvaluationDrafts::indicator(file.academyId, 0));
    const QDate end = file.project().academies.find(file.academyId)->endDate;
    REQUIRE(end.isValid());
    const Measurement third = EvaluationDrafts::nextMeasurement(file.project(), indicator);
    CHECK(third.timing == MeasurementTiming::After);
    CHECK(third.monthsAfter == 3);
    CHECK(third.plannedDate == end.addMonths(3));
    file.insert(third);
    CHECK(EvaluationDrafts::nextMeasurement(file.project(), indicator).monthsAfter == 12);
    file.insert(EvaluationDrafts::nextMeasurement(file.project(), indicator));
    CHECK(EvaluationDrafts::nextMeasurement(file.project(), indicator).monthsAfter == 24);
}

TEST_CASE("the evaluation tables show where an indicator stands as measurements are recorded and undone",
          "[evaluation][models]")
{
    ExampleFile file;
    LearningGoalTableModel goals(file.document.get(), file.editor.get());
    IndicatorTableModel indicators(file.document.get(), file.editor.get());
    MeasurementTableModel measurements(file.document.get(), file.editor.get());
    QAbstractItemModelTester goalTester(&goals);
    QAbstractItemModelTester indicatorTester(&indicators);
    QAbstractItemModelTester measurementTester(&measurements);

    const qint64 trackId = file.project().tracksOf(file.academyId).front()->id;
    file.insert(EvaluationDrafts::learningGoal(file.project(), trackId));
    const int goalRow = goals.rowCount() - 1;
    CHECK(goals.index(goalRow, LearningGoalTableModel::Track).data().toString()
          == file.project().tracks.find(trackId)->name);

    Indicator draft = EvaluationDrafts::indicator(file.academyId, 0);
    draft.baseline = 20'00;
    draft.target = 40'00;
    const qint64 indicatorId = file.insert(draft);
    const int row = indicators.rowOf(indicatorId);
    auto status = [&] { return indicators.index(row, IndicatorTableModel::Status).data().toString(); };
    CHECK(indicators.index(row, IndicatorTableModel::Scope).data().toString() == QStringLiteral("Whole academy"));
    CHECK(status() == QStringLiteral("Not measured yet"));
    const qint64 measurementId = file.insert(EvaluationDrafts::nextMeasurement(file.project(), indicatorId));
    const QModelIndex next = indicators.index(row, IndicatorTableModel::Next);
    CHECK(next.data().toString().startsWith(QStringLiteral("3 months after")));

    // A value typed into the measurement's row: short of the target, then on it.
    const QModelIndex value = measurements.index(measurements.rowOf(measurementId), MeasurementTableModel::Value);
    REQUIRE(measurements.setData(value, QStringLiteral("35")));
    CHECK(status() == QStringLiteral("Short of target"));
    const QModelIndex against = value.siblingAtColumn(MeasurementTableModel::AgainstTarget);
    CHECK(against.data().toString() == QStringLiteral("Short of target"));
    CHECK(against.data(Qt::ForegroundRole).isValid());
    // Fewer is better now: 35 is within a target of 40.
    REQUIRE(indicators.setData(indicators.index(row, IndicatorTableModel::Direction), false));
    CHECK(status() == QStringLiteral("On target"));
    CHECK(against.data().toString() == QStringLiteral("On target"));
    CHECK(indicators.index(row, IndicatorTableModel::Latest).data().toString() == QStringLiteral("35"));
    CHECK(next.data().toString().isEmpty());

    file.document->undoStack()->undo();
    file.document->undoStack()->undo();
    CHECK(status() == QStringLiteral("Not measured yet"));
    file.document->undoStack()->undo();
    CHECK(measurements.rowOf(measurementId) == -1);
    CHECK(next.data().toString().isEmpty());
}
