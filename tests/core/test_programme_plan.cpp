// SPDX-License-Identifier: MPL-2.0
// The programme plan's pages: what a reader of the printed plan would notice if the layout
// went wrong (a table row cut in two, a table continuing without its header, text off the page).
#include "catch.h"
#include "report/planlayout.h"
#include "report/programmeplan.h"
#include "testfiles.h"

#include <QPdfWriter>
#include <QTemporaryDir>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

PlanBlock longTable(int rows)
{
    PlanBlock table{PlanBlock::Kind::Table};
    table.header = {QStringLiteral("Dato"), QStringLiteral("Uge"), QStringLiteral("Aktivitet")};
    table.columnWeights = {2, 1, 4};
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
