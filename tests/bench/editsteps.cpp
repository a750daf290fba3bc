// SPDX-License-Identifier: MPL-2.0
#include "editsteps.h"

#include "largeproject.h"

#include "planning/enrolmentplanner.h"

#include "document/document.h"
#include "editor/projecteditor.h"
#include "exchange/csvreader.h"
#include "exchange/participantimport.h"
#include "models/academytreemodel.h"
#include "models/importpreviewmodel.h"
#include "models/enrolmenttablemodel.h"
#include "models/organisationtablemodel.h"
#include "models/participanttablemodel.h"
#include "models/sessiontablemodel.h"
#include "participantfilterproxy.h"
#include "participantlist.h"
#include "plaintextpdf.h"
#include "rawlimits.h"
#include "report/planoptions.h"
#include "report/programmeplan.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace Akademiplan::Bench {

namespace {

QString count(qsizetype value)
{
    return QLocale(QLocale::English).toString(qlonglong(value));
}

} // namespace

EditSteps::EditSteps(QString path, QString workFolder, int repeat, int participantsToRemove, Wants wants)
    : m_path(std::move(path))
    , m_workFolder(std::move(workFolder))
    , m_repeat(repeat)
    , m_participantsToRemove(participantsToRemove)
    , m_wants(std::move(wants))
{
}

EditSteps::~EditSteps() = default;

bool EditSteps::open()
{
    FileProblem problem;
    m_document = Document::open(m_path, {}, &problem);
    if (!m_document) {
        m_error = problem.message;
        return false;
    }
    m_editor = std::make_unique<ProjectEditor>(*m_document);
    m_participants = std::make_unique<ParticipantTableModel>(m_document.get(), m_editor.get());
    m_sessions = std::make_unique<SessionTableModel>(m_document.get(), m_editor.get());
    m_enrolments = std::make_unique<EnrolmentTableModel>(m_document.get(), m_editor.get());
    m_organisations = std::make_unique<OrganisationTableModel>(m_document.get(), m_editor.get());
    m_tree = std::make_unique<AcademyTreeModel>(m_document.get(), m_editor.get());
    const QString copy = QDir(m_workFolder).filePath(QStringLiteral("raw-limits.akademi"));
    QFile::remove(copy);
    if (!QFile::copy(m_path, copy)) {
        m_error = QStringLiteral("cannot copy the project for the raw limits");
        return false;
    }
    m_raw = std::make_unique<RawLimits>(copy);
    if (!m_raw->isOpen()) {
        m_error = m_raw->error();
        return false;
    }
    return true;
}

bool EditSteps::run(BenchReport &report, QString *error)
{
    const bool done = open() && search(report) && edit(report) && deleteTrack(report) && deleteParticipants(report)
                      && enrolManagers(report) && importList(report) && save(report) && pdf(report);
    if (!done)
        *error = m_error;
    return done;
}

bool EditSteps::repeat(const std::function<bool(int)> &work)
{
    for (int i = 0; i < m_repeat; ++i)
        if (!work(i))
            return false;
    return true;
}

double EditSteps::written()
{
    QElapsedTimer timer;
    timer.start();
    const QString failure = m_document->finishWriting();
    if (!failure.isEmpty()) {
        m_error = failure;
        return -1;
    }
    return millisecondsSince(timer);
}

bool EditSteps::undo()
{
    if (!m_document->undoStack()->canUndo()) {
        m_error = QStringLiteral("there is nothing to undo");
        return false;
    }
    m_document->undoStack()->undo();
    return true;
}

bool EditSteps::search(BenchReport &report)
{
    if (!m_wants(QStringLiteral("search")))
        return true;
    // As the Participants page has it: sorted by name, filtered by the search field.
    ParticipantFilterProxy proxy;
    proxy.setSourceModel(m_participants.get());
    proxy.sort(ParticipantTableModel::Name);
    StepResult step{QStringLiteral("search"), {}, {}, {}};
    const bool ok = repeat([&](int) {
        proxy.setSearchText(QString());
        proxy.setSearchText(QStringLiteral("jens"));
        QElapsedTimer timer;
        timer.start();
        proxy.setSearchText(QStringLiteral("jense"));
        step.samples.push_back(millisecondsSince(timer));
        return true;
    });
    step.detail = QStringLiteral("\"jens\" to \"jense\": %1 of %2 rows shown")
                      .arg(count(proxy.rowCount()), count(m_participants->rowCount()));
    report.steps.push_back(step);
    return ok;
}

