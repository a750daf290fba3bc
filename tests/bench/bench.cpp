// SPDX-License-Identifier: MPL-2.0
// akademiplan_bench: the project's ruler for speed. It writes projects of named sizes and times
// what a consultant waits for (opening, the window, searching, edits and their undo, saving, the
// programme plan), each beside its raw limit measured in the same run. See docs/performance.md.
#include "benchreport.h"
#include "benchrunner.h"
#include "serverload.h"
#include "serversteps.h"
#include "largeproject.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Akademiplan;
using namespace Akademiplan::Bench;

namespace {

enum ExitCode { Success = 0, Usage = 1, Failed = 2 };

int usage(const QString &message)
{
    std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(message));
    return Usage;
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

// Each size runs in a process of its own, so that its peak memory is its own.
bool runChild(const QStringList &arguments, BenchReport *report, QString *error)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        *error = QStringLiteral("the run %1 failed").arg(arguments.join(QLatin1Char(' ')));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(child.readAllStandardOutput(), &parseError);
    if (!json.isObject()) {
        *error = QStringLiteral("the run %1 printed no JSON: %2")
                     .arg(arguments.join(QLatin1Char(' ')), parseError.errorString());
        return false;
    }
    *report = BenchReport::fromJson(json.object());
    return true;
}

int compareSizes(const QList<Test::LargeProjectSize> &sizes, const QStringList &passOn, bool json)
{
    std::vector<BenchReport> reports;
    for (const Test::LargeProjectSize &size : sizes) {
        BenchReport report;
        QString error;
        if (!runChild(QStringList{QStringLiteral("--run"), size.name, QStringLiteral("--json")} + passOn, &report,
                      &error)) {
            std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(error));
            return Failed;
        }
        if (!json)
            print(report.table() + QLatin1Char('\n'));
        reports.push_back(report);
    }
    if (json) {
        QJsonArray runs;
        for (const BenchReport &report : reports)
            runs.append(report.toJson());
        QJsonObject growth;
        for (std::size_t i = 1; i < reports.size(); ++i) {
            QJsonObject ratios;
            for (const StepResult &step : reports[i].steps)
                for (const StepResult &base : reports[i - 1].steps)
                    if (base.key == step.key && StepResult::median(base.samples) > 0)
                        ratios.insert(step.key, StepResult::median(step.samples) / StepResult::median(base.samples));
            growth.insert(reports[i].sizeName + QLatin1Char('/') + reports[i - 1].sizeName, ratios);
        }
        print(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs},
                                                          {QStringLiteral("growth"), growth}})
                                    .toJson()));
        return Success;
    }
    for (std::size_t i = 1; i < reports.size(); ++i)
        print(BenchReport::comparison(reports[i - 1], reports[i]) + QLatin1Char('\n'));
    return Success;
}

} // namespace

