// SPDX-License-Identifier: MPL-2.0
#include "schedulefolder.h"

#include "domain/project.h"
#include "exchange/calendarexport.h"
#include "exchange/calendarindex.h"
#include "exchange/csvwriter.h"
#include "exchange/exportfile.h"
#include "exchange/participantcolumns.h"
#include "i18n/scopedlanguage.h"
#include "pdfdocument.h"
#include "personalschedule.h"
#include "schedulefilenames.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <functional>
#include <tuple>

namespace Akademiplan {

namespace {

// Without a narrower scope, the schedules are those of the first academy, as for every output.
OutputOptions withScope(const Project &project, OutputOptions options)
{
    if (options.participantId == 0 && options.academyId == 0 && options.trackId == 0 && options.activityId == 0
        && !project.academies.isEmpty())
        options.academyId = project.academies.items().front().id;
    return options;
}

// Who has an enrolment that is not cancelled in the scope: one pass over the enrolments.
QSet<qint64> peopleInScope(const CalendarIndex &index, const OutputOptions &options)
{
    const Project &project = index.project();
    QSet<qint64> people;
    if (options.participantId != 0) {
        if (project.participants.contains(options.participantId))
            people.insert(options.participantId);
        return people;
    }
    QSet<qint64> tracks;
    QSet<qint64> activities;
    if (options.activityId != 0) {
        activities.insert(options.activityId);
    } else {
        if (options.trackId != 0)
            tracks.insert(options.trackId);
        else
            for (const Track *track : project.tracksOf(options.academyId))
                tracks.insert(track->id);
        for (qint64 trackId : std::as_const(tracks))
            for (const Activity *activity : index.activitiesOf(trackId))
                activities.insert(activity->id);
    }
    for (const Enrolment &enrolment : project.enrolments) {
        if (enrolment.status == EnrolmentStatus::Cancelled)
            continue;
        if (enrolment.activityId != 0 ? activities.contains(enrolment.activityId) : tracks.contains(enrolment.trackId))
            people.insert(enrolment.participantId);
    }
    return people;
}

// What one person's files hold, made before the painting starts.
struct Job
{
    PdfDocument document;
    QByteArray calendar;
    QString pdfPath;
    QString calendarPath;
};

// Paints the PDFs on all cores and writes the files on threads of their own: painting keeps the
// cores busy, while writing mostly waits for the disk (QSaveFile flushes each file before it
// takes its name), so several files are written at once while the next are painted. The content
// of each job is made by `make` in the calling thread, where the language is installed, ahead of
// the painters, which translate nothing. The first problem stops the rest.
bool writeAll(const Project &project, std::vector<Job> &jobs, const std::function<Job(std::size_t)> &make,
              QString *error)
{
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    QSemaphore made; // one for each job made, and one for each painter to stop
    QMutex problemMutex;
    QString firstProblem;
    const auto fail = [&](const QString &problem) {
        const QMutexLocker lock(&problemMutex);
        if (firstProblem.isEmpty())
            firstProblem = problem;
        failed = true;
    };
    QThreadPool writers;
    writers.setMaxThreadCount(8);
    const auto paint = [&] {
        for (;;) {
            made.acquire();
            const std::size_t i = next++;
            if (i >= jobs.size())
                return;
            if (failed)
                continue;
            QString problem;
            QByteArray pdf = jobs[i].document.bytes(project, &problem);
            if (pdf.isEmpty()) {
                fail(problem);
                continue;
            }
            writers.start([&, i, pdf = std::move(pdf)] {
                QString problem;
                if (!failed
                    && (!ExportFile::write(jobs[i].pdfPath, pdf, &problem)
                        || !ExportFile::write(jobs[i].calendarPath, jobs[i].calendar, &problem)))
                    fail(problem);
            });
        }
    };
    QThreadPool painters;
    const int cores = std::max(1, QThread::idealThreadCount());
    painters.setMaxThreadCount(cores);
    for (int i = 0; i < cores; ++i)
        painters.start(paint);
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        jobs[i] = make(i);
        made.release();
    }
    made.release(cores);
    painters.waitForDone();
    writers.waitForDone();
    if (failed)
        *error = firstProblem;
    return !failed;
}

} // namespace

QString ScheduleFolder::listFileName(const OutputOptions &options)
{
    const ScopedLanguage language(options.locale);
    // Plain letters only, whatever a translation says: the name must be safe on every system.
    const QString name = ScheduleFileNames::plain(tr("schedules", "the file name of the list of schedules"));
    return (name.isEmpty() ? QStringLiteral("schedules") : name) + QStringLiteral(".csv");
}

