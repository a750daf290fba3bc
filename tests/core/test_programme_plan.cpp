// SPDX-License-Identifier: MPL-2.0
// The programme plan's pages: what a reader of the printed plan would notice if the layout
// went wrong (a table row cut in two, a table continuing without its header, text off the page).
#include "catch.h"
#include "domain/municipalityregistry.h"
#include "editor/projecteditor.h"
#include "i18n/scopedlanguage.h"
#include "largeproject.h"
#include "report/planlayout.h"
#include "report/programmeplan.h"
#include "template/exampleproject.h"
#include "testfiles.h"

#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <map>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

PlanBlock longTable(int rows)
{
    PlanBlock table{PlanBlock::Kind::Table};
    table.header = {QStringLiteral("Dato"), QStringLiteral("Uge"), QStringLiteral("Aktivitet")};
    table.keepWhole = {true, true, false};
    for (int i = 0; i < rows; ++i) {
        // Every seventh row has a title long enough to wrap over several lines.
        const QString title = i % 7 == 0 ? QStringLiteral("Et meget langt aktivitetsnavn der ikke kan stå på én "
                                                          "linje men må ombrydes pænt over flere linjer %1")
                                                .arg(i)
                                         : QStringLiteral("Aktivitet %1").arg(i);
        table.rows.append({QStringLiteral("%1. marts 2027").arg(i % 28 + 1), QStringLiteral("uge %1").arg(i % 52 + 1),
                           title});
    }
    return table;
}

const QLocale danish(QLocale::Danish, QLocale::Denmark);
const QLocale english(QLocale::English, QLocale::UnitedKingdom);

// A project for Aarhus with the given rows, as the window or the command line would make it.
Project projectOf(const TempFolder &folder, const std::vector<AnyEntity> &rows)
{
    FileProblem problem;
    auto document = Document::create(folder.path(QStringLiteral("plan.akademi")), *MunicipalityRegistry::byCode(751),
                                     &problem);
    INFO(problem.message.toStdString());
    REQUIRE(document);
    if (!rows.empty())
        REQUIRE(ProjectEditor(*document).insertAll(QStringLiteral("rows"), rows).ok);
    return document->project();
}

// The example academy with its names in the plan's language, as a consultant working in that
// language makes it.
std::vector<AnyEntity> exampleIn(const QLocale &locale)
{
    const ScopedLanguage language(locale);
    return ExampleProject::build(QStringLiteral("Aarhus"));
}

// An academy with its period and nothing else yet.
std::vector<AnyEntity> emptyAcademy()
{
    Academy academy;
    academy.id = -1;
    academy.name = QStringLiteral("Innovationsakademi Aarhus 2028");
    academy.startDate = QDate(2028, 1, 3);
    academy.endDate = QDate(2028, 12, 15);
    return {academy};
}

// A generated project of the benchmark's size, with its programme but without the people, who
// are not in a plan without its appendix.
std::vector<AnyEntity> programmeOf(const LargeProjectSize &size)
{
    std::vector<AnyEntity> rows;
    for (AnyEntity &row : largeProject(size))
        if (!std::holds_alternative<Participant>(row) && !std::holds_alternative<Enrolment>(row)
            && !std::holds_alternative<Organisation>(row))
            rows.push_back(std::move(row));
    return rows;
}