int main(int argc, char **argv)
{
    // The window step needs widgets; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Working copies, settings and recent files of the runs stay out of the user's own folders.
    QTemporaryDir work;
    if (!work.isValid())
        return usage(QStringLiteral("cannot make a temporary folder"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(work.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(work.filePath(QStringLiteral("config"))));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Akademiplan"));
    QCoreApplication::setApplicationName(QStringLiteral("akademiplan-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Akademiplan's work on projects of named sizes "
                                                    "(S, L, XL) beside the raw limits of the same work."));
    parser.addHelpOption();
    const QCommandLineOption generateOption(QStringLiteral("generate"),
                                            QStringLiteral("Write a project of SIZE (S, L or XL) to the file given "
                                                           "as the argument."),
                                            QStringLiteral("SIZE"));
    const QCommandLineOption runOption(QStringLiteral("run"),
                                       QStringLiteral("Time the steps at SIZE; several sizes (L,XL) also print the "
                                                      "growth of each step."),
                                       QStringLiteral("SIZES"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("Times each step N times (default 5, 3 at XL)."),
                                          QStringLiteral("N"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Only these steps: %1.")
                                                                    .arg(BenchRunner::stepKeys().join(QLatin1Char(','))),
                                        QStringLiteral("STEPS"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("Measure this project instead of generating one."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption compareOption(QStringLiteral("compare-sizes"),
                                           QStringLiteral("Run L and XL and print the XL/L ratio of each step."));
    const QCommandLineOption serverLoadOption(
        QStringLiteral("server-load"),
        QStringLiteral("Load the team server at URL (postgresql://…, a user who may publish and edit Silkeborg's "
                       "projects) with simulated clients editing one project at once."),
        QStringLiteral("URL"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("With --server-load: how many clients (default 8)."),
                                           QStringLiteral("N"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("With --server-load: for how long (default 60)."),
                                           QStringLiteral("S"));
    const QCommandLineOption pauseOption(QStringLiteral("pause"),
                                         QStringLiteral("With --server-load: milliseconds between one client's "
                                                        "edits (default 20)."),
                                         QStringLiteral("MS"));
    const QCommandLineOption serverStepsOption(
        QStringLiteral("server-steps"),
        QStringLiteral("Publish a project of the size --run names (default L), or --file, on the team server at URL "
                       "and time a window's large steps on it there."),
        QStringLiteral("URL"));
    parser.addOptions({generateOption, runOption, repeatOption, onlyOption, jsonOption, fileOption, compareOption,
                       serverLoadOption, clientsOption, secondsOption, pauseOption, serverStepsOption});
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The file --generate writes."));
    parser.process(app);

    if (parser.isSet(generateOption)) {
        const auto size = Test::LargeProjectSize::named(parser.value(generateOption));
        if (!size)
            return usage(QStringLiteral("unknown size %1; use S, L or XL").arg(parser.value(generateOption)));
        if (parser.positionalArguments().size() != 1)
            return usage(QStringLiteral("--generate needs exactly one file to write"));
        QString error;
        if (!BenchRunner::generate(*size, parser.positionalArguments().constFirst(), &error)) {
            std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(error));
            return Failed;
        }
        return Success;
    }

    if (parser.isSet(serverLoadOption)) {
        ServerLoad::Options options;
        options.uri = parser.value(serverLoadOption);
        const std::pair<const QCommandLineOption *, int *> numbers[] = {
            {&clientsOption, &options.clients}, {&secondsOption, &options.seconds}, {&pauseOption, &options.pauseMs}};
        for (const auto &[option, value] : numbers) {
            if (!parser.isSet(*option))
                continue;
            bool number = false;
            *value = parser.value(*option).toInt(&number);
            if (!number || *value < (option == &pauseOption ? 0 : 1))
                return usage(QStringLiteral("--%1 needs a whole number").arg(option->names().constFirst()));
        }
        QJsonObject report;
        QString error;
        if (!ServerLoad::run(options, &report, &error)) {
            std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(error));
            return Failed;
        }
        print(parser.isSet(jsonOption) ? QString::fromUtf8(QJsonDocument(report).toJson()) : ServerLoad::table(report));
        return report.value(QStringLiteral("lost")).toInt() == 0 ? Success : Failed;
    }

    if (parser.isSet(serverStepsOption)) {
        ServerSteps::Options options;
        options.uri = parser.value(serverStepsOption);
        options.size = parser.isSet(runOption) ? parser.value(runOption) : QStringLiteral("L");
        options.file = parser.value(fileOption);
        QJsonObject report;
        QString error;
        if (!ServerSteps::run(options, &report, &error)) {
            std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(error));
            return Failed;
        }
        print(parser.isSet(jsonOption) ? QString::fromUtf8(QJsonDocument(report).toJson())
                                       : ServerSteps::table(report));
        return Success;
    }

    const QString sizeList = parser.isSet(compareOption) ? QStringLiteral("L,XL") : parser.value(runOption);
    if (sizeList.isEmpty())
        return usage(QStringLiteral("give --generate SIZE OUT, --run SIZES or --compare-sizes; see --help"));
    QList<Test::LargeProjectSize> sizes;
    for (const QString &name : sizeList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto size = Test::LargeProjectSize::named(name.trimmed());
        if (!size)
            return usage(QStringLiteral("unknown size %1; use S, L or XL").arg(name));
        sizes.append(*size);
    }
    QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &key : std::as_const(only))
        if (!BenchRunner::stepKeys().contains(key))
            return usage(QStringLiteral("unknown step %1; the steps are %2")
                             .arg(key, BenchRunner::stepKeys().join(QLatin1Char(','))));
    int repeat = 0;
    if (parser.isSet(repeatOption)) {
        bool number = false;
        repeat = parser.value(repeatOption).toInt(&number);
        if (!number || repeat < 1)
            return usage(QStringLiteral("--repeat needs a whole number of at least 1"));
    }
    if (sizes.size() > 1) {
        if (parser.isSet(fileOption))
            return usage(QStringLiteral("--file measures one project; give one size"));
        QStringList passOn;
        if (repeat > 0)
            passOn << QStringLiteral("--repeat") << QString::number(repeat);
        if (!only.isEmpty())
            passOn << QStringLiteral("--only") << only.join(QLatin1Char(','));
        return compareSizes(sizes, passOn, parser.isSet(jsonOption));
    }

    BenchRunner::Options options;
    options.size = sizes.constFirst();
    options.repeat = repeat > 0 ? repeat : BenchRunner::defaultRepeat(options.size);
    options.only = only;
    options.file = parser.value(fileOption);
    if (!options.file.isEmpty() && !QFileInfo::exists(options.file))
        return usage(QStringLiteral("%1 does not exist").arg(options.file));
    BenchRunner runner(options, work.path());
    BenchReport report;
    QString error;
    if (!runner.run(&report, &error)) {
        std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(error));
        return Failed;
    }
    print(parser.isSet(jsonOption) ? QString::fromUtf8(QJsonDocument(report.toJson()).toJson()) : report.table());
    return Success;
}