std::vector<ScheduleFolder::Person> ScheduleFolder::people(const CalendarIndex &index, const OutputOptions &options)
{
    const Project &project = index.project();
    const OutputOptions scoped = withScope(project, options);
    std::vector<const Participant *> people;
    for (qint64 participantId : peopleInScope(index, scoped))
        if (const Participant *person = project.participants.find(participantId))
            people.push_back(person);
    QCollator collator(scoped.locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(people.begin(), people.end(), [&collator](const Participant *a, const Participant *b) {
        if (const int byName = collator.compare(a->name, b->name); byName != 0)
            return byName < 0;
        return std::tie(a->email, a->id) < std::tie(b->email, b->id);
    });

    const PersonalSchedule schedule(index, scoped);
    std::vector<Person> list;
    list.reserve(people.size());
    std::vector<const Participant *> withSessions;
    for (const Participant *person : people) {
        list.push_back({person->id, int(schedule.sessionsOf(person->id).size()), {}});
        if (list.back().sessions > 0)
            withSessions.push_back(person);
    }
    const QStringList names = ScheduleFileNames::assign(withSessions);
    qsizetype named = 0;
    for (Person &person : list)
        if (person.sessions > 0)
            person.fileName = names.at(named++);
    return list;
}

bool ScheduleFolder::write(const Project &project, const OutputOptions &options,
                           const std::vector<Tombstone> &removedSessions, const QString &folder, Written *written,
                           QString *error)
{
    const QString shownFolder = QDir::toNativeSeparators(folder);
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        *error = tr("Cannot write to %1: that is a file, not a folder.").arg(shownFolder);
        return false;
    }
    if (!info.exists()) {
        const QFileInfo parent(info.absolutePath());
        if (!parent.isDir()) {
            *error = tr("Cannot write to %1: the folder %2 does not exist.")
                         .arg(shownFolder, QDir::toNativeSeparators(parent.filePath()));
            return false;
        }
        if (!QDir(parent.absoluteFilePath()).mkdir(info.fileName())) {
            *error = tr("Cannot make the folder %1.").arg(shownFolder);
            return false;
        }
    }

    const QDir dir(folder);
    const QString listName = listFileName(options);
    const ScopedLanguage language(options.locale);
    const CalendarIndex index(project, removedSessions);
    const OutputOptions scoped = withScope(project, options);
    const PersonalSchedule schedule(index, scoped);
    Written result;
    result.people = people(index, scoped);
    result.listPath = dir.filePath(listName);

    QList<QStringList> rows{{ParticipantColumns::label(ParticipantField::Name),
                             ParticipantColumns::label(ParticipantField::Email),
                             ParticipantColumns::label(ParticipantField::Organisation), tr("Sessions"),
                             tr("Schedule", "the column of PDF file names; one word, a mail merge's field name"),
                             tr("Calendar", "the column of .ics file names; one word, a mail merge's field name")}};
    std::vector<const Person *> withFiles;
    for (const Person &person : result.people) {
        const Participant &participant = *project.participants.find(person.participantId);
        const Organisation *organisation = project.organisations.find(participant.organisationId);
        QStringList row{participant.name, participant.email, organisation ? organisation->name : QString(),
                        QString::number(person.sessions), QString(), QString()};
        if (!person.fileName.isEmpty()) {
            row[4] = person.fileName + QStringLiteral(".pdf");
            row[5] = person.fileName + QStringLiteral(".ics");
            withFiles.push_back(&person);
        }
        rows.append(row);
    }
    result.withFiles = int(withFiles.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<Job> jobs(withFiles.size());
    const auto make = [&](std::size_t i) -> Job {
        const Person &person = *withFiles[i];
        return {schedule.documentOf(person.participantId),
                CalendarExport::calendar(index, schedule.calendarScope(person.participantId), now),
                dir.filePath(person.fileName + QStringLiteral(".pdf")),
                dir.filePath(person.fileName + QStringLiteral(".ics"))};
    };
    if (!writeAll(project, jobs, make, error))
        return false;
    // The list last, so that it names only files that are there.
    if (!ExportFile::write(result.listPath, CsvWriter::write(rows), error))
        return false;
    if (written)
        *written = std::move(result);
    return true;
}

} // namespace Akademiplan
