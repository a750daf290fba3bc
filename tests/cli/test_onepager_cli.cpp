// SPDX-License-Identifier: MPL-2.0
// The council's one page written by the real binary, read back with the tools a municipality's
// archive or print shop would use: qpdf for the structure, poppler's pdfinfo, pdffonts and
// pdftotext for what a council member gets. A missing tool fails the test with its package.
#include "badfiles.h"
#include "budget/budgetcalculator.h"
#include "budget/moneyformat.h"
#include "catch.h"
#include "evaluation/indicatorstatus.h"
#include "i18n/displaytext.h"
#include "i18n/scopedlanguage.h"
#include "pdftools.h"
#include "testfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <set>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const QLocale danish(QLocale::Danish, QLocale::Denmark);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);
const QChar ellipsis(0x2026);

struct OnePage
{
    QString pdf;
    QString info;
    QString text; // flattened: as a reader reads it
};

// --export-onepager on the command line, and the PDF tools' first answers about what it wrote.
OnePage exportOnePager(const Binary &app, const PdfTools &tools, const QString &project, const QString &pdf,
                       const QStringList &options = {})
{
    const Exported exported = exportPdf(app, tools, QStringLiteral("--export-onepager"), project, pdf, options);
    // One line on stdout says what was written where.
    INFO("stdout: " << exported.out.toStdString());
    CHECK(exported.out.count(QLatin1Char('\n')) == 1);
    CHECK(exported.out.contains(pdf));
    return {pdf, exported.info, flattened(exported.text)};
}

bool isForTheCouncil(const Track &track)
{
    return track.kind == TrackKind::PoliticalInnovators || track.targetRoles.contains(ParticipantRole::Politician);
}

QString firstWords(const QString &text, int count)
{
    return text.simplified().section(QLatin1Char(' '), 0, count - 1);
}

// A text's words without the punctuation around them, for comparing what was shown with the original.
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression edges(QStringLiteral("^[\\p{P}…]+|[\\p{P}…]+$"));
    QStringList words;
    for (QString word : text.split(space, Qt::SkipEmptyParts))
        if (!word.remove(edges).isEmpty())
            words.append(word);
    return words;
}

// What a council member must find on the page, as the page's language writes it: the academy,
// each track with the beginning of its target group, the council's sessions with their dates,
// the budget's total and the municipality's share, and the headline indicators.
void checkWhatTheCouncilReads(const QString &text, const Project &project, const QLocale &locale)
{
    const ScopedLanguage language(locale);
    const Academy &academy = project.academies.items().front();
    CHECK(text.contains(academy.name));
    for (const Track *track : project.tracksOf(academy.id)) {
        INFO("track " << track->name.toStdString());
        // A track and its target group are on one line.
        CHECK(text.contains(track->name + QLatin1Char(' ') + firstWords(track->targetGroup, 2)));
    }
    int councilSessions = 0;
    for (const Session &session : project.sessions) {
        const Track *track = project.tracks.find(project.activities.find(session.activityId)->trackId);
        if (!isForTheCouncil(*track))
            continue;
        const QString date =
            DisplayText::weekday(session.date) + QLatin1Char(' ') + DisplayText::dayMonthYear(session.date);
        INFO("council session on " << date.toStdString());
        CHECK(text.contains(date + QLatin1Char(' ') + DisplayText::timeRange(session.startTime, session.endTime)));
        ++councilSessions;
    }
    CHECK(councilSessions >= 3);
    // The amounts as the budget tab shows them.
    const AcademyBudget budget = BudgetCalculator::of(project, academy.id);
    CHECK_FALSE(budget.cash.withVat().isZero());
    CHECK(text.contains(MoneyFormat::text(budget.cash.withVat())));
    CHECK(text.contains(MoneyFormat::text(budget.cash.withoutVat)));
    CHECK(text.contains(MoneyFormat::text(budget.municipalityShare)));
    // The indicators of the highest level come first; the first of them leads the table.
    std::vector<const Indicator *> indicators;
    for (const Indicator &indicator : project.indicators)
        indicators.push_back(&indicator);
    REQUIRE_FALSE(indicators.empty());
    std::stable_sort(indicators.begin(), indicators.end(),
                     [](const Indicator *a, const Indicator *b) { return int(a->level) > int(b->level); });
    const Indicator &headline = *indicators.front();
    INFO("indicator " << headline.name.toStdString());
    CHECK(text.contains(firstWords(headline.name, 2)));
    CHECK(text.contains(IndicatorStatus::label(IndicatorStatus(project, headline).state())));
}