// Checks what a reader of every page would see go wrong in a table: a text that runs out of its
// cell into the next column or row, two cells of a row that overlap, or a date, a week or a time
// on more than one line. Returns the rows of the calendar, the table with `calendarHeader`.
int checkPages(const std::vector<PlanPage> &pages, const QPaintDevice &device, const QStringList &keptHeaders,
               const QString &calendarHeader)
{
    auto drawn = [&device](const PlanItem &item) {
        const QFontMetricsF metrics(PlanLayout::font(item.font), const_cast<QPaintDevice *>(&device));
        return std::pair(metrics.boundingRect(item.rect, item.flags, item.text), metrics.height());
    };
    int calendarRows = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        std::map<qreal, std::vector<const PlanItem *>> rows; // the texts of the page by their top
        for (const PlanItem &item : pages[p].items) {
            if (item.kind != PlanItem::Kind::Text)
                continue;
            INFO("text \"" << item.text.toStdString() << "\"");
            const QRectF box = drawn(item).first;
            CHECK(box.width() <= item.rect.width() + 0.5);
            CHECK(box.height() <= item.rect.height() + 0.5);
            rows[item.rect.top()].push_back(&item);
        }
        // A table's header row says which of the rows under it are the calendar's, and which
        // of their columns hold a date, a week or a time.
        std::vector<qreal> keptColumns;
        bool inCalendar = false;
        for (const auto &[top, texts] : rows) {
            for (std::size_t i = 1; i < texts.size(); ++i)
                CHECK(texts[i - 1]->rect.right() <= texts[i]->rect.left() + 0.5);
            if (texts.front()->font == PlanItem::Font::TableHeader) {
                keptColumns.clear();
                inCalendar = false;
                for (const PlanItem *text : texts) {
                    if (keptHeaders.contains(text->text))
                        keptColumns.push_back(text->rect.left());
                    inCalendar = inCalendar || text->text == calendarHeader;
                }
                continue;
            }
            if (texts.size() < 2) // a paragraph or a heading ends the table
                keptColumns.clear();
            for (const PlanItem *text : texts) {
                if (std::find(keptColumns.begin(), keptColumns.end(), text->rect.left()) == keptColumns.end())
                    continue;
                INFO("cell \"" << text->text.toStdString() << "\"");
                const auto [box, lineHeight] = drawn(*text);
                CHECK(box.height() < 1.5 * lineHeight);
            }
            if (inCalendar && !keptColumns.empty())
                ++calendarRows;
        }
    }
    return calendarRows;
}

} // namespace

TEST_CASE("a long table crosses pages with its header repeated and no row split", "[plan]")
{
    QPdfWriter writer(QStringLiteral("/dev/null"));
    writer.setResolution(600);
    const PlanLayout layout(&writer, 600 / 25.4);
    const std::vector<PlanPage> pages = PlanLayout(layout).layout({longTable(300)});
    REQUIRE(pages.size() > 3);
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const QRectF body = layout.bodyRect(pages[p].landscape);
        bool sawHeader = false;
        for (const PlanItem &item : pages[p].items) {
            // Everything stays inside the area between header and footer.
            CHECK(item.rect.top() >= body.top() - 0.5);
            CHECK(item.rect.bottom() <= body.bottom() + 0.5);
            if (item.kind == PlanItem::Kind::Text && item.font == PlanItem::Font::TableHeader
                && item.text == QStringLiteral("Dato"))
                sawHeader = true;
        }
        INFO("page " << p + 1);
        CHECK(sawHeader);
    }
    // Each row's cells are on one page: every row's date text appears exactly once overall.
    int dates = 0;
    for (const PlanPage &page : pages)
        for (const PlanItem &item : page.items)
            if (item.kind == PlanItem::Kind::Text && item.text.endsWith(QStringLiteral(". marts 2027")))
                ++dates;
    CHECK(dates == 300);
}

