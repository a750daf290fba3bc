// SPDX-License-Identifier: MPL-2.0
#include "benchrunner.h"
#include "budgetstep.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "domain/municipalityregistry.h"
#include "editsteps.h"
#include "outputsstep.h"
#include "mainwindow.h"
#include "models/academytreemodel.h"
#include "models/enrolmenttablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "models/sessiontablemodel.h"
#include "planning/plancheck.h"
#include "rawlimits.h"
#include "storage/writtenfiles.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>

#include <memory>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace Akademiplan::Bench {

namespace {

double peakMemoryMiB()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024; // kilobytes on Linux
#else
    return -1;
#endif
}

QString summary(const Project &project)
{
    const QLocale c(QLocale::English);
    return QStringLiteral("%1 participants, %2 activities, %3 sessions, %4 enrolments")
        .arg(c.toString(project.participants.size()), c.toString(project.activities.size()),
             c.toString(project.sessions.size()), c.toString(project.enrolments.size()));
}

} // namespace

const QStringList &BenchRunner::stepKeys()
{
    static const QStringList keys = {
        QStringLiteral("open-received"), QStringLiteral("open"), QStringLiteral("check-plan"), QStringLiteral("budget"),
        QStringLiteral("window"),
        QStringLiteral("search"),        QStringLiteral("edit"),
        QStringLiteral("delete-track"),  QStringLiteral("undo-delete-track"),
        QStringLiteral("delete-participants"), QStringLiteral("undo-delete-participants"),
        QStringLiteral("enrol-managers"), QStringLiteral("import-participants"), QStringLiteral("save"),
        QStringLiteral("pdf"),           QStringLiteral("run-sheets"), QStringLiteral("schedules"),
        QLatin1String(BenchReport::peakMemoryKey)};
    return keys;
}

int BenchRunner::defaultRepeat(const Test::LargeProjectSize &size)
{
    return size.name == QLatin1String("XL") ? 3 : 5;
}

bool BenchRunner::generate(const Test::LargeProjectSize &size, const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 exists; the benchmark never overwrites a file").arg(path);
        return false;
    }
    FileProblem problem;
    auto document = Document::create(path, *MunicipalityRegistry::byCode(101), &problem);
    if (!document) {
        *error = problem.message;
        return false;
    }
    const EditResult made = ProjectEditor(*document).insertAll(QStringLiteral("large"), Test::largeProject(size));
    if (!made.ok) {
        *error = made.error;
        return false;
    }
    if (!document->save(&problem)) {
        *error = problem.message;
        return false;
    }
    return true;
}

BenchRunner::BenchRunner(Options options, QString workFolder)
    : m_options(std::move(options))
    , m_workFolder(std::move(workFolder))
{
}

bool BenchRunner::wants(const QString &key) const
{
    return m_options.only.isEmpty() || m_options.only.contains(key);
}

bool BenchRunner::run(BenchReport *report, QString *error)
{
    report->sizeName = m_options.size.name;
    report->repeat = m_options.repeat;
    m_path = QDir(m_workFolder).filePath(QStringLiteral("bench-%1.akademi").arg(m_options.size.name));
    if (m_options.file.isEmpty()) {
        // In a process of its own, so that the peak memory of this one is the program's alone.
        QProcess generator;
        generator.setProcessChannelMode(QProcess::ForwardedChannels);
        generator.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--generate"), m_options.size.name, m_path});
        if (!generator.waitForFinished(-1) || generator.exitStatus() != QProcess::NormalExit
            || generator.exitCode() != 0) {
            *error = QStringLiteral("cannot generate the %1 project").arg(m_options.size.name);
            return false;
        }
    } else if (!QFile::copy(m_options.file, m_path)) {
        // The steps save, so they work on a copy and the given file stays as it was.
        *error = QStringLiteral("cannot copy %1").arg(m_options.file);
        return false;
    }
    {
        FileProblem problem;
        const auto document = Document::open(m_path, {true}, &problem);
        if (!document) {
            *error = problem.message;
            return false;
        }
        report->projectSummary = summary(document->project());
    }
    EditSteps edits(m_path, m_workFolder, m_options.repeat, m_options.size.participantsToRemove,
                    [this](const QString &key) { return wants(key); });
    // First as a file from someone else, then as the consultant's own: saved here once, so that
    // its fingerprint is among the files this program wrote and checked.
    const bool ok = writtenElsewhere() && timeOpen(*report, QStringLiteral("open-received")) && saveHere()
                    && timeOpen(*report, QStringLiteral("open")) && timeCheckPlan(*report)
                    && (!wants(QStringLiteral("budget")) || BudgetStep::run(m_path, m_options.repeat, *report, &m_error))
                    && timeWindow(*report)
                    && edits.run(*report, &m_error)
                    && (!(wants(QStringLiteral("schedules")) || wants(QStringLiteral("run-sheets")))
                        || OutputsStep::run(m_path, m_workFolder, m_options.repeat, wants(QStringLiteral("schedules")),
                                            wants(QStringLiteral("run-sheets")), *report, &m_error));
    if (!ok) {
        *error = m_error;
        return false;
    }
    if (wants(QLatin1String(BenchReport::peakMemoryKey)))
        report->peakMemoryMiB = peakMemoryMiB();
    return true;
}