// The example with texts of thousands of characters where the page shows a text, and 40 focus
// areas, written into the file as another program could.
QString makeAbsurd(const QString &project)
{
    QStringList sentences;
    for (int i = 0; i < 80; ++i)
        sentences.append(QStringLiteral("Sætning %1 om formålet, hvor ældreplejen, skolerne og forvaltningerne "
                                        "arbejder sammen på tværs om at prøve nye løsninger af.")
                             .arg(i + 1));
    const QString purpose = sentences.join(QLatin1Char(' '));
    QJsonArray areas;
    for (int i = 0; i < 40; ++i)
        areas.append(QStringLiteral("Fokusområde %1: ").arg(i + 1) + sentences.mid(0, 6).join(QLatin1Char(' ')));
    auto quoted = [](QString text) {
        return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    };
    execOnFile(
        project,
        {QStringLiteral("UPDATE academy SET purpose = %1, focus_areas = %2")
             .arg(quoted(purpose), quoted(QString::fromUtf8(QJsonDocument(areas).toJson(QJsonDocument::Compact)))),
         QStringLiteral("UPDATE track SET target_group = %1").arg(quoted(sentences.mid(0, 30).join(QLatin1Char(' ')))),
         QStringLiteral("UPDATE activity SET title = title || ' ' || %1")
             .arg(quoted(sentences.mid(0, 10).join(QLatin1Char(' '))))});
    return purpose;
}

} // namespace

TEST_CASE("the council's one page of the example is one A4 page that passes qpdf and embeds its fonts",
          "[onepager][cli]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const QByteArray projectBytes = readBytes(project);
    const OnePage page = exportOnePager(app, tools, project, folder.path(QStringLiteral("byrådet.pdf")));

    INFO("pdfinfo:\n" << page.info.toStdString());
    CHECK(pageCount(page.info) == 1);
    CHECK(infoField(page.info, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
    CHECK(infoField(page.info, QStringLiteral("Title")) == readProject(project).academies.items().front().name);
    CHECK(infoField(page.info, QStringLiteral("Creator")).startsWith(QStringLiteral("Akademiplan")));

    const Run checked = tools.check(page.pdf);
    INFO("qpdf --check: " << checked.outText().toStdString() << checked.errText().toStdString());
    CHECK(checked.exitCode == 0);

    tools.checkFontsEmbedded(page.pdf);
    // Writing the page only reads the project.
    CHECK(holdsBytes(project, projectBytes));
    CHECK(folderListing(folder.path(QString())) == "byrådet.pdf | silkeborg.akademi");
}

TEST_CASE("the Danish one page names the academy, its tracks, the council's sessions, the budget and the indicators",
          "[onepager][cli]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    // Danish is the default, whatever the language of the system.
    const OnePage page = exportOnePager(app, tools, project, folder.path(QStringLiteral("side.pdf")));
    INFO("pdftotext:\n" << page.text.toStdString());
    checkWhatTheCouncilReads(page.text, readProject(project), danish);
    // Danish letters come through, in the plan's words and in the consultant's.
    CHECK(page.text.contains(QStringLiteral("Formål")));
    CHECK(page.text.contains(QStringLiteral("Strategiske fokusområder")));
    CHECK(page.text.contains(QStringLiteral("Sporene")));
    CHECK(page.text.contains(QStringLiteral("Silkeborg Kommune")));
    for (const QString &letter : {QStringLiteral("æ"), QStringLiteral("ø"), QStringLiteral("å")})
        CHECK(page.text.contains(letter));
    CHECK_FALSE(page.text.contains(QStringLiteral("Strategic focus areas")));
    CHECK_FALSE(page.text.contains(QStringLiteral("DKK")));
}

TEST_CASE("with --lang en the one page is in English, its dates and amounts too", "[onepager][cli]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const OnePage page = exportOnePager(app, tools, project, folder.path(QStringLiteral("council.pdf")),
                                        {QStringLiteral("--lang"), QStringLiteral("en")});
    INFO("pdftotext:\n" << page.text.toStdString());
    INFO("pdfinfo:\n" << page.info.toStdString());
    CHECK(pageCount(page.info) == 1);
    checkWhatTheCouncilReads(page.text, readProject(project), english);
    CHECK(page.text.contains(QStringLiteral("Purpose")));
    CHECK(page.text.contains(QStringLiteral("Strategic focus areas")));
    CHECK(page.text.contains(QStringLiteral("The tracks")));
    CHECK(page.text.contains(QStringLiteral("Silkeborg Municipality")));
    CHECK(page.text.contains(QStringLiteral("DKK ")));
    CHECK_FALSE(page.text.contains(QStringLiteral("Formål")));
    CHECK_FALSE(page.text.contains(QStringLiteral(" kr.")));
}

TEST_CASE("texts of thousands of characters and 40 focus areas still give one page with no word broken",
          "[onepager][cli]")
{
    const PdfTools tools = PdfTools::find();
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("da_DK.UTF-8"));
    const QString purpose = makeAbsurd(project);
    const OnePage page = exportOnePager(app, tools, project, folder.path(QStringLiteral("side.pdf")));
    INFO("pdftotext:\n" << page.text.toStdString());
    INFO("pdfinfo:\n" << page.info.toStdString());
    CHECK(pageCount(page.info) == 1);
    CHECK(tools.check(page.pdf).exitCode == 0);

    // The purpose as summarised: between its heading and the next, each word one of the purpose's.
    const qsizetype start = page.text.indexOf(QStringLiteral("Formål"));
    const qsizetype end = page.text.indexOf(QStringLiteral("Strategiske fokusområder"));
    REQUIRE(start >= 0);
    REQUIRE(end > start);
    const QStringList shown = wordsOf(page.text.mid(start + 6, end - start - 6));
    const QStringList original = wordsOf(purpose);
    const std::set<QString> known(original.begin(), original.end());
    INFO("the purpose as shown: " << shown.join(QLatin1Char(' ')).toStdString());
    CHECK(shown.size() >= 10);
    CHECK(shown.size() < original.size() / 4);
    for (const QString &word : shown) {
        INFO("word \"" << word.toStdString() << "\"");
        CHECK(known.count(word) == 1);
    }
    // It begins where the purpose begins, word for word.
    CHECK(shown == original.mid(0, shown.size()));

    // 40 focus areas: a few, and a line that says how many more there are.
    const ScopedLanguage language(danish);
    int more = 0;
    for (int n = 30; n < 40; ++n)
        if (page.text.contains(
                QCoreApplication::translate("Akademiplan::OnePager", "and %n more", "focus areas not shown", n)))
            more = n;
    CHECK(more >= 30);
}