TEST_CASE("the example's programme plan is written as a PDF in Danish and in English", "[plan]")
{
    TempFolder folder;
    const Project project = readProject(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    for (const QLocale &locale : {QLocale(QLocale::Danish, QLocale::Denmark), QLocale(QLocale::English,
                                                                                      QLocale::UnitedKingdom)}) {
        PlanOptions options;
        options.locale = locale;
        options.planDate = QDate(2026, 11, 29);
        const QString path = folder.path(QStringLiteral("plan-%1.pdf").arg(locale.name()));
        QString error;
        INFO(error.toStdString());
        REQUIRE(ProgrammePlan::exportPdf(project, options, path, &error));
        const QByteArray pdf = readBytes(path);
        CHECK(pdf.startsWith("%PDF-"));
        CHECK(pdf.size() > 20000);
        if (qEnvironmentVariableIsSet("AKADEMIPLAN_PLAN_PDF"))
            QFile::copy(path, qEnvironmentVariable("AKADEMIPLAN_PLAN_PDF") + QLatin1Char('-') + locale.name() + QStringLiteral(".pdf"));
    }
    // The window's language is as it was.
    CHECK(QLocale().language() == QLocale::English);
}

TEST_CASE("a plan that cannot be written leaves the old file and says why", "[plan]")
{
    TempFolder folder;
    const Project project = readProject(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    QString error;
    CHECK_FALSE(ProgrammePlan::exportPdf(project, {}, folder.path(QStringLiteral("missing/plan.pdf")), &error));
    CHECK(error.contains(QStringLiteral("plan.pdf")));
    Project empty;
    CHECK_FALSE(ProgrammePlan::exportPdf(empty, {}, folder.path(QStringLiteral("empty.pdf")), &error));
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("empty.pdf"))));
}

TEST_CASE("the calendar keeps each date and week and time on one line and no text runs out of its cell", "[plan]")
{
    TempFolder folder;
    const bool inDanish = GENERATE(true, false);
    const std::string data = GENERATE(as<std::string>(), "the example", "an empty academy", "size S", "size L");
    const QLocale locale = inDanish ? danish : english;
    INFO(data << " in " << locale.name().toStdString());
    const std::vector<AnyEntity> rows = data == "the example"        ? exampleIn(locale)
                                        : data == "an empty academy" ? emptyAcademy()
                                        : programmeOf(data == "size S" ? LargeProjectSize::small()
                                                                       : LargeProjectSize::large());
    const Project project = projectOf(folder, rows);

    QPdfWriter writer(QStringLiteral("/dev/null"));
    writer.setResolution(600);
    PlanOptions options;
    options.locale = locale;
    const std::vector<PlanPage> pages = ProgrammePlan::layout(project, options, &writer);
    REQUIRE_FALSE(pages.empty());
    const QStringList kept =
        inDanish ? QStringList{QStringLiteral("Dato"), QStringLiteral("Uge"), QStringLiteral("Tidspunkt")}
                 : QStringList{QStringLiteral("Date"), QStringLiteral("Week"), QStringLiteral("Time")};
    const QString activity = inDanish ? QStringLiteral("Aktivitet") : QStringLiteral("Activity");
    CHECK(checkPages(pages, writer, kept, activity) == int(project.sessions.size()));
}

TEST_CASE("a word longer than its column breaks inside the column instead of running into the next", "[plan]")
{
    QPdfWriter writer(QStringLiteral("/dev/null"));
    writer.setResolution(600);
    PlanBlock table{PlanBlock::Kind::Table};
    table.header = {QStringLiteral("Dato"), QStringLiteral("Sted"), QStringLiteral("Spor")};
    table.keepWhole = {true, false, false};
    const QString place =
        QStringLiteral("Innovations-og-velfærdsteknologisk-udviklingscenter-").repeated(3) + QStringLiteral("Nord");
    for (int i = 0; i < 5; ++i)
        table.rows.append({QStringLiteral("tirsdag %1. september 2027").arg(i + 1), place,
                           QStringLiteral("Ledelsesinnovatører")});
    const std::vector<PlanPage> pages = PlanLayout(&writer, 600 / 25.4).layout({table});
    REQUIRE(pages.size() == 1);
    CHECK(checkPages(pages, writer, {QStringLiteral("Dato")}, QStringLiteral("Dato")) == 5);
    // The place is there in full, on several lines.
    int places = 0;
    for (const PlanItem &item : pages.front().items)
        places += item.text == place ? 1 : 0;
    CHECK(places == 5);
}