bool BenchRunner::writtenElsewhere()
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(m_path);
    const bool written = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
                         && sqlite3_exec(db, "UPDATE project SET revision = revision", nullptr, nullptr, nullptr)
                                == SQLITE_OK;
    if (!written)
        m_error = QStringLiteral("cannot write %1: %2").arg(m_path, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_close(db);
    if (written && WrittenFiles::contains(FileFingerprint::of(m_path))) {
        m_error = QStringLiteral("%1 still has the bytes of a save here").arg(m_path);
        return false;
    }
    return written;
}

bool BenchRunner::saveHere()
{
    FileProblem problem;
    auto document = Document::open(m_path, {}, &problem);
    if (!document || !document->save(&problem)) {
        m_error = problem.message;
        return false;
    }
    return true;
}

bool BenchRunner::timeOpen(BenchReport &report, const QString &key)
{
    if (!wants(key))
        return true;
    StepResult step{key, {}, {}, {}};
    qint64 rows = 0;
    for (int i = 0; i < m_options.repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        FileProblem problem;
        auto document = Document::open(m_path, {}, &problem);
        if (!document) {
            m_error = problem.message;
            return false;
        }
        {
            ProjectEditor editor(*document);
            ParticipantTableModel participants(document.get(), &editor);
            SessionTableModel sessions(document.get(), &editor);
            EnrolmentTableModel enrolments(document.get(), &editor);
            OrganisationTableModel organisations(document.get(), &editor);
            AcademyTreeModel tree(document.get(), &editor);
            step.samples.push_back(millisecondsSince(timer));
        }
        document.reset(); // releases the lock, so the next repeat opens the file afresh
        const double raw = RawLimits::readAll(m_path, &rows, &m_error);
        if (raw < 0)
            return false;
        step.limitSamples.push_back(raw);
    }
    step.detail = QStringLiteral("limit: %1 rows read").arg(QLocale(QLocale::English).toString(rows));
    report.steps.push_back(step);
    return true;
}

bool BenchRunner::timeCheckPlan(BenchReport &report)
{
    if (!wants(QStringLiteral("check-plan")))
        return true;
    FileProblem problem;
    const auto document = Document::open(m_path, {true}, &problem);
    if (!document) {
        m_error = problem.message;
        return false;
    }
    StepResult step{QStringLiteral("check-plan"), {}, {}, {}};
    std::size_t found = 0;
    qint64 rows = 0;
    for (int i = 0; i < m_options.repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        found = PlanCheck::run(document->project()).size();
        step.samples.push_back(millisecondsSince(timer));
        // The least any check from the file must do: read the rows the checks look at.
        const double raw = RawLimits::readTables(
            m_path,
            {QStringLiteral("academy"), QStringLiteral("track"), QStringLiteral("activity"), QStringLiteral("session"),
             QStringLiteral("participant"), QStringLiteral("enrolment"), QStringLiteral("dismissal")},
            &rows, &m_error);
        if (raw < 0)
            return false;
        step.limitSamples.push_back(raw);
    }
    const QLocale english(QLocale::English);
    step.detail = QStringLiteral("%1 warnings; limit: %2 rows read").arg(english.toString(qint64(found)),
                                                                        english.toString(rows));
    report.steps.push_back(step);
    return true;
}

bool BenchRunner::timeWindow(BenchReport &report)
{
    if (!wants(QStringLiteral("window")))
        return true;
    StepResult step{QStringLiteral("window"), {}, {}, QStringLiteral("open the file in the main window")};
    for (int i = 0; i < m_options.repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto window = std::make_unique<MainWindow>();
        window->show();
        window->openFile(m_path);
        QApplication::processEvents();
        QApplication::processEvents();
        step.samples.push_back(millisecondsSince(timer));
        if (!window->document()) {
            m_error = QStringLiteral("the window did not open %1").arg(m_path);
            return false;
        }
        window.reset(); // closes the document and releases its lock
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    report.steps.push_back(step);
    return true;
}

} // namespace Akademiplan::Bench
