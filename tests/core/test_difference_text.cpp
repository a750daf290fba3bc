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
    Activity before = mine.activities.at(0);
    before.costOre = 1234567;
    mine.activities.replace(before);
    Project theirs = mine;
    Activity after = before;
    after.costOre = 1500050;
    theirs.activities.replace(after);

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