bool EditSteps::renameNext(qint64 *id, QString *name)
{
    const auto &people = m_document->project().participants;
    // Spread over the list, a different person every time.
    Participant renamed = people.at((qsizetype(m_renamed) * 97 + 13) % people.size());
    renamed.name = QStringLiteral("Omdøbt Deltager %1").arg(++m_renamed);
    const EditResult result = m_editor->update(renamed, QStringLiteral("name"));
    if (!result.ok) {
        m_error = result.error;
        return false;
    }
    *id = renamed.id;
    *name = renamed.name;
    return true;
}

bool EditSteps::edit(BenchReport &report)
{
    if (!m_wants(QStringLiteral("edit")))
        return true;
    StepResult step{QStringLiteral("edit"), {}, {}, QStringLiteral("rename one participant")};
    const bool ok = repeat([&](int) {
        qint64 id = 0;
        QString name;
        QElapsedTimer timer;
        timer.start();
        if (!renameNext(&id, &name))
            return false;
        step.samples.push_back(millisecondsSince(timer));
        step.writtenSamples.push_back(written());
        if (step.writtenSamples.back() < 0)
            return false;
        step.limitSamples.push_back(m_raw->update(m_raw->renamed(id, name)));
        return step.limitSamples.back() >= 0 || (m_error = m_raw->error(), false);
    });
    report.steps.push_back(step);
    return ok;
}

bool EditSteps::deleteTrack(BenchReport &report)
{
    const bool remove = m_wants(QStringLiteral("delete-track"));
    const bool restore = m_wants(QStringLiteral("undo-delete-track"));
    if (!remove && !restore)
        return true;
    const Test::LargestTrack largest = Test::largestTrack(m_document->project());
    const qint64 track = largest.id;
    const RawBatch batch = m_raw->trackRemoval(track);
    const QString detail = QStringLiteral("%1 rows, %2 enrolments")
                               .arg(count(rowCount(batch)), count(largest.enrolments));
    return removeAndUndo(report, EntityType::Track, {track}, batch,
                         {QStringLiteral("delete-track"), QStringLiteral("undo-delete-track"), detail});
}

bool EditSteps::deleteParticipants(BenchReport &report)
{
    const bool remove = m_wants(QStringLiteral("delete-participants"));
    const bool restore = m_wants(QStringLiteral("undo-delete-participants"));
    if (!remove && !restore)
        return true;
    // Every n-th person in the list, so the choice is the same on every run and spread out.
    const auto &people = m_document->project().participants;
    const qsizetype wanted = std::min<qsizetype>(m_participantsToRemove, people.size());
    const qsizetype stride = std::max<qsizetype>(1, people.size() / std::max<qsizetype>(1, wanted));
    QList<qint64> ids;
    for (qsizetype i = 0; i < people.size() && ids.size() < wanted; i += stride)
        ids.append(people.at(i).id);
    const RawBatch batch = m_raw->participantRemoval(ids);
    const QString detail = QStringLiteral("%1 people, %2 rows").arg(count(ids.size()), count(rowCount(batch)));
    return removeAndUndo(report, EntityType::Participant, ids, batch,
                         {QStringLiteral("delete-participants"), QStringLiteral("undo-delete-participants"), detail});
}

bool EditSteps::removeAndUndo(BenchReport &report, EntityType type, const QList<qint64> &ids, const RawBatch &batch,
                              const RemovalSteps &steps)
{
    StepResult removal{steps.remove, {}, {}, steps.detail};
    StepResult undoing{steps.undo, {}, {}, steps.detail};
    const bool ok = repeat([&](int) {
        QElapsedTimer timer;
        timer.start();
        const EditResult result = m_editor->remove(type, ids);
        removal.samples.push_back(millisecondsSince(timer));
        if (!result.ok) {
            m_error = result.error;
            return false;
        }
        removal.writtenSamples.push_back(written());
        timer.start();
        if (removal.writtenSamples.back() < 0 || !undo())
            return false;
        undoing.samples.push_back(millisecondsSince(timer));
        undoing.writtenSamples.push_back(written());
        if (undoing.writtenSamples.back() < 0)
            return false;
        removal.limitSamples.push_back(m_raw->remove(batch));
        undoing.limitSamples.push_back(m_raw->insert(batch));
        return (removal.limitSamples.back() >= 0 && undoing.limitSamples.back() >= 0) || (m_error = m_raw->error(), false);
    });
    if (m_wants(steps.remove))
        report.steps.push_back(removal);
    if (m_wants(steps.undo))
        report.steps.push_back(undoing);
    return ok;
}

