// SPDX-License-Identifier: MPL-2.0
// How a returned copy's changes read to the consultant: amounts in kroner as the budget writes
// them, exact to the øre, in the language of the window.
#include "catch.h"
#include "i18n/translations.h"
#include "merge/differencetext.h"
#include "merge/projectcomparison.h"
#include "merge/projectversions.h"
#include "testfiles.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

TEST_CASE("a changed cost in a returned copy reads in kroner to the øre in Danish and in English", "[merge][money]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("mine.akademi"), true));
    Project mine = document->project();
    CostLine before;
    before.id = 1;
    before.uuid = QUuid::createUuid();
    before.academyId = mine.academies.at(0).id;
    before.rateOre = 1234567;
    mine.costLines.insert(before);
    Project theirs = mine;
    CostLine after = before;
    after.rateOre = 1500050;
    theirs.costLines.replace(after);

    const ProjectVersions mineVersions = ProjectVersions::of(mine);
    const ProjectVersions theirVersions = ProjectVersions::of(theirs);
    const std::vector<Difference> differences = ProjectComparison::compare(mineVersions, theirVersions, &mineVersions, {});
    REQUIRE(differences.size() == 1);
    const DifferenceText text(mineVersions, theirVersions);

    REQUIRE(Translations::install(QLocale(QLocale::Danish, QLocale::Denmark)));
    const QString danish = text.sentence(differences.front());
    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString english = text.sentence(differences.front());
    INFO(danish.toStdString() << "\n" << english.toStdString());
    CHECK(danish.contains(QStringLiteral("12.345,67 kr.")));
    CHECK(danish.contains(QStringLiteral("15.000,50 kr.")));
    CHECK(english.contains(QStringLiteral("DKK 12,345.67")));
    CHECK(english.contains(QStringLiteral("DKK 15,000.50")));
}

TEST_CASE("a cost line added in a returned copy is listed in its academy's budget with its description and amounts",
          "[merge][budget]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("mine.akademi"), true));
    const Project mine = document->project();
    Project theirs = mine;
    CostLine line;
    line.id = 1;
    line.uuid = QUuid::createUuid();
    line.academyId = mine.academies.at(0).id;
    line.kind = CostKind::VenueCatering;
    line.description = QStringLiteral("Kursuscenter, dagpakke");
    line.basis = CostBasis::PerParticipantDay;
    line.rateOre = 67'500;
    theirs.costLines.insert(line);
    Project changed = theirs;
    CostLine cheaper = line;
    cheaper.rateOre = 62'000;
    cheaper.basis = CostBasis::PerParticipant;
    changed.costLines.replace(cheaper);

    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const ProjectVersions before = ProjectVersions::of(theirs);
    const ProjectVersions after = ProjectVersions::of(changed);
    const std::vector<Difference> differences = ProjectComparison::compare(before, after, &before, {});
    REQUIRE(differences.size() == 1);
    const DifferenceText text(before, after);
    CHECK(text.label(differences.front()) == QStringLiteral("Kursuscenter, dagpakke"));
    const QList<DifferenceText::GroupLevel> path = text.group(differences.front());
    REQUIRE(path.size() == 2);
    CHECK(path.front().label == mine.academies.at(0).name);
    CHECK(path.back().label == QStringLiteral("Budget"));
    const QString sentence = text.sentence(differences.front());
    INFO(sentence.toStdString());
    CHECK(sentence.contains(QStringLiteral("rate from DKK 675.00 to DKK 620.00")));
    CHECK(sentence.contains(QStringLiteral("basis from Per participant per day to Per participant")));
}

TEST_CASE("a returned copy's evaluation changes are listed under the academy's evaluation and goals under their track",
          "[merge][evaluation]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("mine.akademi"), true));
    Project base = document->project();
    const Academy &academy = base.academies.at(0);
    const Track &track = *base.tracksOf(academy.id).front();
    Indicator indicator;
    indicator.id = 1;
    indicator.uuid = QUuid::createUuid();
    indicator.academyId = academy.id;
    indicator.name = QStringLiteral("Sygefravær");
    indicator.target = 5'00;
    base.indicators.insert(indicator);
    Measurement planned;
    planned.id = 1;
    planned.uuid = QUuid::createUuid();
    planned.indicatorId = indicator.id;
    planned.timing = MeasurementTiming::After;
    planned.monthsAfter = 3;
    planned.plannedDate = QDate(2027, 9, 1);
    base.measurements.insert(planned);

    Project theirs = base;
    Indicator stricter = indicator;
    stricter.target = 4'50;
    stricter.higherIsBetter = false;
    theirs.indicators.replace(stricter);
    Measurement measured = planned;
    measured.measuredDate = QDate(2027, 9, 3);
    measured.value = 5'25;
    theirs.measurements.replace(measured);
    LearningGoal goal;
    goal.id = 1;
    goal.uuid = QUuid::createUuid();
    goal.trackId = track.id;
    goal.kind = LearningGoalKind::Skills;
    goal.text = QStringLiteral("Kan facilitere en idéudvikling");
    theirs.learningGoals.insert(goal);

    Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const ProjectVersions before = ProjectVersions::of(base);
    const ProjectVersions after = ProjectVersions::of(theirs);
    const std::vector<Difference> differences = ProjectComparison::compare(before, after, &before, {});
    REQUIRE(differences.size() == 3);
    const DifferenceText text(before, after);
    for (const Difference &difference : differences) {
        const QList<DifferenceText::GroupLevel> path = text.group(difference);
        const QString sentence = text.sentence(difference);
        INFO(sentence.toStdString());
        REQUIRE(path.size() >= 2);
        CHECK(path.front().label == academy.name);
        switch (difference.type) {
        case EntityType::Indicator:
            CHECK(path.size() == 2);
            CHECK(path.back().label == QStringLiteral("Evaluation"));
            CHECK(sentence.contains(QStringLiteral("target from 5 to 4.50")));
            CHECK(sentence.contains(QStringLiteral("direction from higher is better to lower is better")));
            break;
        case EntityType::Measurement:
            REQUIRE(path.size() == 3);
            CHECK(path.at(1).label == QStringLiteral("Evaluation"));
            CHECK(path.back().label == QStringLiteral("Sygefravær"));
            CHECK(text.label(difference) == QStringLiteral("Measurement 3 months after"));
            CHECK(sentence.contains(QStringLiteral("value from (none) to 5.25")));
            CHECK(sentence.contains(QStringLiteral("date measured from (none) to")));
            break;
        case EntityType::LearningGoal:
            CHECK(path.size() == 2);
            CHECK(path.back().label == track.name);
            CHECK(sentence == QStringLiteral("Learning goal: Kan facilitere en idéudvikling: added"));
            break;
        default: FAIL("a difference of another type");
        }
    }
}
