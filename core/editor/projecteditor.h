// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "editresult.h"
#include "planning/enrolmentplanner.h"
#include "storage/revisionnote.h"

#include <QList>
#include <QObject>

namespace Akademiplan {

class Document;
class ParticipantImport;

// The one way the UI and the command line change a project. Each call is one user action: it
// becomes one undoable step, is checked by the domain's rules, and is written to the working
// copy before it returns. Callers never build undo commands themselves.
struct PlanWarning;

class ProjectEditor : public QObject
{
    Q_OBJECT

public:
    explicit ProjectEditor(Document &document, QObject *parent = nullptr);

    EditResult addAcademy(const Academy &draft);
    // The academy with the four recommended tracks and their typical activities.
    EditResult addAcademyFromTemplate(const Academy &draft);
    // The bundled example (an academy with dated sessions, people and enrolments) for the
    // project's municipality: what `--new … --example` and the start screen's example begin with.
    EditResult addExample();
    // The new track goes after the academy's other tracks.
    EditResult addTrack(const Track &draft);
    EditResult addActivity(const Activity &draft);
    EditResult addSession(const Session &draft);
    // The session a consultant most likely adds next: a week after the activity's last one at the
    // same time, as most series run; the first one on the academy's first day, 9 to 12.
    EditResult addNextSession(qint64 activityId);
    // A copy of the session one week later.
    EditResult duplicateSession(qint64 sessionId);
    // A copy of an activity with its sessions but not its enrolments, titled "… (copy)", right
    // after the original; a copy of a track with its activities and their sessions, after the
    // academy's other tracks. One step; every copied row gets an identity of its own.
    EditResult duplicateActivity(qint64 activityId);
    EditResult duplicateTrack(qint64 trackId);
    EditResult addOrganisation(const Organisation &draft);
    EditResult addParticipant(const Participant &draft);

    // Replaces a row with an edited copy. With a field name, consecutive edits of that field of
    // the same row merge into one undo step (typing in a form).
    EditResult update(const AnyEntity &changed, const QString &field = QString());

    // Removes rows and everything that depends on them, as one step.
    EditResult remove(EntityType type, qint64 id);
    EditResult remove(EntityType type, const QList<qint64> &ids);

    // Puts an activity at `row` among the activities of a track (its own or another), or a track
    // at `row` among the tracks of an academy, renumbering the siblings: one step.
    EditResult moveActivity(qint64 activityId, qint64 trackId, int row);
    EditResult moveTrack(qint64 trackId, qint64 academyId, int row);

    // Enrols people who are not yet enrolled; beyond an activity's capacity they go on the
    // waiting list. One step, however many people. A track's new people are enrolled in its
    // activities too, and parallel groups are shared out as `spread` says (see EnrolmentPlanner).
    EditResult enrolInTrack(qint64 trackId, const QList<qint64> &participantIds,
                            GroupSpread spread = GroupSpread::Evenly);
    EditResult enrolInActivity(qint64 activityId, const QList<qint64> &participantIds,
                               GroupSpread spread = GroupSpread::OnlyThisGroup);
    // The enrolments a planner decided, as one step.
    EditResult enrol(const EnrolmentPlan &plan);
    // Enforces the capacity: a waitlisted person can only be enrolled while there is room, and
    // when an enrolled person leaves, the first on the waiting list gets the place.
    EditResult setEnrolmentStatus(qint64 enrolmentId, EnrolmentStatus status);
    // Records attendance, however many cells, as one step: a mark with a status sets it, one
    // without removes the record. Marks that change nothing make no step; of several marks for
    // the same cell the last counts. Recording someone present who holds no place in the
    // activity is allowed with a warning.
    EditResult recordAttendance(const QList<AttendanceMark> &marks);
    EditResult setAttendance(qint64 sessionId, qint64 participantId, AttendanceStatus status);

    // Makes a partner organisation part of a track or an activity (set exactly one of the two
    // ids), with a note of what it does there; refused when it is there already. One step each.
    EditResult attachPartner(qint64 organisationId, qint64 trackId, qint64 activityId,
                             const QString &note = QString());
    EditResult detachPartner(qint64 partnershipId);

    // Dismisses a planning warning for the item it is about, with the consultant's reason, saved
    // in the file under the document's author; giving a new reason replaces the old one. One step.
    EditResult dismissWarning(const PlanWarning &warning, const QString &reason);
    // Brings a dismissed warning back. One step.
    EditResult restoreWarning(const PlanWarning &warning);

    // Several edits the consultant makes in one go (e.g. a status for ten selected people) become
    // one undo step when made between beginGroup() and endGroup().
    void beginGroup(const QString &text);
    void endGroup();

    // Several new rows at once (e.g. the example academy, an import) as one step. Ids, UUIDs and
    // times are assigned here. A negative id is a placeholder for a row of the same batch, and
    // references to it are replaced by the real id; positive ids refer to existing rows.
    EditResult insertAll(const QString &text, const std::vector<AnyEntity> &drafts);
    // The people of a judged participant list, with the organisations they bring, and the new
    // details of people already there: one step, or nothing when the import cannot be made.
    EditResult importParticipants(const ParticipantImport &import);

    // A change set built elsewhere (a batch of changes read from a file, a merge) as one step,
    // checked by the rules as a whole. New rows must have their ids from the document.
    EditResult applyChanges(const QString &text, ChangeSet changes);
    // A merge of a returned copy as one step: its changes, and the record of the copy taken in,
    // which the next save writes (see MergePlan).
    EditResult merge(const QString &text, ChangeSet changes, const TakenInCopy &takenIn);

signals:
    // Every edit that was refused, and every warning an accepted edit raised, whoever asked
    // for it, so that the window can tell the consultant in one place.
    void editRejected(const QString &message);
    void editWarned(const QStringList &warnings);

private:
    EditResult commit(const QString &text, ChangeSet changes, qint64 id = 0,
                      const QString &mergeKey = QString(), const TakenInCopy *takenIn = nullptr);
    template <typename T>
    EditResult addOne(T entity);
    EditResult fail(const QString &message);
    EditResult insertAndUpdate(const QString &text, const std::vector<AnyEntity> &drafts,
                               const std::vector<AnyEntity> &updated);
    CouncilName usualCouncil() const;
    // Adds to `changes` the promotion of as many waitlisted people per activity as the `leaving`
    // enrolments free places, the earliest to sign up first.
    void promoteFromWaitingList(const QList<Enrolment> &leaving, ChangeSet &changes) const;

    Document &m_document;
};

} // namespace Akademiplan