bool EditSteps::writtenUndoneAndInsertedRaw(StepResult &step, const RawBatch &batch)
{
    step.writtenSamples.push_back(written());
    if (step.writtenSamples.back() < 0 || !undo())
        return false;
    step.limitSamples.push_back(m_raw->insert(batch));
    return (step.limitSamples.back() >= 0 && m_raw->remove(batch) >= 0) || (m_error = m_raw->error(), false);
}

bool EditSteps::enrolManagers(BenchReport &report)
{
    if (!m_wants(QStringLiteral("enrol-managers")))
        return true;
    const Project &project = m_document->project();
    QList<qint64> managers;
    for (const Participant &participant : project.participants)
        if (participant.role == ParticipantRole::Manager)
            managers.append(participant.id);
    // The track for managers, as a consultant would choose.
    qint64 track = project.tracks.items().front().id;
    for (const Track &candidate : project.tracks)
        if (candidate.kind == TrackKind::LeadershipInnovators)
            track = candidate.id;
    // The raw limit inserts the same rows: the track and, carried down, its activities.
    const RawBatch batch =
        m_raw->enrolments(EnrolmentPlanner(project).intoTrack(track, managers, GroupSpread::Evenly).enrolments);
    StepResult step{QStringLiteral("enrol-managers"), {}, {},
                    QStringLiteral("%1 managers, %2 new rows").arg(count(managers.size()), count(rowCount(batch)))};
    const bool ok = repeat([&](int) {
        QElapsedTimer timer;
        timer.start();
        const EditResult result = m_editor->enrolInTrack(track, managers);
        step.samples.push_back(millisecondsSince(timer));
        if (!result.ok) {
            m_error = result.error;
            return false;
        }
        return writtenUndoneAndInsertedRaw(step, batch);
    });
    report.steps.push_back(step);
    return ok;
}

bool EditSteps::importList(BenchReport &report)
{
    if (!m_wants(QStringLiteral("import-participants")))
        return true;
    constexpr int people = 10000;
    const QByteArray list = participantList(people);
    const Project &project = m_document->project();
    ImportOptions options;
    options.roleWords.insert(QStringLiteral("sagsbehandler – team"), ParticipantRole::Employee);
    ImportPreviewModel preview;
    StepResult step{QStringLiteral("import-participants"), {}, {}, {}};
    RawBatch batch;
    const bool ok = repeat([&](int) {
        const qint64 lastParticipant = project.participants.isEmpty() ? 0 : project.participants.items().back().id;
        const qint64 lastOrganisation =
            project.organisations.isEmpty() ? 0 : project.organisations.items().back().id;
        QElapsedTimer timer;
        timer.start();
        const CsvTable table = CsvReader::read(list);
        const ParticipantImport import = ParticipantImport::prepare(project, table, options);
        preview.setImport(&import);
        const EditResult result = m_editor->importParticipants(import);
        step.samples.push_back(millisecondsSince(timer));
        preview.setImport(nullptr);
        if (!result.ok || import.counts().added != people) {
            m_error = result.ok ? QStringLiteral("the list imported %1 of %2 people").arg(import.counts().added).arg(people)
                                : result.error;
            return false;
        }
        if (batch.empty()) {
            // The rows exactly as the import stored them, for the raw limit to insert.
            std::vector<Participant> added(std::upper_bound(project.participants.begin(), project.participants.end(),
                                                            lastParticipant,
                                                            [](qint64 id, const Participant &p) { return id < p.id; }),
                                           project.participants.end());
            std::vector<Organisation> organisations(
                std::upper_bound(project.organisations.begin(), project.organisations.end(), lastOrganisation,
                                 [](qint64 id, const Organisation &o) { return id < o.id; }),
                project.organisations.end());
            batch = RawLimits::rowsOf(added, organisations);
            step.detail = QStringLiteral("%1 rows of Windows-1252 CSV: %2 people, %3 new organisations")
                              .arg(count(people), count(qsizetype(added.size())), count(qsizetype(organisations.size())));
        }
        return writtenUndoneAndInsertedRaw(step, batch);
    });
    report.steps.push_back(step);
    return ok;
}

