// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "benchreport.h"
#include "domain/anyentity.h"
#include "rawbatch.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Akademiplan {
class AcademyTreeModel;
class Document;
class EnrolmentTableModel;
class OrganisationTableModel;
class ParticipantTableModel;
class Project;
class ProjectEditor;
class SessionTableModel;
}

namespace Akademiplan::Bench {

class RawLimits;

// The steps a consultant takes in an open project: searching, single edits, large removals and
// their undo, a bulk enrolment, saving and the programme plan. They share one document with all
// item models alive, because updating the models is part of what the consultant waits for.
// Each step is repeated on the same rows, undone between repeats so every repeat does the same
// work; its raw limit runs on a private copy of the file.
class EditSteps
{
public:
    using Wants = std::function<bool(const QString &key)>;

    EditSteps(QString path, QString workFolder, int repeat, int participantsToRemove, Wants wants);
    ~EditSteps();

    bool run(BenchReport &report, QString *error);

    // One line per heading, fact line and session of an academy's plan: the text the
    // programme plan sets, for its raw limit.
    static QStringList planText(const Project &project, qint64 academyId);

private:
    bool open();
    bool repeat(const std::function<bool(int)> &work);
    bool search(BenchReport &report);
    bool edit(BenchReport &report);
    bool deleteTrack(BenchReport &report);
    bool deleteParticipants(BenchReport &report);
    // The keys and the note of a removal and its undo.
    struct RemovalSteps
    {
        QString remove;
        QString undo;
        QString detail;
    };
    // Times removing rows and undoing it, each beside the same DELETEs and INSERTs done raw.
    bool removeAndUndo(BenchReport &report, EntityType type, const QList<qint64> &ids, const RawBatch &batch,
                       const RemovalSteps &steps);
    // After an insert step: waits for the write, undoes it, and times the raw insert of the same
    // rows (removed again untimed).
    bool writtenUndoneAndInsertedRaw(StepResult &step, const RawBatch &batch);
    bool enrolManagers(BenchReport &report);
    // A municipality's list of 10,000 people read, judged, shown in the preview and imported.
    bool importList(BenchReport &report);
    bool save(BenchReport &report);
    bool pdf(BenchReport &report);
    // Renames a different person each time, so that no two renames merge into one undo step.
    bool renameNext(qint64 *id, QString *name);
    bool undo();
    // Waits for the document's writes to reach the working copy; milliseconds, or -1 on failure.
    double written();

    QString m_path;
    QString m_workFolder;
    int m_repeat;
    int m_participantsToRemove;
    Wants m_wants;
    int m_renamed = 0;
    QString m_error;
    // Declared so that the models go before the editor and the document they watch.
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<ParticipantTableModel> m_participants;
    std::unique_ptr<SessionTableModel> m_sessions;
    std::unique_ptr<EnrolmentTableModel> m_enrolments;
    std::unique_ptr<OrganisationTableModel> m_organisations;
    std::unique_ptr<AcademyTreeModel> m_tree;
    std::unique_ptr<RawLimits> m_raw;
};

} // namespace Akademiplan::Bench
