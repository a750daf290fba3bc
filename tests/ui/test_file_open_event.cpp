// SPDX-License-Identifier: MPL-2.0
// A project double-clicked in Finder: macOS asks the running program to open it with a file-open
// event instead of a command-line argument, also while the program is still starting.
#include "catch.h"
#include "document/document.h"
#include "fileopenhandler.h"
#include "mainwindow.h"
#include "testfiles.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QTest>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

bool askToOpen(const QString &path)
{
    QFileOpenEvent event(path);
    return QCoreApplication::sendEvent(qApp, &event);
}

} // namespace

TEST_CASE("a project double-clicked in Finder opens in the window", "[ui][fileopen]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("vejle.akademi"), true);
    FileOpenHandler handler;
    qApp->installEventFilter(&handler);
    MainWindow window;
    handler.setWindow(&window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE_FALSE(window.document());

    CHECK(askToOpen(path));
    REQUIRE(window.document());
    CHECK(window.document()->filePath() == path);
    CHECK(window.windowTitle().contains(QStringLiteral("vejle.akademi")));
    qApp->removeEventFilter(&handler);
}

TEST_CASE("a project Finder asks for while the program starts opens once the window is there", "[ui][fileopen]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("horsens.akademi"), true);
    FileOpenHandler handler;
    qApp->installEventFilter(&handler);

    CHECK(askToOpen(path));
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.document());

    handler.setWindow(&window);
    REQUIRE(window.document());
    CHECK(window.document()->filePath() == path);
    qApp->removeEventFilter(&handler);
}
