// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"

#include "document/document.h"
#include "document/projecteditor.h"
#include "domain/municipalityregistry.h"
#include "exchange/projectsummary.h"
#include "exitcode.h"
#include "storage/projectreader.h"
#include "template/exampleproject.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Akademiplan {

namespace {

const QStringList headlessOptions = {
    QStringLiteral("--version"), QStringLiteral("-v"),   QStringLiteral("--help"),  QStringLiteral("-h"),
    QStringLiteral("--help-all"), QStringLiteral("--new"), QStringLiteral("--info"), QStringLiteral("--check"),
    QStringLiteral("--municipality"), QStringLiteral("--example"),
};

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

bool CommandLine::wantsHeadless(const QStringList &arguments)
{
    // Any long option, known or not, is for the command line: an unknown one is then reported
    // as wrong usage instead of being taken for a file name. Qt's own options have one dash.
    for (const QString &argument : arguments.mid(1)) {
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        if (headlessOptions.contains(name) || name.startsWith(QLatin1String("--")))
            return true;
    }
    return false;
}

void CommandLine::printError(const QString &message)
{
    writeTo(stderr, QStringLiteral("akademiplan: %1\n").arg(message));
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Akademiplan designs municipal innovation academies: tracks, activities, sessions and participants.\n\n"
           "Exit codes: 0 success, 1 wrong usage, 2 the file cannot be used, 3 the input was rejected."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption newOption(QStringLiteral("new"), tr("Create a new project file."), tr("FILE"));
    const QCommandLineOption municipalityOption(QStringLiteral("municipality"),
                                                tr("The municipality of a new project, as its kommunekode."),
                                                tr("CODE"));
    const QCommandLineOption exampleOption(QStringLiteral("example"),
                                           tr("Fill the new project with the example academy."));
    const QCommandLineOption infoOption(QStringLiteral("info"), tr("Print a JSON summary of a project file."),
                                        tr("FILE"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         tr("Check that a file is a valid project file this version can edit."),
                                         tr("FILE"));
    parser.addOptions({newOption, municipalityOption, exampleOption, infoOption, checkOption});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The project file to open in the window."),
                                 tr("[FILE]"));

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        writeTo(stdout, parser.helpText());
        return ExitSuccess;
    }
    if (parser.isSet(versionOption)) {
        writeTo(stdout, QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                       QCoreApplication::applicationVersion()));
        return ExitSuccess;
    }

    const int operations = int(parser.isSet(newOption)) + int(parser.isSet(infoOption)) + int(parser.isSet(checkOption));
    if (operations != 1) {
        printError(operations == 0 ? tr("--municipality and --example go with --new.")
                                   : tr("Give only one of --new, --info and --check."));
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    if (parser.isSet(newOption)) {
        if (!parser.isSet(municipalityOption)) {
            printError(tr("--new needs --municipality CODE (the municipality's kommunekode, e.g. 101)."));
            return ExitUsage;
        }
        return createProject(parser.value(newOption), parser.value(municipalityOption), parser.isSet(exampleOption));
    }
    if (parser.isSet(municipalityOption) || parser.isSet(exampleOption)) {
        printError(tr("--municipality and --example go with --new."));
        return ExitUsage;
    }
    if (parser.isSet(infoOption))
        return printInfo(parser.value(infoOption));
    return checkFile(parser.value(checkOption));
}

int CommandLine::createProject(const QString &path, const QString &municipality, bool example)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("akademi"), Qt::CaseInsensitive) != 0) {
        printError(tr("A project file name must end in .akademi: %1").arg(path));
        return ExitUsage;
    }
    bool isNumber = false;
    const int code = municipality.toInt(&isNumber);
    const auto found = isNumber ? MunicipalityRegistry::byCode(code) : std::nullopt;
    if (!found) {
        printError(tr("%1 is not the code of a Danish municipality (see the list in the README).").arg(municipality));
        return ExitInputRejected;
    }
    FileProblem problem;
    std::unique_ptr<Document> document = Document::create(path, *found, &problem);
    if (!document) {
        printError(problem.message);
        return ExitFileUnusable;
    }
    if (example) {
        const EditResult result = ProjectEditor(*document).insertAll(tr("Add example academy"),
                                                                     ExampleProject::build(found->name));
        if (!result) {
            printError(result.error);
            return ExitInputRejected;
        }
    }
    if (!document->save(&problem)) {
        printError(problem.message);
        return ExitFileUnusable;
    }
    return ExitSuccess;
}

int CommandLine::printInfo(const QString &path)
{
    Project project;
    const ProjectInspector::Result result = ProjectReader::read(path, project);
    if (result.schemaVersion == 0) {
        printError(result.problem.message);
        return ExitFileUnusable;
    }
    // A newer file can be summarised, but the reader should know that this version only reads it.
    const QStringList warnings =
        result.problem.isProblem() ? QStringList{result.problem.message} : QStringList();
    const QJsonObject summary = ProjectSummary::toJson(project, result.schemaVersion, warnings);
    writeTo(stdout, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented)));
    return ExitSuccess;
}

int CommandLine::checkFile(const QString &path)
{
    Project project;
    const ProjectInspector::Result result = ProjectReader::read(path, project);
    if (!result.canEdit() || result.schemaVersion == 0) {
        printError(result.problem.message);
        return ExitFileUnusable;
    }
    writeTo(stdout, tr("%1: a valid Akademiplan project (file format version %2).\n")
                        .arg(QFileInfo(path).fileName())
                        .arg(result.schemaVersion));
    return ExitSuccess;
}

} // namespace Akademiplan
