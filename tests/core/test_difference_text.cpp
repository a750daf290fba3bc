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
