// SPDX-License-Identifier: MPL-2.0
// The main() of every test program: a Qt application object, the offscreen platform for widget
// tests (so that tests run, and are listed at build time, without a display), and a private
// data folder so that working copies of tests never mix with a user's own.
#ifndef AKADEMIPLAN_CATCH3
#define CATCH_CONFIG_RUNNER
#endif
#include "catch.h"

#include <QDir>
#include <QLocale>
#include <QTemporaryDir>

#ifdef AKADEMIPLAN_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
// Fonts (the timeline, the programme plan) need a GUI application, though no widgets.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

int main(int argc, char **argv)
{
    QTemporaryDir dataHome;
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome.path()));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Messages and dates in tests are compared in English unless a test chooses Danish.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("Akademiplan"));
    TestApplication::setApplicationName(QStringLiteral("akademiplan-tests"));
    return Catch::Session().run(argc, argv);
}
