// SPDX-License-Identifier: MPL-2.0
#include "outputcommand.h"

#include "commandline.h"
#include "domain/project.h"
#include "exitcode.h"
#include "namedrows.h"
#include "outputwriters.h"
#include "report/outputoptions.h"
#include "storage/documentlock.h"
#include "storage/tombstone.h"

#include <QDir>
#include <QFileInfo>

namespace Akademiplan {

namespace {

// Which of the shared options an export takes, and what its output is called.
struct Usage
{
    QStringList suffixes; // none: the output is a folder
    bool academy = true;
    bool track = false;
    bool activity = false;
    bool participant = false;
    bool date = false;
    bool withParticipants = false;
    bool pdfOptions = false; // --pdfa and --without-staff-time
};

Usage usageOf(OutputCommand::Kind kind)
{
    using Kind = OutputCommand::Kind;
    const QStringList pdf{QStringLiteral("pdf")};
    switch (kind) {
    case Kind::ProgrammePlan:
        return {pdf, true, false, false, false, false, true, true};
    case Kind::OnePager:
        return {pdf};
    case Kind::RunSheets:
        return {pdf, true, true, true, false, true};
    case Kind::Schedules:
        return {{}, true, true, true, true};
    case Kind::Invitation:
        return {{QStringLiteral("pdf"), QStringLiteral("txt")}, true, true, true};
    case Kind::WebPage:
        return {{QStringLiteral("html"), QStringLiteral("htm")}, true, false, false, false, false, true};
    }
    return {};
}

// The options given that this export does not take, so that each is named in one message.
QStringList misplacedOptions(const Usage &usage, const OutputRequest &request)
{
    QStringList misplaced;
    const auto check = [&misplaced](bool given, bool taken, const char *option) {
        if (given && !taken)
            misplaced.append(QString::fromLatin1(option));
    };
    check(!request.academy.isNull(), usage.academy, "--academy");
    check(!request.track.isNull(), usage.track, "--track");
    check(!request.activity.isNull(), usage.activity, "--activity");
    check(!request.participant.isNull(), usage.participant, "--participant");
    check(!request.date.isNull(), usage.date, "--date");
    check(request.withParticipants, usage.withParticipants, "--with-participants");
    check(request.pdfA, usage.pdfOptions, "--pdfa");
    check(!request.budgetWithStaffTime, usage.pdfOptions, "--without-staff-time");
    return misplaced;
}

QStringList takenOptions(const Usage &usage)
{
    QStringList taken;
    const auto add = [&taken](bool isTaken, const char *option) {
        if (isTaken)
            taken.append(QString::fromLatin1(option));
    };
    add(usage.academy, "--academy");
    add(usage.track, "--track");
    add(usage.activity, "--activity");
    add(usage.participant, "--participant");
    add(usage.date, "--date");
    add(true, "--lang");
    add(usage.withParticipants, "--with-participants");
    add(usage.pdfOptions, "--pdfa");
    add(usage.pdfOptions, "--without-staff-time");
    return taken;
}

// The session on `date` among those the options cover; 0 with the reason when there is none or
// more than one.
qint64 sessionOn(const Project &project, const QDate &date, const OutputOptions &options, QString *error)
{
    QList<qint64> found;
    for (const Session &session : project.sessions) {
        if (session.date != date)
            continue;
        const Activity *activity = project.activities.find(session.activityId);
        const Track *track = activity ? project.tracks.find(activity->trackId) : nullptr;
        if (!track || (options.activityId != 0 && activity->id != options.activityId)
            || (options.trackId != 0 && track->id != options.trackId)
            || (options.academyId != 0 && track->academyId != options.academyId))
            continue;
        found.append(session.id);
    }
    if (found.size() == 1)
        return found.constFirst();
    *error = found.isEmpty()
                 ? OutputCommand::tr("No session is held on %1 where you looked.").arg(date.toString(Qt::ISODate))
                 : OutputCommand::tr("%n sessions are held on %1; name the activity with --activity.", nullptr,
                                     int(found.size()))
                       .arg(date.toString(Qt::ISODate));
    return 0;
}

} // namespace

QCommandLineOption OutputCommand::option(Kind kind)
{
    switch (kind) {
    case Kind::ProgrammePlan:
        return {QStringLiteral("export-pdf"),
                tr("Write the programme plan of an academy in the project FILE as a PDF file (A4)."), tr("OUT.pdf")};
    case Kind::OnePager:
        return {QStringLiteral("export-onepager"),
                tr("Write the city council's one page about an academy in the project FILE as a PDF file (A4)."),
                tr("OUT.pdf")};
    case Kind::RunSheets:
        return {QStringLiteral("export-run-sheets"),
                tr("Write the facilitator's run sheet of each session (agenda, materials, a sign-in list) as one PDF "
                   "file."),
                tr("OUT.pdf")};
    case Kind::Schedules:
        return {QStringLiteral("export-schedules"),
                tr("Write each participant's own schedule as PDF and iCalendar files into the folder OUTDIR, with a "
                   "list of them for a mail merge."),
                tr("OUTDIR")};
    case Kind::Invitation:
        return {QStringLiteral("export-invitation"),
                tr("Write the invitation letter of an activity, with its sessions and places, as PDF or plain text "
                   "(.txt)."),
                tr("OUT.pdf|OUT.txt")};
    case Kind::WebPage:
        return {QStringLiteral("export-html"),
                tr("Write the programme of an academy as one self-contained web page for the intranet (HTML)."),
                tr("OUT.html")};
    }
    Q_UNREACHABLE();
    return option(Kind::ProgrammePlan);
}

QString OutputCommand::optionName(Kind kind)
{
    return QStringLiteral("--") + option(kind).names().constFirst();
}

int OutputCommand::run(Kind kind, const OutputRequest &request)
{
    // Wrong usage is answered before the project is read, so that a typo costs nothing.
    const Usage usage = usageOf(kind);
    const QString option = optionName(kind);
    if (const QStringList misplaced = misplacedOptions(usage, request); !misplaced.isEmpty()) {
        CommandLine::printError(tr("%1 takes only %2, not %3.")
                                    .arg(option, QLocale().createSeparatedList(takenOptions(usage)),
                                         QLocale().createSeparatedList(misplaced)));
        return ExitUsage;
    }
    const QFileInfo out(request.outPath);
    if (!usage.suffixes.isEmpty() && !usage.suffixes.contains(out.suffix().toLower())) {
        QStringList endings;
        for (const QString &suffix : usage.suffixes)
            endings.append(QLatin1Char('.') + suffix);
        const QString last = endings.takeLast();
        const QString allowed = endings.isEmpty() ? last
                                                  : tr("%1 or %2", "file name endings").arg(endings.join(QLatin1String(", ")), last);
        CommandLine::printError(tr("The file name for %1 must end in %2: %3").arg(option, allowed, request.outPath));
        return ExitUsage;
    }
    if (kind == Kind::Invitation && request.activity.isNull()) {
        CommandLine::printError(tr("--export-invitation needs --activity NAME, the activity the letter invites to."));
        return ExitUsage;
    }
    if (!request.participant.isNull()
        && (!request.academy.isNull() || !request.track.isNull() || !request.activity.isNull())) {
        CommandLine::printError(tr("--participant takes no --academy, --track or --activity: a person's schedule "
                                   "holds all of their own sessions."));
        return ExitUsage;
    }
    OutputOptions options;
    const QString language = request.language.isNull() ? QStringLiteral("da") : request.language;
    if (language.compare(QLatin1String("da"), Qt::CaseInsensitive) == 0) {
        options.locale = QLocale(QLocale::Danish, QLocale::Denmark);
    } else if (language.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0) {
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    } else {
        CommandLine::printError(tr("The output can be written in da (Danish) or en (English), not in \"%1\".").arg(language));
        return ExitUsage;
    }
    QDate date;
    if (!request.date.isNull()) {
        date = QDate::fromString(request.date, Qt::ISODate);
        if (!date.isValid()) {
            CommandLine::printError(tr("--date takes a date as YYYY-MM-DD, not \"%1\".").arg(request.date));
            return ExitUsage;
        }
    }
    const QFileInfo projectFile(request.projectPath);
    if (out.exists() && projectFile.exists() && out.canonicalFilePath() == projectFile.canonicalFilePath()) {
        CommandLine::printError(tr("The output would replace the project file itself: %1").arg(request.outPath));
        return ExitUsage;
    }

    Project project;
    std::vector<Tombstone> removedSessions;
    if (!CommandLine::readProject(request.projectPath, project, kind == Kind::Schedules ? &removedSessions : nullptr))
        return ExitFileUnusable;
    if (project.academies.isEmpty()) {
        CommandLine::printError(tr("%1 has no academy to export yet.").arg(request.projectPath));
        return ExitInputRejected;
    }
    QString error;
    options.withParticipants = request.withParticipants;
    options.academyId = NamedRows::academy(project, request.academy, &error);
    if (error.isEmpty())
        options.trackId = NamedRows::track(project, request.track, options.academyId, &error);
    if (error.isEmpty())
        options.activityId = NamedRows::activity(project, request.activity, options.academyId, options.trackId, &error);
    if (error.isEmpty())
        options.participantId = NamedRows::participant(project, request.participant, &error);
    if (error.isEmpty() && date.isValid())
        options.sessionId = sessionOn(project, date, options, &error);
    if (!error.isEmpty()) {
        CommandLine::printError(error);
        return ExitInputRejected;
    }

    // Said before writing, because a folder that is not there is the usual mistake and deserves
    // plainer words than the system's.
    const QFileInfo folder(usage.suffixes.isEmpty() ? QFileInfo(out.absoluteFilePath()).absolutePath()
                                                    : out.absolutePath());
    if (!folder.isDir()) {
        const QString folderName = QDir::toNativeSeparators(folder.filePath());
        const QString reason = folder.exists() ? tr("%1 is not a folder.").arg(folderName)
                                               : tr("the folder %1 does not exist.").arg(folderName);
        CommandLine::printError(tr("Cannot write to %1: %2").arg(QDir::toNativeSeparators(request.outPath), reason));
        return ExitFileUnusable;
    }
    if (usage.suffixes.isEmpty() ? (out.exists() && !out.isDir()) : out.isDir()) {
        CommandLine::printError(usage.suffixes.isEmpty()
                                    ? tr("Cannot write to %1: that is a file, not a folder.")
                                          .arg(QDir::toNativeSeparators(request.outPath))
                                    : tr("Cannot write to %1: that is a folder.")
                                          .arg(QDir::toNativeSeparators(request.outPath)));
        return ExitFileUnusable;
    }
    if (const auto owner = DocumentLock::heldBy(request.projectPath))
        CommandLine::printError(CommandLine::lockNote(request.projectPath, owner));

    switch (kind) {
    case Kind::ProgrammePlan:
        return OutputWriters::programmePlan(project, options, request.outPath, request.pdfA,
                                            request.budgetWithStaffTime);
    case Kind::OnePager:
        return OutputWriters::onePager(project, options, request.outPath);
    case Kind::RunSheets:
        return OutputWriters::runSheets(project, options, request.outPath);
    case Kind::Schedules:
        return OutputWriters::schedules(project, options, removedSessions, request.outPath);
    case Kind::Invitation:
        return OutputWriters::invitation(project, options, request.outPath);
    case Kind::WebPage:
        return OutputWriters::webPage(project, options, request.outPath);
    }
    return ExitUsage;
}

} // namespace Akademiplan
