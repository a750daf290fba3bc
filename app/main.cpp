// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"
#include "exitcode.h"
#include "fileopenhandler.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Akademiplan"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("akademiplan.dk"));
    QCoreApplication::setApplicationName(QStringLiteral("akademiplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKADEMIPLAN_VERSION));
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentList(argc, argv);
    if (Akademiplan::CommandLine::wantsHeadless(arguments)) {
        // Qt's platform asks for the user's runtime folder and, where the environment names none
        // (cron jobs, scripts, CI), says so on stderr, which a user takes for an error. A private
        // folder for this run, removed at its end, keeps the command line to its own messages.
        std::optional<QTemporaryDir> runtimeFolder;
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtimeFolder.emplace(QDir::tempPath() + QStringLiteral("/akademiplan-runtime-XXXXXX"));
            if (runtimeFolder->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeFolder->path()));
        }
        // Fonts for the programme plan need a GUI application, but never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        Akademiplan::Translations::install(QLocale::system());
        return Akademiplan::CommandLine::run(QCoreApplication::arguments());
    }
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Akademiplan::Translations::install(QLocale::system());
        const QString message = QCoreApplication::translate(
            "main", "akademiplan: no display is available to show the window; see akademiplan --help for what "
                    "works without one.");
        std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
        return Akademiplan::ExitUsage;
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Akademiplan"));
    QGuiApplication::setDesktopFileName(QStringLiteral("dk.akademiplan.Akademiplan"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dk.akademiplan.Akademiplan.svg")));
    Akademiplan::Translations::install(Akademiplan::PreferencesDialog::localeToUse());

    const QStringList files = QCoreApplication::arguments().mid(1);
    if (files.size() > 1) {
        std::fputs(qPrintable(QCoreApplication::translate("main", "akademiplan: give at most one file to open.")
                              + QLatin1Char('\n')),
                   stderr);
        return Akademiplan::ExitUsage;
    }
    // Before the window: macOS may ask for a document while the program is still starting.
    Akademiplan::FileOpenHandler fileOpenHandler;
    app.installEventFilter(&fileOpenHandler);
    Akademiplan::MainWindow window;
    window.show();
    window.offerRecovery();
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    fileOpenHandler.setWindow(&window);
    return app.exec();
}
