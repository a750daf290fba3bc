// SPDX-License-Identifier: MPL-2.0
// The main() of every test program: a Qt application object, the offscreen platform for widget
// tests (so that tests run, and are listed at build time, without a display), and private data
// and settings folders so that working copies and preferences of tests never mix with a user's
// own. Every test starts from no settings, whichever ran before it in the same program.
#ifndef AKADEMIPLAN_CATCH3
#define CATCH_CONFIG_RUNNER
#endif
#include "catch.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>

#ifdef AKADEMIPLAN_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
// Fonts (the timeline, the programme plan) need a GUI application, though no widgets.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

namespace {

#ifdef AKADEMIPLAN_CATCH3
using ListenerBase = Catch::EventListenerBase;
#else
using ListenerBase = Catch::TestEventListenerBase;
#endif

// Column widths, sort orders and other preferences one test leaves would change what the next sees.
struct FreshSettings : ListenerBase
{
    using ListenerBase::ListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override { QSettings().clear(); }
};

} // namespace

CATCH_REGISTER_LISTENER(FreshSettings)

int main(int argc, char **argv)
{
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Messages and dates in tests are compared in English unless a test chooses Danish.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Akademiplan"));
    TestApplication::setApplicationName(QStringLiteral("akademiplan-tests"));
    return Catch::Session().run(argc, argv);
}
