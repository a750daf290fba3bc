// SPDX-License-Identifier: MPL-2.0
#include "outputsstep.h"

#include "document/document.h"
#include "domain/project.h"
#include "plaintextpdf.h"
#include "report/outputoptions.h"
#include "exchange/calendarexport.h"
#include "report/runsheet.h"
#include "report/schedulefolder.h"
#include "stepresult.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Akademiplan::Bench {

namespace {

constexpr int schedulePeople = 2500;

QString count(qint64 number)
{
    return QLocale(QLocale::English).toString(number);
}

// The project with only the first `people` of the track's people enrolled in it, so that the
// step measures a track of that size whatever the generator made.
Project withTrackOf(const Project &project, qint64 trackId, int people, QList<qint64> *kept)
{
    Project smaller = project;
    QSet<qint64> activities;
    for (const Activity *activity : project.activitiesOf(trackId))
        activities.insert(activity->id);
    QSet<qint64> chosen;
    std::vector<qint64> dropped;
    for (const Enrolment &enrolment : project.enrolments) {
        const bool inTrack = enrolment.trackId == trackId || activities.contains(enrolment.activityId);
        if (!inTrack)
            continue;
        if (!chosen.contains(enrolment.participantId) && chosen.size() < people) {
            chosen.insert(enrolment.participantId);
            kept->append(enrolment.participantId);
        }
        if (!chosen.contains(enrolment.participantId))
            dropped.push_back(enrolment.id);
    }
    std::sort(dropped.begin(), dropped.end());
    smaller.enrolments.removeSorted(dropped);
    return smaller;
}

// What a person's schedule says, as plain lines: who, then each session of their activities.
QStringList scheduleLines(const Project &project, qint64 participantId, const QHash<qint64, QList<qint64>> &activitiesOf)
{
    const QLocale danish(QLocale::Danish, QLocale::Denmark);
    const Participant *person = project.participants.find(participantId);
    QStringList lines{person ? person->name : QString()};
    for (qint64 activityId : activitiesOf.value(participantId)) {
        const Activity *activity = project.activities.find(activityId);
        for (const Session *session : project.sessionsOf(activityId))
            lines << QStringLiteral("%1 %2, uge %3, %4–%5, %6, %7")
                         .arg(danish.dayName(session->date.dayOfWeek()), danish.toString(session->date, QLocale::ShortFormat))
                         .arg(session->date.weekNumber())
                         .arg(session->startTime.toString(QStringLiteral("HH:mm")),
                              session->endTime.toString(QStringLiteral("HH:mm")), activity->title, activity->location);
    }
    return lines;
}

bool timeSchedules(const Project &project, const QString &workFolder, int repeat, BenchReport &report, QString *error)
{
    const qint64 trackId = project.tracksOf(project.academies.at(0).id).front()->id;
    QList<qint64> people;
    const Project smaller = withTrackOf(project, trackId, schedulePeople, &people);
    QHash<qint64, QList<qint64>> activitiesOf;
    for (const Enrolment &enrolment : smaller.enrolments)
        if (enrolment.activityId != 0 && project.activities.find(enrolment.activityId)->trackId == trackId)
            activitiesOf[enrolment.participantId].append(enrolment.activityId);
    OutputOptions options;
    options.trackId = trackId;
    const QString folder = QDir(workFolder).filePath(QStringLiteral("schedules"));
    const QString plainFolder = QDir(workFolder).filePath(QStringLiteral("plain schedules"));
    QDir().mkpath(plainFolder);
    StepResult step{QStringLiteral("schedules"), {}, {}, {}};
    int files = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        ScheduleFolder::Written written;
        if (!ScheduleFolder::write(smaller, options, {}, folder, &written, error))
            return false;
        step.samples.push_back(millisecondsSince(timer));
        files = written.withFiles;
        timer.restart();
        int pages = 0;
        for (qint64 person : std::as_const(people)) {
            const QString plain = QDir(plainFolder).filePath(QStringLiteral("%1.pdf").arg(person));
            if (PlainTextPdf::write(scheduleLines(smaller, person, activitiesOf), plain, &pages) < 0) {
                *error = QStringLiteral("cannot write %1").arg(plain);
                return false;
            }
        }
        step.limitSamples.push_back(millisecondsSince(timer));
    }
    step.detail = QStringLiteral("%1 people of a track, %2 PDF and calendar pairs; limit: a plain PDF each")
                      .arg(count(people.size()), count(files));
    report.steps.push_back(step);
    return true;
}

// What the run sheets say, as plain lines: per session its day, activity and place, then one line
// per person on its sign-in list.
QStringList runSheetLines(const Project &project, const std::vector<const Session *> &sessions)
{
    QSet<qint64> activities;
    for (const Session *session : sessions)
        activities.insert(session->activityId);
    const QHash<qint64, QList<qint64>> people = CalendarExport::peopleOf(project, activities);
    QStringList lines;
    for (const Session *session : sessions) {
        const Activity *activity = project.activities.find(session->activityId);
        lines << QStringLiteral("%1 %2–%3 %4 %5")
                     .arg(session->date.toString(Qt::ISODate), session->startTime.toString(QStringLiteral("HH:mm")),
                          session->endTime.toString(QStringLiteral("HH:mm")), activity->title, activity->location);
        for (qint64 personId : people.value(session->activityId)) {
            const Participant *person = project.participants.find(personId);
            const Organisation *organisation = person ? project.organisations.find(person->organisationId) : nullptr;
            lines << QStringLiteral("%1 · %2 · ________").arg(person ? person->name : QString(),
                                                              organisation ? organisation->name : QString());
        }
    }
    return lines;
}

bool timeRunSheets(const Project &project, const QString &workFolder, int repeat, BenchReport &report, QString *error)
{
    OutputOptions options;
    options.academyId = project.academies.at(0).id;
    const QString pdf = QDir(workFolder).filePath(QStringLiteral("run sheets.pdf"));
    const QString plain = QDir(workFolder).filePath(QStringLiteral("plain run sheets.pdf"));
    StepResult step{QStringLiteral("run-sheets"), {}, {}, {}};
    int sessions = 0;
    int pages = 0;
    qsizetype lines = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!RunSheet::write(project, options, pdf, error, &sessions))
            return false;
        step.samples.push_back(millisecondsSince(timer));
        timer.restart();
        const QStringList text = runSheetLines(project, RunSheet::sessions(project, options));
        lines = text.size();
        if (PlainTextPdf::write(text, plain, &pages) < 0) {
            *error = QStringLiteral("cannot write %1").arg(plain);
            return false;
        }
        step.limitSamples.push_back(millisecondsSince(timer));
    }
    step.detail = QStringLiteral("%1 sessions; limit: %2 lines on %3 pages").arg(count(sessions), count(lines), count(pages));
    report.steps.push_back(step);
    return true;
}

} // namespace

bool OutputsStep::run(const QString &path, const QString &workFolder, int repeat, bool schedules, bool runSheets,
                      BenchReport &report, QString *error)
{
    FileProblem problem;
    const auto document = Document::open(path, {true}, &problem);
    if (!document) {
        *error = problem.message;
        return false;
    }
    const Project &project = document->project();
    if (project.academies.isEmpty()) {
        *error = QStringLiteral("the project has no academy to write outputs of");
        return false;
    }
    return (!runSheets || timeRunSheets(project, workFolder, repeat, report, error))
           && (!schedules || timeSchedules(project, workFolder, repeat, report, error));
}

} // namespace Akademiplan::Bench
