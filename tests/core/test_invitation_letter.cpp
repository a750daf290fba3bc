// SPDX-License-Identifier: MPL-2.0
// How an invitation letter is filled in: either language's placeholder names, a line that was
// only an empty value dropped with its blank line, an activity without sessions yet, a typo left
// to see, and the PDF's sessions as a table where {sessions} stands on its own line.
#include "catch.h"
#include "editor/projecteditor.h"
#include "report/invitationletter.h"
#include "testfiles.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QLocale danish(QLocale::Danish, QLocale::Denmark);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);

struct LetterFile
{
    TempFolder folder;
    std::unique_ptr<Document> document = openDocument(makeProjectFile(folder, QStringLiteral("letter.akademi"), true));
    ProjectEditor editor{*document};

    const Project &project() const { return document->project(); }

    const Activity &activityTitled(const QString &title) const
    {
        for (const Activity &activity : project().activities)
            if (activity.title == title)
                return activity;
        FAIL("no activity " << title.toStdString());
        return project().activities.at(0);
    }
};

} // namespace

TEST_CASE("the standard letter names its placeholders in its own language and both are filled in", "[invitation]")
{
    LetterFile file;
    const Activity &meetings = file.activityTitled(QStringLiteral("Network meetings"));
    const QString danishLetter = InvitationLetter::standardText(danish);
    const QString englishLetter = InvitationLetter::standardText(english);
    CHECK(danishLetter.contains(QStringLiteral("{aktivitet}")));
    CHECK(danishLetter.contains(QStringLiteral("{sessioner}")));
    CHECK(englishLetter.contains(QStringLiteral("{activity}")));
    CHECK(englishLetter.contains(QStringLiteral("{sessions}")));

    const QString fromDanishNames = InvitationLetter::filledIn(
        file.project(), meetings.id, QStringLiteral("{aktivitet} – {sessioner} – {sted}"), english);
    const QString fromEnglishNames = InvitationLetter::filledIn(
        file.project(), meetings.id, QStringLiteral("{activity} – {sessions} – {place}"), english);
    CHECK(fromDanishNames == fromEnglishNames);
    CHECK(fromDanishNames.startsWith(QStringLiteral("Network meetings – - Tuesday 13 April 2027, 09:00–12:30")));

    // Every placeholder the editor offers is one the letter fills in.
    for (const auto &[placeholder, meaning] : InvitationLetter::placeholders(danish)) {
        INFO(placeholder.toStdString());
        CHECK_FALSE(meaning.isEmpty());
        CHECK_FALSE(InvitationLetter::filledIn(file.project(), meetings.id, placeholder, danish).contains(QLatin1Char('{')));
    }
}

TEST_CASE("a line that is only an empty value goes with its blank line and a typo stays in the letter", "[invitation]")
{
    LetterFile file;
    Activity meetings = file.activityTitled(QStringLiteral("Network meetings"));
    meetings.description.clear();
    REQUIRE(file.editor.update(meetings).ok);
    const QString letter =
        InvitationLetter::filledIn(file.project(), meetings.id,
                                   QStringLiteral("Hello\n\n{description}\n\nSee you at {place}.\n{whereabouts}"), english);
    CHECK(letter == QStringLiteral("Hello\n\nSee you at %1.\n{whereabouts}").arg(meetings.location));
}

TEST_CASE("an activity without sessions says the dates will follow and its PDF has no table", "[invitation]")
{
    LetterFile file;
    Activity draft = file.activityTitled(QStringLiteral("Network meetings"));
    draft.title = QStringLiteral("Study trip");
    const EditResult added = file.editor.addActivity(draft);
    REQUIRE(added.ok);
    const QString letter = InvitationLetter::filledIn(file.project(), added.id, InvitationLetter::standardText(english),
                                                      english);
    CHECK(letter.contains(QStringLiteral("We meet on these days:\nThe dates will follow.")));

    OutputOptions options;
    options.locale = english;
    const PdfDocument none = InvitationLetter::document(file.project(), added.id,
                                                        InvitationLetter::standardText(english), options);
    CHECK(std::none_of(none.blocks.begin(), none.blocks.end(),
                       [](const PlanBlock &block) { return block.kind == PlanBlock::Kind::Table; }));

    // With sessions, the table holds one row each, between the paragraphs before and after it.
    const Activity &meetings = file.activityTitled(QStringLiteral("Network meetings"));
    const PdfDocument letterPdf =
        InvitationLetter::document(file.project(), meetings.id, InvitationLetter::standardText(english), options);
    const auto table = std::find_if(letterPdf.blocks.begin(), letterPdf.blocks.end(),
                                    [](const PlanBlock &block) { return block.kind == PlanBlock::Kind::Table; });
    REQUIRE(table != letterPdf.blocks.end());
    CHECK(table->rows.size() == qsizetype(file.project().sessionsOf(meetings.id).size()));
    CHECK(table->rows.front().front() == QStringLiteral("Tuesday 13 April 2027"));
    CHECK((table - 1)->text == QStringLiteral("We meet on these days:"));
    CHECK((table + 1)->text.startsWith(QStringLiteral("Please let us know")));
}