bool EditSteps::save(BenchReport &report)
{
    if (!m_wants(QStringLiteral("save")))
        return true;
    StepResult step{QStringLiteral("save"), {}, {}, {}};
    const QString rawCopy = QDir(m_workFolder).filePath(QStringLiteral("raw-limits-saved.akademi"));
    const bool ok = repeat([&](int) {
        qint64 id = 0;
        QString name;
        if (!renameNext(&id, &name)) // something to save
            return false;
        FileProblem problem;
        QElapsedTimer timer;
        timer.start();
        if (!m_document->save(&problem)) {
            m_error = problem.message;
            return false;
        }
        step.samples.push_back(millisecondsSince(timer));
        step.limitSamples.push_back(m_raw->copyTo(rawCopy));
        return step.limitSamples.back() >= 0 || (m_error = m_raw->error(), false);
    });
    step.detail = QStringLiteral("%1 MiB file").arg(double(QFileInfo(m_path).size()) / (1 << 20), 0, 'f', 1);
    report.steps.push_back(step);
    return ok;
}

bool EditSteps::pdf(BenchReport &report)
{
    if (!m_wants(QStringLiteral("pdf")))
        return true;
    const Project &project = m_document->project();
    PlanOptions options;
    options.academyId = project.academies.items().front().id;
    const QString plan = QDir(m_workFolder).filePath(QStringLiteral("programme plan.pdf"));
    const QString plain = QDir(m_workFolder).filePath(QStringLiteral("plain text.pdf"));
    const QStringList lines = planText(project, options.academyId);
    int pages = 0;
    StepResult step{QStringLiteral("pdf"), {}, {}, {}};
    const bool ok = repeat([&](int) {
        QString error;
        QElapsedTimer timer;
        timer.start();
        if (!ProgrammePlan::exportPdf(project, options, plan, &error)) {
            m_error = error;
            return false;
        }
        step.samples.push_back(millisecondsSince(timer));
        step.limitSamples.push_back(PlainTextPdf::write(lines, plain, &pages));
        return step.limitSamples.back() >= 0 || (m_error = QStringLiteral("cannot write %1").arg(plain), false);
    });
    step.detail = QStringLiteral("%1 KiB; limit: %2 lines on %3 pages")
                      .arg(count(QFileInfo(plan).size() / 1024), count(lines.size()), count(pages));
    report.steps.push_back(step);
    return ok;
}

QStringList EditSteps::planText(const Project &project, qint64 academyId)
{
    const QLocale danish(QLocale::Danish, QLocale::Denmark);
    QStringList lines;
    QStringList calendar;
    const Academy *academy = project.academies.find(academyId);
    if (!academy)
        return lines;
    lines << academy->name << academy->consultant
          << danish.toString(academy->startDate, QLocale::LongFormat) + QStringLiteral(" – ")
                 + danish.toString(academy->endDate, QLocale::LongFormat)
          << academy->purpose;
    for (const Track *track : project.tracksOf(academyId)) {
        lines << track->name << track->targetGroup << track->goal;
        for (const Activity *activity : project.activitiesOf(track->id)) {
            lines << activity->title << activity->description
                  << QStringLiteral("%1 · %2 · %3 pladser").arg(activity->facilitator, activity->location)
                         .arg(activity->capacity);
            for (const Session *session : project.sessionsOf(activity->id)) {
                const QString when = QStringLiteral("%1 %2, uge %3, %4–%5, %6")
                                         .arg(danish.dayName(session->date.dayOfWeek()),
                                              danish.toString(session->date, QLocale::ShortFormat))
                                         .arg(session->date.weekNumber())
                                         .arg(session->startTime.toString(QStringLiteral("HH:mm")),
                                              session->endTime.toString(QStringLiteral("HH:mm")), session->location);
                lines << when;
                calendar << when + QStringLiteral(" · ") + activity->title;
            }
        }
    }
    return lines + calendar;
}

} // namespace Akademiplan::Bench
