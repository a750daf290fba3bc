// SPDX-License-Identifier: MPL-2.0
#include "commandline.h"

#include "about/programinfo.h"
#include "applycommand.h"
#include "attendancecommand.h"
#include "budgetcommand.h"
#include "calendarcommand.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "domain/entitydescription.h"
#include "domain/municipalityregistry.h"
#include "domain/validator.h"
#include "exchange/issuetext.h"
#include "exchange/projectsummary.h"
#include "exchange/sharesummary.h"
#include "editdriver.h"
#include "exitcode.h"
#include "namedrows.h"
#include "outputcommand.h"
#include "participantcommands.h"
#include "plancommand.h"
#include "planning/plancheck.h"
#include "roundtripcommands.h"
#include "servercommands.h"
#include "storage/documentlock.h"
#include "storage/projectreader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace Akademiplan {

namespace {

const QStringList headlessOptions = {
    QStringLiteral("--version"), QStringLiteral("-v"),   QStringLiteral("--help"),  QStringLiteral("-h"),
    QStringLiteral("--new"), QStringLiteral("--info"), QStringLiteral("--check"),
    QStringLiteral("--municipality"), QStringLiteral("--example"), QStringLiteral("--export-pdf"),
    QStringLiteral("--academy"), QStringLiteral("--lang"), QStringLiteral("--with-participants"),
    QStringLiteral("--pdfa"), QStringLiteral("--share-copy"), QStringLiteral("--without-personal-data"),
    QStringLiteral("--without-free-text"), QStringLiteral("--to"), QStringLiteral("--drive"),
    QStringLiteral("--compare"), QStringLiteral("--merge"), QStringLiteral("--prefer"),
    QStringLiteral("--apply"), QStringLiteral("--import-participants"), QStringLiteral("--update-existing"),
    QStringLiteral("--export-participants"), QStringLiteral("--track"), QStringLiteral("--activity"),
    QStringLiteral("--import-attendance"), QStringLiteral("--check-plan"), QStringLiteral("--export-ics"),
    QStringLiteral("--participant"), QStringLiteral("--export-budget"), QStringLiteral("--without-staff-time"),
    QStringLiteral("--export-onepager"), QStringLiteral("--export-run-sheets"), QStringLiteral("--export-schedules"),
    QStringLiteral("--export-invitation"), QStringLiteral("--export-html"), QStringLiteral("--date"),
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

// Someone may be changing the file while it is read here: what is read is the file as it was
// last saved, and the user should know that.
QString CommandLine::lockNote(const QString &path, const std::optional<DocumentLock::Owner> &owner)
{
    if (!owner)
        return {};
    const QString who = DocumentLock::describe(*owner);
    const QString name = QFileInfo(path).fileName();
    return owner->since.isValid()
               ? tr("%1 has been open for editing by %2 since %3; this is the file as it was last "
                                 "saved.")
                     .arg(name, who, QLocale().toString(owner->since.toLocalTime(), QLocale::ShortFormat))
               : tr("%1 is open for editing by %2; this is the file as it was last saved.").arg(name, who);
}

void CommandLine::printError(const QString &message)
{
    writeTo(stderr, QStringLiteral("akademiplan: %1\n").arg(message));
}

void CommandLine::printOut(const QString &text)
{
    writeTo(stdout, text);
}

bool CommandLine::readProject(const QString &path, Project &project, std::vector<Tombstone> *removed)
{
    const ProjectInspector::Result result = ProjectReader::read(path, project, removed);
    if (result.schemaVersion == 0)
        printError(result.problem.message);
    return result.schemaVersion != 0;
}

std::unique_ptr<Document> CommandLine::openProject(const QString &path, bool forEditing)
{
    FileProblem problem;
    std::unique_ptr<Document> document = Document::open(path, {!forEditing}, &problem);
    if (!document)
        printError(problem.message);
    else if (forEditing && document->isReadOnly()) {
        printError(document->readOnlyReason());
        document.reset();
    }
    return document;
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Akademiplan designs municipal innovation academies: tracks, activities, sessions and participants.\n\n"
           "Exit codes: 0 success, 1 wrong usage, 2 the file cannot be used, 3 the input was rejected."));
    // Qt's own help and version options describe themselves in English only ("Displays help on
    // commandline options."), and its --help-all lists the window's Qt options, which no
    // headless operation takes.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           tr("Show the program's version."));
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
    const QCommandLineOption checkPlanOption(
        QStringLiteral("check-plan"),
        tr("Print the planning warnings of a project (holidays, double bookings, capacity, ...); exit code 3 "
           "when any is a problem."),
        tr("FILE"));
    const QCommandLineOption academyOption(
        QStringLiteral("academy"),
        tr("The academy: with --export-pdf, --export-onepager, --export-html and --export-budget the one to write "
           "(default: the first); with the other exports, --export-participants and --export-ics, the one whose "
           "sessions or people to take."),
        tr("NAME"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        tr("With --export-pdf and the exports for each audience: the language, da or en (default: da)."),
        tr("da|en"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), tr("With --export-run-sheets: only the session on this day."), tr("YYYY-MM-DD"));
    const QCommandLineOption withParticipantsOption(
        QStringLiteral("with-participants"),
        tr("With --export-pdf: add the participants' names per activity; with --export-html: name the people "
           "enrolled (personal data; left out by default)."));
    const QCommandLineOption pdfAOption(QStringLiteral("pdfa"),
                                        tr("With --export-pdf: write PDF/A-1b, for the municipality's archive."));
    const QCommandLineOption withoutStaffTimeOption(
        QStringLiteral("without-staff-time"),
        tr("With --export-pdf: leave the participants' working time out of the budget section (the cash only)."));
    const QCommandLineOption shareCopyOption(
        QStringLiteral("share-copy"),
        tr("Write a clean copy of the project FILE to share with someone, and record in FILE that it was shared."),
        tr("OUT.akademi"));
    const QCommandLineOption withoutPersonalDataOption(
        QStringLiteral("without-personal-data"),
        tr("With --share-copy: replace names, e-mail addresses and phone numbers by neutral labels."));
    const QCommandLineOption withoutFreeTextOption(
        QStringLiteral("without-free-text"),
        tr("With --share-copy: also leave out the free text that may name people (consultant, facilitator, "
           "descriptions)."));
    const QCommandLineOption recipientOption(QStringLiteral("to"),
                                             tr("With --share-copy: who the copy is for, as recorded in FILE."),
                                             tr("NAME"));
    const QCommandLineOption compareOption(
        QStringLiteral("compare"),
        tr("Print as JSON how THEIRS, a copy of the project FILE that came back, differs from FILE."), tr("THEIRS"));
    const QCommandLineOption mergeOption(
        QStringLiteral("merge"),
        tr("Take into FILE every change of THEIRS, a copy of it that came back, that does not conflict with FILE's "
           "own; refuse when changes conflict, unless --prefer says which side wins."),
        tr("THEIRS"));
    const QCommandLineOption preferOption(QStringLiteral("prefer"),
                                          tr("With --merge: which side wins where both changed the same thing."),
                                          tr("mine|theirs"));
    const QCommandLineOption applyOption(
        QStringLiteral("apply"),
        tr("Apply the changes in CHANGES.json (see docs/change-batch.md) to the project FILE, all or none, and save "
           "it."),
        tr("CHANGES.json"));
    const QCommandLineOption importParticipantsOption(
        QStringLiteral("import-participants"),
        tr("Add the people of a participant list (CSV from Excel or LibreOffice) to the project FILE, all or none, "
           "and save it. People already there are skipped."),
        tr("IN.csv"));
    const QCommandLineOption updateExistingOption(
        QStringLiteral("update-existing"),
        tr("With --import-participants: give people already in the project the list's details."));
    const QCommandLineOption exportParticipantsOption(
        QStringLiteral("export-participants"),
        tr("Write the participants of the project FILE as a CSV file that Excel opens."), tr("OUT.csv"));
    const QCommandLineOption trackOption(
        QStringLiteral("track"),
        tr("With --export-participants: the people enrolled in the track, with their status. With --export-ics, "
           "--export-run-sheets and --export-schedules: the track's sessions or people."),
        tr("NAME"));
    const QCommandLineOption activityOption(
        QStringLiteral("activity"),
        tr("With --export-participants: the people enrolled in the activity, with their status. With --export-ics, "
           "--export-run-sheets and --export-schedules: the activity's sessions or people. With "
           "--export-invitation: the activity to invite to."),
        tr("NAME"));
    const QCommandLineOption exportIcsOption(
        QStringLiteral("export-ics"),
        tr("Write the sessions of the project FILE as an iCalendar file that Outlook, Google Calendar and Apple "
           "Calendar import; importing a later one updates the events (see docs/calendar.md)."),
        tr("OUT.ics"));
    const QCommandLineOption exportBudgetOption(
        QStringLiteral("export-budget"),
        tr("Write the budget of an academy in the project FILE as a CSV file for Excel: its cost lines, the "
           "participants' working time, the funding and the totals."),
        tr("OUT.csv"));
    const QCommandLineOption participantOption(
        QStringLiteral("participant"),
        tr("With --export-ics and --export-schedules: the sessions of the person with this e-mail address."),
        tr("EMAIL"));
    const QCommandLineOption initServerOption(
        QStringLiteral("init-server"),
        tr("Set up Akademiplan's tables, roles and row-level security on the PostgreSQL server at URL "
           "(postgresql://user@host:port/database), or bring them up to this version (see docs/team-mode.md)."),
        tr("URL"));
    const QCommandLineOption publishOption(
        QStringLiteral("publish"),
        tr("Put the project FILE, with its history, on the team server at URL (given after FILE), where the "
           "consultants assigned to its municipality open it (see docs/team-mode.md)."),
        tr("FILE"));
    const QCommandLineOption fetchOption(
        QStringLiteral("fetch"),
        tr("Write the project with the UUID PROJECT on the team server at URL as the file OUT.akademi, with its "
           "history: --fetch URL PROJECT OUT.akademi."),
        tr("URL"));
    const QCommandLineOption importAttendanceOption(
        QStringLiteral("import-attendance"),
        tr("Record the attendance in a list (CSV: date, activity, e-mail or name, status per row) in the project "
           "FILE, all or none, and save it. --academy and --track narrow where the activities are looked for."),
        tr("IN.csv"));
    // For the fault test only (docs/reliability.md): hidden from --help.
    QCommandLineOption driveOption(QStringLiteral("drive"), QStringLiteral("Edit and save FILE without end."),
                                   QStringLiteral("FILE"));
    driveOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("With --drive: the seed."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    seedOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({driveOption, seedOption});
    parser.addOptions({helpOption, versionOption, newOption, municipalityOption, exampleOption, infoOption,
                       checkOption, checkPlanOption});
    // The exports for each audience, described where they are carried out.
    std::vector<std::pair<QCommandLineOption, OutputCommand::Kind>> outputs;
    for (OutputCommand::Kind kind : OutputCommand::kinds) {
        outputs.emplace_back(OutputCommand::option(kind), kind);
        parser.addOption(outputs.back().first);
    }
    parser.addOptions({academyOption, languageOption,
                       withParticipantsOption, pdfAOption, withoutStaffTimeOption,
                       shareCopyOption, withoutPersonalDataOption, withoutFreeTextOption, recipientOption,
                       compareOption, mergeOption, preferOption, applyOption, importParticipantsOption,
                       updateExistingOption, exportParticipantsOption, trackOption, activityOption,
                       importAttendanceOption, exportIcsOption, participantOption, exportBudgetOption, dateOption,
                       initServerOption, publishOption, fetchOption});
    parser.addPositionalArgument(tr("FILE"),
                                 tr("The project file to open in the window, or to export with --export-pdf."),
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
        writeTo(stdout, ProgramInfo::current().versionText());
        return ExitSuccess;
    }

    const bool pdfOptionSet = parser.isSet(languageOption) || parser.isSet(withParticipantsOption)
                              || parser.isSet(pdfAOption) || parser.isSet(withoutStaffTimeOption);
    const bool exportOptionSet = parser.isSet(academyOption) || pdfOptionSet;
    if (parser.isSet(driveOption))
        return EditDriver::run(parser.value(driveOption), parser.value(seedOption).toUInt());
    const bool shareOptionSet = parser.isSet(withoutPersonalDataOption) || parser.isSet(withoutFreeTextOption)
                                || parser.isSet(recipientOption);
    int operations = int(parser.isSet(newOption)) + int(parser.isSet(infoOption)) + int(parser.isSet(checkOption))
                           + int(parser.isSet(checkPlanOption)) + int(parser.isSet(shareCopyOption))
                           + int(parser.isSet(compareOption)) + int(parser.isSet(mergeOption))
                           + int(parser.isSet(applyOption)) + int(parser.isSet(importParticipantsOption))
                           + int(parser.isSet(exportParticipantsOption)) + int(parser.isSet(importAttendanceOption))
                           + int(parser.isSet(exportIcsOption)) + int(parser.isSet(exportBudgetOption))
                           + int(parser.isSet(initServerOption)) + int(parser.isSet(publishOption))
                           + int(parser.isSet(fetchOption));
    for (const auto &output : outputs)
        operations += int(parser.isSet(output.first));
    if (operations != 1) {
        if (operations > 1)
            printError(tr("Give only one of --new, --info, --check, --check-plan, --export-pdf, --share-copy, "
                          "--compare, --merge, --apply, --import-participants, --export-participants, "
                          "--import-attendance, --export-ics, --export-budget, --export-onepager, "
                          "--export-run-sheets, --export-schedules, --export-invitation, --export-html, "
                          "--init-server, --publish and --fetch."));
        else if (parser.isSet(updateExistingOption))
            printError(tr("--update-existing goes with --import-participants."));
        else if (parser.isSet(trackOption) || parser.isSet(activityOption))
            printError(tr("--track and --activity go with --export-participants, --export-ics or an export for "
                          "an audience."));
        else if (parser.isSet(participantOption))
            printError(tr("--participant goes with --export-ics or --export-schedules."));
        else if (parser.isSet(dateOption))
            printError(tr("--date goes with --export-run-sheets."));
        else if (parser.isSet(preferOption))
            printError(tr("--prefer goes with --merge."));
        else if (exportOptionSet)
            printError(tr("--academy, --lang, --with-participants, --without-staff-time and --pdfa go with an export such as --export-pdf."));
        else if (shareOptionSet)
            printError(tr("--without-personal-data, --without-free-text and --to go with --share-copy."));
        else
            printError(tr("--municipality and --example go with --new."));
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    // The team server's operations take their own arguments and no option of another operation.
    const bool serverOperation =
        parser.isSet(initServerOption) || parser.isSet(publishOption) || parser.isSet(fetchOption);
    if (serverOperation
        && (exportOptionSet || shareOptionSet || parser.isSet(municipalityOption) || parser.isSet(exampleOption)
            || parser.isSet(updateExistingOption) || parser.isSet(preferOption) || parser.isSet(trackOption)
            || parser.isSet(activityOption) || parser.isSet(participantOption) || parser.isSet(dateOption))) {
        printError(tr("--init-server, --publish and --fetch take no other options."));
        return ExitUsage;
    }
    if (parser.isSet(initServerOption)) {
        if (!positional.isEmpty()) {
            printError(tr("--init-server takes the server's URL and nothing else."));
            return ExitUsage;
        }
        return ServerCommands::initialise(parser.value(initServerOption));
    }
    if (parser.isSet(publishOption)) {
        if (positional.size() != 1) {
            printError(tr("--publish takes the project FILE and the server's URL: --publish FILE URL."));
            return ExitUsage;
        }
        return ServerCommands::publish(parser.value(publishOption), positional.at(0));
    }
    if (parser.isSet(fetchOption)) {
        if (positional.size() != 2) {
            printError(tr("--fetch takes the server's URL, the project's UUID and the file to write: --fetch URL "
                          "PROJECT OUT.akademi."));
            return ExitUsage;
        }
        return ServerCommands::fetch(parser.value(fetchOption), positional.at(0), positional.at(1));
    }
    for (const auto &[outputOption, kind] : outputs) {
        if (!parser.isSet(outputOption))
            continue;
        const QString name = OutputCommand::optionName(kind);
        if (positional.size() != 1) {
            printError(positional.isEmpty() ? tr("%1 needs the project FILE to export, e.g. %1 %2 plan.akademi.")
                                                  .arg(name, outputOption.valueName())
                                            : tr("Unexpected argument: %1").arg(positional.at(1)));
            return ExitUsage;
        }
        if (shareOptionSet || parser.isSet(municipalityOption) || parser.isSet(exampleOption)
            || parser.isSet(updateExistingOption) || parser.isSet(preferOption)) {
            printError(tr("%1 takes none of the options of --new, --share-copy, --import-participants and --merge.")
                           .arg(name));
            return ExitUsage;
        }
        auto value = [&parser](const QCommandLineOption &option) {
            return parser.isSet(option) ? parser.value(option) : QString();
        };
        OutputRequest request;
        request.outPath = parser.value(outputOption);
        request.projectPath = positional.constFirst();
        request.academy = value(academyOption);
        request.track = value(trackOption);
        request.activity = value(activityOption);
        request.participant = value(participantOption);
        request.date = value(dateOption);
        request.language = value(languageOption);
        request.withParticipants = parser.isSet(withParticipantsOption);
        request.pdfA = parser.isSet(pdfAOption);
        request.budgetWithStaffTime = !parser.isSet(withoutStaffTimeOption);
        return OutputCommand::run(kind, request);
    }
    if (parser.isSet(dateOption)) {
        printError(tr("--date goes with --export-run-sheets."));
        return ExitUsage;
    }
    if (parser.isSet(updateExistingOption) && !parser.isSet(importParticipantsOption)) {
        printError(tr("--update-existing goes with --import-participants."));
        return ExitUsage;
    }
    if (((parser.isSet(trackOption) && !parser.isSet(importAttendanceOption)) || parser.isSet(activityOption))
        && !parser.isSet(exportParticipantsOption) && !parser.isSet(exportIcsOption)) {
        printError(tr("--track and --activity go with --export-participants, --export-ics or an export for "
                      "an audience."));
        return ExitUsage;
    }
    if (parser.isSet(participantOption) && !parser.isSet(exportIcsOption)) {
        printError(tr("--participant goes with --export-ics or --export-schedules."));
        return ExitUsage;
    }
    if (parser.isSet(exportIcsOption)) {
        if (positional.size() != 1) {
            printError(positional.isEmpty() ? tr("--export-ics needs the project FILE, e.g. --export-ics "
                                                 "sessions.ics plan.akademi.")
                                            : tr("Unexpected argument: %1").arg(positional.at(1)));
            return ExitUsage;
        }
        if (pdfOptionSet || shareOptionSet || parser.isSet(municipalityOption) || parser.isSet(exampleOption)) {
            printError(tr("--export-ics takes only --academy, --track, --activity and --participant."));
            return ExitUsage;
        }
        auto value = [&parser](const QCommandLineOption &option) {
            return parser.isSet(option) ? parser.value(option) : QString();
        };
        return CalendarCommand::run(parser.value(exportIcsOption), positional.constFirst(),
                                    {value(academyOption), value(trackOption), value(activityOption),
                                     value(participantOption)});
    }
    if (parser.isSet(exportBudgetOption)) {
        if (positional.size() != 1) {
            printError(positional.isEmpty() ? tr("--export-budget needs the project FILE, e.g. --export-budget "
                                                 "budget.csv plan.akademi.")
                                            : tr("Unexpected argument: %1").arg(positional.at(1)));
            return ExitUsage;
        }
        if (pdfOptionSet || shareOptionSet || parser.isSet(municipalityOption) || parser.isSet(exampleOption)) {
            printError(tr("--export-budget takes only --academy."));
            return ExitUsage;
        }
        return BudgetCommand::run(parser.value(exportBudgetOption), positional.constFirst(),
                                  parser.isSet(academyOption) ? parser.value(academyOption) : QString());
    }
    if (shareOptionSet && !parser.isSet(shareCopyOption)) {
        printError(tr("--without-personal-data, --without-free-text and --to go with --share-copy."));
        return ExitUsage;
    }
    if (parser.isSet(preferOption) && !parser.isSet(mergeOption)) {
        printError(tr("--prefer goes with --merge."));
        return ExitUsage;
    }
    if (parser.isSet(compareOption) || parser.isSet(mergeOption)) {
        const QString option = parser.isSet(compareOption) ? QStringLiteral("--compare") : QStringLiteral("--merge");
        if (positional.size() != 1) {
            printError(positional.isEmpty()
                           ? tr("%1 needs your project FILE after the copy that came back, e.g. %1 returned.akademi "
                                "plan.akademi.")
                                 .arg(option)
                           : tr("Unexpected argument: %1").arg(positional.at(1)));
            return ExitUsage;
        }
        if (exportOptionSet || shareOptionSet || parser.isSet(municipalityOption) || parser.isSet(exampleOption)) {
            printError(parser.isSet(compareOption) ? tr("--compare takes no other options.")
                                                   : tr("--merge takes no other option than --prefer."));
            return ExitUsage;
        }
        return parser.isSet(compareOption)
                   ? RoundTripCommands::compare(parser.value(compareOption), positional.constFirst())
                   : RoundTripCommands::merge(parser.value(mergeOption), positional.constFirst(),
                                              parser.isSet(preferOption) ? parser.value(preferOption) : QString());
    }
    if (parser.isSet(shareCopyOption)) {
        if (positional.size() != 1) {
            printError(positional.isEmpty()
                           ? tr("--share-copy needs the project FILE to share, e.g. --share-copy copy.akademi "
                                "plan.akademi.")
                           : tr("Unexpected argument: %1").arg(positional.at(1)));
            return ExitUsage;
        }
        if (exportOptionSet || parser.isSet(municipalityOption) || parser.isSet(exampleOption)) {
            printError(tr("--share-copy takes only --without-personal-data, --without-free-text and --to."));
            return ExitUsage;
        }
        return shareCopy(parser.value(shareCopyOption), positional.constFirst(), parser.value(recipientOption),
                         parser.isSet(withoutPersonalDataOption), parser.isSet(withoutFreeTextOption));
    }
    if (parser.isSet(applyOption)) {
        if (positional.size() != 1) {
            printError(positional.isEmpty()
                           ? tr("--apply needs the project FILE to change, e.g. --apply changes.json plan.akademi.")
                           : tr("Unexpected argument: %1").arg(positional.at(1)));
            return ExitUsage;
        }
        if (exportOptionSet || parser.isSet(municipalityOption) || parser.isSet(exampleOption)) {
            printError(tr("--apply takes no other options."));
            return ExitUsage;
        }
        return ApplyCommand::run(parser.value(applyOption), positional.constFirst());
    }
    if (parser.isSet(importAttendanceOption)) {
        if (positional.size() != 1) {
            printError(positional.isEmpty() ? tr("--import-attendance needs the project FILE to record in, e.g. "
                                                 "--import-attendance attendance.csv plan.akademi.")
                                            : tr("Unexpected argument: %1").arg(positional.at(1)));
            return ExitUsage;
        }
        if (pdfOptionSet || shareOptionSet || parser.isSet(municipalityOption) || parser.isSet(exampleOption)) {
            printError(tr("--import-attendance takes only --academy and --track."));
            return ExitUsage;
        }
        return AttendanceCommand::run(parser.value(importAttendanceOption), positional.constFirst(),
                                      parser.isSet(academyOption) ? parser.value(academyOption) : QString(),
                                      parser.isSet(trackOption) ? parser.value(trackOption) : QString());
    }
    if (parser.isSet(importParticipantsOption) || parser.isSet(exportParticipantsOption)) {
        const bool importing = parser.isSet(importParticipantsOption);
        const QString option = importing ? QStringLiteral("--import-participants") : QStringLiteral("--export-participants");
        if (positional.size() != 1) {
            printError(positional.isEmpty()
                           ? (importing ? tr("--import-participants needs the project FILE to add the people to, e.g. "
                                             "--import-participants people.csv plan.akademi.")
                                        : tr("--export-participants needs the project FILE, e.g. --export-participants "
                                             "people.csv plan.akademi."))
                           : tr("Unexpected argument: %1").arg(positional.at(1)));
            return ExitUsage;
        }
        if (pdfOptionSet || (importing && parser.isSet(academyOption)) || shareOptionSet
            || parser.isSet(municipalityOption) || parser.isSet(exampleOption)) {
            printError(importing ? tr("%1 takes only --update-existing.").arg(option)
                                 : tr("%1 takes only --academy, --track and --activity.").arg(option));
            return ExitUsage;
        }
        return importing ? ParticipantCommands::importList(parser.value(importParticipantsOption),
                                                           positional.constFirst(), parser.isSet(updateExistingOption))
                         : ParticipantCommands::exportList(
                               parser.value(exportParticipantsOption), positional.constFirst(),
                               parser.isSet(academyOption) ? parser.value(academyOption) : QString(),
                               parser.isSet(trackOption) ? parser.value(trackOption) : QString(),
                               parser.isSet(activityOption) ? parser.value(activityOption) : QString());
    }
    if (!positional.isEmpty()) {
        printError(tr("Unexpected argument: %1").arg(positional.constFirst()));
        return ExitUsage;
    }
    if (exportOptionSet) {
        printError(tr("--academy, --lang, --with-participants, --without-staff-time and --pdfa go with an export such as --export-pdf."));
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
    if (parser.isSet(checkPlanOption))
        return PlanCommand::run(parser.value(checkPlanOption));
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
        const EditResult result = ProjectEditor(*document).addExample();
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
    QJsonObject summary =
        ProjectSummary::toJson(project, result.schemaVersion, warnings, Validator::checkProject(project),
                               PlanCheck::run(project));
    if (const auto owner = DocumentLock::heldBy(path))
        summary.insert(QStringLiteral("locked_by"),
                       QJsonObject{{QStringLiteral("user"), owner->user},
                                   {QStringLiteral("host"), owner->host},
                                   {QStringLiteral("since"), owner->since.toUTC().toString(Qt::ISODate)},
                                   {QStringLiteral("message"), lockNote(path, owner)}});
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
    // A file that breaks the domain's rules opens, with warnings, but is not sound.
    const ValidationIssues issues = Validator::checkProject(project);
    for (const ValidationIssue &issue : issues)
        printError(tr("%1: %2 [%3 %4]")
                       .arg(QFileInfo(path).fileName(), IssueText::describe(project, issue), issue.kind,
                            issue.entityUuid.toString(QUuid::WithoutBraces)));
    if (!issues.isEmpty())
        return ExitFileUnusable;
    writeTo(stdout, tr("%1: a valid Akademiplan project (file format version %2).\n")
                        .arg(QFileInfo(path).fileName())
                        .arg(result.schemaVersion));
    if (const QString note = lockNote(path, DocumentLock::heldBy(path)); !note.isEmpty())
        writeTo(stdout, note + QLatin1Char('\n'));
    return ExitSuccess;
}

int CommandLine::shareCopy(const QString &outPath, const QString &projectPath, const QString &recipient,
                           bool withoutPersonalData, bool withoutFreeText)
{
    if (QFileInfo(outPath).suffix().compare(QLatin1String("akademi"), Qt::CaseInsensitive) != 0) {
        printError(tr("A project file name must end in .akademi: %1").arg(outPath));
        return ExitUsage;
    }
    // A copy is never written over a file that is there: a typo must not cost someone's file.
    if (QFileInfo::exists(outPath)) {
        printError(tr("%1 already exists; choose another name for the copy.").arg(outPath));
        return ExitUsage;
    }
    std::unique_ptr<Document> document = openProject(projectPath, true);
    if (!document)
        return ExitFileUnusable;
    FileProblem problem;
    ShareOptions options;
    options.recipient = recipient;
    options.withoutPersonalData = withoutPersonalData;
    options.withoutFreeText = withoutFreeText;
    const QStringList summary = ShareSummary::describe(document->project(), QFileInfo(projectPath).fileName(), options);
    if (!document->shareCopy(outPath, options, &problem)) {
        printError(problem.message);
        return ExitFileUnusable;
    }
    writeTo(stdout, tr("Shared a copy of %1 as %2.\n").arg(QFileInfo(projectPath).fileName(), outPath)
                        + summary.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace Akademiplan