TEST_CASE("wrong usage of the one page exits with its documented code and writes no file", "[onepager][cli]")
{
    const Binary app;
    TempFolder folder;
    const QString project = app.makeExample(folder, QStringLiteral("silkeborg.akademi"), QStringLiteral("C.UTF-8"));
    const QByteArray projectBytes = readBytes(project);
    const QString pdf = folder.path(QStringLiteral("side.pdf"));
    QStringList arguments;
    int exitCode = 0;
    SECTION("an output file not ending in .pdf")
    {
        arguments = {QStringLiteral("--export-onepager"), folder.path(QStringLiteral("side.docx")), project};
        exitCode = 1;
    }
    SECTION("a language other than da or en")
    {
        arguments = {QStringLiteral("--export-onepager"), pdf, project, QStringLiteral("--lang"), QStringLiteral("de")};
        exitCode = 1;
    }
    SECTION("an option the one page does not take")
    {
        arguments = {QStringLiteral("--export-onepager"), pdf, project, QStringLiteral("--track"), QStringLiteral("X")};
        exitCode = 1;
    }
    SECTION("an academy that is not in the project")
    {
        arguments = {QStringLiteral("--export-onepager"), pdf, project, QStringLiteral("--academy"),
                     QStringLiteral("Innovationsakademi Aarhus 2027")};
        exitCode = 3;
    }
    SECTION("a folder that does not exist")
    {
        arguments = {QStringLiteral("--export-onepager"), folder.path(QStringLiteral("mangler/side.pdf")), project};
        exitCode = 2;
    }
    const Run result = app.run(arguments);
    INFO("akademiplan " << arguments.join(QLatin1Char(' ')).toStdString());
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == exitCode);
    CHECK(result.out.isEmpty());
    CHECK(result.errText().startsWith(QStringLiteral("akademiplan: ")));
    CHECK(result.err.count('\n') == 1);
    CHECK(holdsBytes(project, projectBytes));
    CHECK(folderListing(folder.path(QString())) == "silkeborg.akademi");
}

TEST_CASE("a project without an academy gives no one page and exits 3", "[onepager][cli]")
{
    const Binary app;
    TempFolder folder;
    const QString project = folder.path(QStringLiteral("tom.akademi"));
    REQUIRE(
        app.run({QStringLiteral("--new"), project, QStringLiteral("--municipality"), QStringLiteral("740")}).exitCode ==
        0);
    const Run result = app.run({QStringLiteral("--export-onepager"), folder.path(QStringLiteral("side.pdf")), project});
    INFO("stderr: " << result.errText().toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.err.count('\n') == 1);
    CHECK(folderListing(folder.path(QString())) == "tom.akademi");
}
