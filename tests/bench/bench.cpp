// SPDX-License-Identifier: MPL-2.0
// akademiplan_bench: measures what a consultant waits for with a large municipality's project:
// making and saving it, opening it, building the views' models, searching and filtering the
// participants, a bulk enrolment and its undo, and writing an academy's programme plan as PDF.
// Prints one line per step with milliseconds and the process's peak memory. Run it from the
// build folder; --scale 10 gives the stress size.
#include "document/document.h"
#include "editor/projecteditor.h"
#include "domain/municipalityregistry.h"
#include "largeproject.h"
#include "models/academytreemodel.h"
#include "models/enrolmenttablemodel.h"
#include "models/participanttablemodel.h"
#include "models/sessiontablemodel.h"
#include "report/planoptions.h"
#include "report/programmeplan.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Akademiplan;

namespace {

long peakMemoryMiB()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
#else
    return -1;
#endif
}

void report(const char *step, qint64 milliseconds, const QString &detail = QString())
{
    std::printf("%-34s %8lld ms   peak %5ld MiB   %s\n", step, static_cast<long long>(milliseconds), peakMemoryMiB(),
                qPrintable(detail));
    std::fflush(stdout);
}

// The pages of a PDF as its page tree says: "/Type /Pages" with its "/Count". Enough for Qt's own
// output, which writes one uncompressed page tree; -1 when it is not found.
int pdfPageCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = file.readAll();
    const QRegularExpression pages(QStringLiteral("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)"));
    const QRegularExpressionMatch match = pages.match(QString::fromLatin1(bytes));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    // Typesetting the programme plan needs fonts, and so a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Akademiplan"));
    QCoreApplication::setApplicationName(QStringLiteral("akademiplan-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times Akademiplan's work on a large project."));
    parser.addHelpOption();
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("1 = a large municipality (default), 10 = stress."),
                                         QStringLiteral("FACTOR"), QStringLiteral("1"));
    parser.addOption(scaleOption);
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Also save the large project as FILE, to try it in the window."),
                                        QStringLiteral("FILE"));
    parser.addOption(keepOption);
    parser.process(app);
    const double scale = parser.value(scaleOption).toDouble();
    if (scale <= 0) {
        std::fprintf(stderr, "akademiplan_bench: --scale must be a positive number\n");
        return 1;
    }

    QTemporaryDir folder;
    qputenv("XDG_DATA_HOME", QFile::encodeName(folder.filePath(QStringLiteral("data"))));
    const QString path = folder.filePath(QStringLiteral("large.akademi"));
    const Test::LargeProjectSize size = Test::LargeProjectSize::scaled(scale);
    std::printf("Project: %d participants, %d activities, %d sessions, %d enrolments\n", size.participants,
                size.activities, size.sessions, size.enrolments);

    QElapsedTimer timer;
    {
        timer.start();
        FileProblem problem;
        auto document = Document::create(path, *MunicipalityRegistry::byCode(101), &problem);
        const EditResult made = ProjectEditor(*document).insertAll(QStringLiteral("large"), Test::largeProject(size));
        if (!made.ok || !document->save(&problem)) {
            std::fprintf(stderr, "akademiplan_bench: %s%s\n", qPrintable(made.error), qPrintable(problem.message));
            return 2;
        }
        report("create, fill and save", timer.elapsed(),
               QStringLiteral("%1 MiB file").arg(double(QFileInfo(path).size()) / (1 << 20), 0, 'f', 1));
    }

    timer.start();
    FileProblem problem;
    auto document = Document::open(path, {}, &problem);
    if (!document) {
        std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(problem.message));
        return 2;
    }
    report("open (copy, check, load)", timer.elapsed());

    ProjectEditor editor(*document);
    timer.start();
    ParticipantTableModel participants(document.get(), &editor);
    SessionTableModel sessions(document.get(), &editor);
    EnrolmentTableModel enrolments(document.get(), &editor);
    AcademyTreeModel tree(document.get(), &editor);
    report("build the item models", timer.elapsed());

    QSortFilterProxyModel search;
    search.setSourceModel(&participants);
    search.setFilterRole(ParticipantTableModel::SearchTextRole);
    search.setFilterCaseSensitivity(Qt::CaseInsensitive);
    timer.start();
    search.sort(ParticipantTableModel::Name);
    report("sort participants by name", timer.elapsed());
    timer.start();
    for (const QString &typed : {QStringLiteral("d"), QStringLiteral("de"), QStringLiteral("del"),
                                 QStringLiteral("deltager 12")})
        search.setFilterFixedString(typed);
    report("search as you type (4 keys)", timer.elapsed(), QStringLiteral("%1 rows shown").arg(search.rowCount()));

    QSortFilterProxyModel oneActivity;
    oneActivity.setSourceModel(&enrolments);
    oneActivity.setFilterRole(EnrolmentTableModel::ActivityIdRole);
    timer.start();
    oneActivity.setFilterRegularExpression(
        QRegularExpression(QStringLiteral("^%1$").arg(document->project().activities.items().front().id)));
    report("enrolments of one activity", timer.elapsed(), QStringLiteral("%1 rows").arg(oneActivity.rowCount()));

    QList<qint64> managers;
    for (const Participant &participant : document->project().participants)
        if (participant.role == ParticipantRole::Manager)
            managers.append(participant.id);
    const qint64 track = document->project().tracks.items().front().id;
    timer.start();
    const EditResult enrolled = editor.enrolInTrack(track, managers);
    report("enrol all managers in a track", timer.elapsed(), QStringLiteral("%1 people").arg(managers.size()));
    timer.start();
    document->undoStack()->undo();
    report("undo that", timer.elapsed());

    Participant renamed = document->project().participants.items().front();
    renamed.name = QStringLiteral("Omdøbt Person");
    timer.start();
    editor.update(renamed, QStringLiteral("name"));
    report("rename one participant", timer.elapsed());

    timer.start();
    if (!document->save(&problem))
        std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(problem.message));
    report("save", timer.elapsed());

    {
        const QString pdf = folder.filePath(QStringLiteral("programme plan.pdf"));
        PlanOptions options;
        options.academyId = document->project().academies.items().front().id;
        QString error;
        timer.start();
        const bool exported = ProgrammePlan::exportPdf(document->project(), options, pdf, &error);
        const qint64 elapsed = timer.elapsed();
        if (!exported) {
            std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(error));
            return 2;
        }
        report("export the programme plan (PDF)", elapsed,
               QStringLiteral("%1 pages, %2 KiB").arg(pdfPageCount(pdf)).arg(QFileInfo(pdf).size() / 1024));
    }
    if (parser.isSet(keepOption) && !document->saveAs(parser.value(keepOption), &problem))
        std::fprintf(stderr, "akademiplan_bench: %s\n", qPrintable(problem.message));
    return enrolled.ok ? 0 : 3;
}
