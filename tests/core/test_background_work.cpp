// SPDX-License-Identifier: MPL-2.0
// Opening, saving and exporting a large project take seconds. Meanwhile the window must keep
// painting and showing progress, which needs the caller's events to go on while the work runs.
#include "catch.h"
#include "document/backgroundwork.h"
#include "domain/municipalityregistry.h"
#include "editor/projecteditor.h"
#include "largeproject.h"
#include "report/planoptions.h"
#include "report/programmeplan.h"
#include "testfiles.h"

#include <QTimer>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// Counts how often the caller's event loop came round while `work` ran.
int ticksDuring(const std::function<void()> &work)
{
    int ticks = 0;
    QTimer timer;
    timer.setInterval(0);
    QObject::connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
    timer.start();
    work();
    return ticks;
}

} // namespace

TEST_CASE("long work runs beside the caller's events and hands back its result", "[background]")
{
    Qt::HANDLE worker = nullptr;
    int result = 0;
    const int ticks = ticksDuring([&] {
        result = BackgroundWork::run([&] {
            worker = QThread::currentThreadId();
            QThread::msleep(100);
            return 42;
        });
    });
    CHECK(result == 42);
    CHECK(worker != QThread::currentThreadId());
    CHECK(ticks > 0);
}

TEST_CASE("opening and saving a project lets the window's events go on", "[background]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("small.akademi"));
    {
        FileProblem problem;
        auto document = Document::create(path, *MunicipalityRegistry::byCode(751), &problem);
        REQUIRE(document);
        REQUIRE(ProjectEditor(*document).insertAll(QStringLiteral("S"), largeProject(LargeProjectSize::small())).ok);
        int ticks = ticksDuring([&] { REQUIRE(document->save(&problem)); });
        CHECK(ticks > 0);
    }
    std::unique_ptr<Document> document;
    const int ticks = ticksDuring([&] { document = openDocument(path); });
    CHECK(ticks > 0);
    CHECK(document->project().participants.size() == LargeProjectSize::small().participants);
    CHECK(document->project().enrolments.size() == LargeProjectSize::small().enrolments);
}

TEST_CASE("writing a programme plan reports each page as it is drawn", "[background]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("plan.akademi"), true));
    std::vector<std::pair<int, int>> reports;
    PlanOptions options;
    options.progress = [&reports](int page, int pages) { reports.emplace_back(page, pages); };
    QString error;
    REQUIRE(ProgrammePlan::exportPdf(document->project(), options, folder.path(QStringLiteral("plan.pdf")), &error));
    REQUIRE(reports.size() > 3);
    const int pages = reports.front().second;
    CHECK(int(reports.size()) == pages);
    for (std::size_t i = 0; i < reports.size(); ++i)
        CHECK(reports[i] == std::make_pair(int(i) + 1, pages));
}
