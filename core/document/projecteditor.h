// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "editresult.h"

#include <QCoreApplication>
#include <QList>

namespace Akademiplan {

class Document;

// The one way the UI and the command line change a project. Each call is one user action: it
// becomes one undoable step, is checked by the domain's rules, and is written to the working
// copy before it returns. Callers never build undo commands themselves.
class ProjectEditor
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ProjectEditor)

public:
    explicit ProjectEditor(Document &document);

    EditResult addAcademy(const Academy &draft);
    // The academy with the four recommended tracks and their typical activities.
    EditResult addAcademyFromTemplate(const Academy &draft);
    EditResult addTrack(const Track &draft);
    EditResult addActivity(const Activity &draft);
    EditResult addSession(const Session &draft);
    EditResult duplicateSession(qint64 sessionId);
    EditResult addOrganisation(const Organisation &draft);
    EditResult addParticipant(const Participant &draft);

    // Replaces a row with an edited copy. With a field name, consecutive edits of that field of
    // the same row merge into one undo step (typing in a form).
    EditResult update(const AnyEntity &changed, const QString &field = QString());

    // Removes a row and everything that depends on it, as one step.
    EditResult remove(EntityType type, qint64 id);

    // Enrols people who are not yet enrolled; beyond an activity's capacity they go on the
    // waiting list. One step, however many people.
    EditResult enrolInTrack(qint64 trackId, const QList<qint64> &participantIds);
    EditResult enrolInActivity(qint64 activityId, const QList<qint64> &participantIds);
    EditResult setEnrolmentStatus(qint64 enrolmentId, EnrolmentStatus status);
    EditResult setAttendance(qint64 sessionId, qint64 participantId, AttendanceStatus status);

    // Several new rows at once (e.g. the example academy, an import) as one step. Ids, UUIDs and
    // times are assigned here. A negative id is a placeholder for a row of the same batch, and
    // references to it are replaced by the real id; positive ids refer to existing rows.
    EditResult insertAll(const QString &text, const std::vector<AnyEntity> &drafts);

private:
    EditResult commit(const QString &text, const ChangeSet &changes, qint64 id = 0,
                      const QString &mergeKey = QString());
    template <typename T>
    EditResult addOne(T entity);
    EditResult enrol(qint64 trackId, qint64 activityId, const QList<qint64> &participantIds);

    Document &m_document;
};

} // namespace Akademiplan
