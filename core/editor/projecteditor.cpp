// SPDX-License-Identifier: MPL-2.0
#include "projecteditor.h"

#include "commands/changecommand.h"
#include "commands/mergecommand.h"
#include "document/document.h"
#include "domain/domainlabels.h"
#include "domain/entitydescription.h"
#include "domain/municipalityregistry.h"
#include "domain/removalplanner.h"
#include "exchange/issuetext.h"
#include "exchange/participantimport.h"
#include "planning/plancheck.h"
#include "template/academytemplate.h"
#include "template/exampleproject.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <vector>

namespace Akademiplan {

namespace {

// A new row's identity; its modification time and change counter are stamped by the document
// when it is written.
template <typename T>
void identify(T &entity, qint64 id)
{
    entity.id = id;
    entity.uuid = QUuid::createUuid();
}

// Session times are kept to the minute, which is all a plan shows and the file stores.
QTime minutes(const QTime &time)
{
    return time.isValid() ? QTime(time.hour(), time.minute()) : time;
}

// A row to copy as a draft for insertAll(): a placeholder id and none of the original's identity,
// times or change counter, which belong to the original alone.
template <typename T>
T draftCopy(const T &original, qint64 placeholder)
{
    T copy = original;
    static_cast<EntityHeader &>(copy) = EntityHeader();
    copy.id = placeholder;
    return copy;
}

// Appends a copy of each row of `rows` that `belongs`, pointed by `repoint` at the copies it
// belongs to, to `drafts`.
template <typename T, typename Belongs, typename Repoint>
void draftCopiesOf(const EntityList<T> &rows, Belongs belongs, Repoint repoint, qint64 &placeholder,
                   std::vector<AnyEntity> &drafts)
{
    for (const T &row : rows) {
        if (belongs(row)) {
            T copy = draftCopy(row, --placeholder);
            repoint(copy);
            drafts.emplace_back(copy);
        }
    }
}

// Appends an activity's copy to `drafts` with what belongs to it alone: its sessions and their
// agendas, its partners and its cost lines (the copy is another group or another round, which
// runs and costs the same); the activity goes in `trackId` (a real id or a placeholder of the
// same batch), and `placeholder` counts down through fresh ones. Its people stay with the
// original.
void draftActivityCopy(const Project &project, const Activity &activity, qint64 trackId, const QString &title,
                       qint64 &placeholder, std::vector<AnyEntity> &drafts)
{
    Activity copy = draftCopy(activity, --placeholder);
    copy.trackId = trackId;
    copy.title = title;
    drafts.emplace_back(copy);
    QHash<qint64, qint64> sessionCopies;
    for (const Session *session : project.sessionsOf(activity.id)) {
        Session sessionCopy = draftCopy(*session, --placeholder);
        sessionCopy.activityId = copy.id;
        sessionCopies.insert(session->id, sessionCopy.id);
        drafts.emplace_back(sessionCopy);
    }
    draftCopiesOf(
        project.agendaItems, [&](const AgendaItem &item) { return sessionCopies.contains(item.sessionId); },
        [&](AgendaItem &item) { item.sessionId = sessionCopies.value(item.sessionId); }, placeholder, drafts);
    // A row of the activity names its track too, where it names one: then the copy's.
    const auto ofActivity = [&activity](const auto &row) { return row.activityId == activity.id; };
    const auto toCopy = [&copy, trackId](auto &row) {
        row.activityId = copy.id;
        if (row.trackId != 0)
            row.trackId = trackId;
    };
    draftCopiesOf(project.partnerships, ofActivity, toCopy, placeholder, drafts);
    draftCopiesOf(project.costLines, ofActivity, toCopy, placeholder, drafts);
}

// Appends the copies of what belongs to a track itself, not to one of its activities: its
// partners, its cost lines and its learning goals.
void draftTrackPartsCopy(const Project &project, qint64 trackId, qint64 copyId, qint64 &placeholder,
                         std::vector<AnyEntity> &drafts)
{
    const auto ofTrackItself = [trackId](const auto &row) { return row.trackId == trackId && row.activityId == 0; };
    const auto toCopy = [copyId](auto &row) { row.trackId = copyId; };
    draftCopiesOf(project.partnerships, ofTrackItself, toCopy, placeholder, drafts);
    draftCopiesOf(project.costLines, ofTrackItself, toCopy, placeholder, drafts);
    draftCopiesOf(
        project.learningGoals, [trackId](const LearningGoal &goal) { return goal.trackId == trackId; }, toCopy,
        placeholder, drafts);
}

// A position after all of the siblings' (and no smaller than `position`): where a new row goes.
template <typename T>
int positionAfter(const std::vector<const T *> &siblings, int position)
{
    for (const T *sibling : siblings)
        position = std::max(position, sibling->position + 1);
    return position;
}

} // namespace

ProjectEditor::ProjectEditor(Document &document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
}

EditResult ProjectEditor::fail(const QString &message)
{
    emit editRejected(message);
    return EditResult::failure(message);
}

EditResult ProjectEditor::commit(const QString &text, ChangeSet changes, qint64 id, const QString &mergeKey,
                                 const TakenInCopy *takenIn)
{
    EditResult result;
    result.error = m_document.apply(changes, &result.warnings);
    if (!result.error.isEmpty())
        return fail(result.error);
    if (takenIn)
        m_document.undoStack()->push(new MergeCommand(&m_document, text, std::move(changes), *takenIn));
    else
        m_document.undoStack()->push(new ChangeCommand(&m_document, text, std::move(changes), mergeKey));
    result.ok = true;
    result.id = id;
    if (!result.warnings.isEmpty())
        emit editWarned(result.warnings);
    return result;
}

template <typename T>
EditResult ProjectEditor::addOne(T entity)
{
    identify(entity, m_document.allocateId<T>());
    ChangeSet changes;
    changes.insert(entity);
    return commit(tr("Add %1").arg(DomainLabels::label(entityTypeOf<T>())), std::move(changes), entity.id);
}

CouncilName ProjectEditor::usualCouncil() const
{
    // The council is the municipality's: another academy of the project already says what it is
    // called, else the usual name for the municipality is suggested.
    const Project &project = m_document.project();
    if (!project.academies.isEmpty())
        return project.academies.at(0).council;
    const auto municipality = MunicipalityRegistry::byCode(project.info.municipalityCode);
    return municipality ? municipality->usualCouncil : CouncilName::CityCouncil;
}

EditResult ProjectEditor::addAcademy(const Academy &draft)
{
    Academy academy = draft;
    academy.council = usualCouncil();
    return addOne(academy);
}

EditResult ProjectEditor::addAcademyFromTemplate(const Academy &draft)
{
    std::vector<AnyEntity> drafts;
    Academy academy = draft;
    academy.council = usualCouncil();
    academy.id = -1; // the placeholder id that the template's tracks refer to
    drafts.emplace_back(academy);
    for (const AnyEntity &entity : AcademyTemplate::recommended(academy.id, academy.council))
        drafts.push_back(entity);
    return insertAll(tr("Add academy from template"), drafts);
}

EditResult ProjectEditor::addExample()
{
    return insertAll(tr("Add example academy"),
                     ExampleProject::build(m_document.project().info.municipalityName, usualCouncil()));
}

EditResult ProjectEditor::addTrack(const Track &draft)
{
    Track track = draft;
    track.position = positionAfter(m_document.project().tracksOf(track.academyId), track.position);
    return addOne(track);
}

EditResult ProjectEditor::addActivity(const Activity &draft)
{
    Activity activity = draft;
    activity.position = positionAfter(m_document.project().activitiesOf(activity.trackId), activity.position);
    return addOne(activity);
}

EditResult ProjectEditor::addSession(const Session &draft)
{
    Session session = draft;
    session.startTime = minutes(session.startTime);
    session.endTime = minutes(session.endTime);
    return addOne(session);
}

EditResult ProjectEditor::addNextSession(qint64 activityId)
{
    const Project &project = m_document.project();
    if (!project.activities.contains(activityId))
        return fail(tr("The activity no longer exists."));
    Session session;
    session.activityId = activityId;
    session.startTime = QTime(9, 0);
    session.endTime = QTime(12, 0);
    const std::vector<const Session *> existing = project.sessionsOf(activityId);
    if (!existing.empty()) {
        const Session *last = existing.back();
        session.date = last->date.addDays(7);
        session.startTime = last->startTime;
        session.endTime = last->endTime;
    } else if (const Academy *academy = project.academyOfActivity(activityId)) {
        session.date = academy->startDate;
    } else {
        session.date = QDate::currentDate();
    }
    return addSession(session);
}

EditResult ProjectEditor::duplicateSession(qint64 sessionId)
{
    const Session *original = m_document.project().sessions.find(sessionId);
    if (!original)
        return fail(tr("The session no longer exists."));
    // Series mostly repeat weekly, so the copy lands a week later, ready to adjust, with the
    // same day plan.
    const Project &project = m_document.project();
    std::vector<AnyEntity> drafts;
    qint64 placeholder = 0;
    Session copy = draftCopy(*original, --placeholder);
    copy.date = copy.date.addDays(7);
    drafts.emplace_back(copy);
    draftCopiesOf(
        project.agendaItems, [sessionId](const AgendaItem &item) { return item.sessionId == sessionId; },
        [&copy](AgendaItem &item) { item.sessionId = copy.id; }, placeholder, drafts);
    return insertAll(tr("Duplicate %1").arg(IssueText::rowName(project, EntityType::Session, sessionId)), drafts);
}

EditResult ProjectEditor::duplicateActivity(qint64 activityId)
{
    const Project &project = m_document.project();
    const Activity *original = project.activities.find(activityId);
    if (!original)
        return fail(tr("The activity no longer exists."));
    // Enrolments stay with the original: the copy is usually another group or another round,
    // with people of its own.
    std::vector<AnyEntity> drafts;
    qint64 placeholder = 0;
    draftActivityCopy(project, *original, original->trackId, tr("%1 (copy)").arg(original->title), placeholder,
                      drafts);
    return insertAll(tr("Duplicate %1").arg(IssueText::rowName(project, EntityType::Activity, activityId)), drafts);
}

EditResult ProjectEditor::duplicateTrack(qint64 trackId)
{
    const Project &project = m_document.project();
    const Track *original = project.tracks.find(trackId);
    if (!original)
        return fail(tr("The track no longer exists."));
    std::vector<AnyEntity> drafts;
    qint64 placeholder = 0;
    Track copy = draftCopy(*original, --placeholder);
    copy.name = tr("%1 (copy)").arg(original->name);
    copy.position = positionAfter(project.tracksOf(original->academyId), copy.position);
    drafts.emplace_back(copy);
    draftTrackPartsCopy(project, trackId, copy.id, placeholder, drafts);
    // Only the track is marked as the copy; its activities keep their titles.
    for (const Activity *activity : project.activitiesOf(trackId))
        draftActivityCopy(project, *activity, copy.id, activity->title, placeholder, drafts);
    return insertAll(tr("Duplicate %1").arg(IssueText::rowName(project, EntityType::Track, trackId)), drafts);
}

EditResult ProjectEditor::addOrganisation(const Organisation &draft)
{
    return addOne(draft);
}

EditResult ProjectEditor::addParticipant(const Participant &draft)
{
    Participant participant = draft;
    participant.name = participant.name.trimmed();
    participant.email = participant.email.trimmed();
    return addOne(participant);
}

EditResult ProjectEditor::update(const AnyEntity &changed, const QString &field)
{
    const EntityType type = entityType(changed);
    const qint64 id = entityId(changed);
    const Project &project = m_document.project();
    std::optional<AnyEntity> before;
    std::visit(
        [&](const auto &entity) {
            using T = std::decay_t<decltype(entity)>;
            if (const T *current = project.list<T>().find(id))
                before = *current;
        },
        changed);
    if (!before)
        return fail(tr("What you edited no longer exists; it may have been deleted meanwhile."));

    AnyEntity after = changed;
    std::visit(
        [&](auto &entity) {
            // Identity never changes; the time and counter are the document's to stamp.
            const auto &original = std::get<std::decay_t<decltype(entity)>>(*before);
            static_cast<EntityHeader &>(entity) = original;
        },
        after);
    if (auto *session = std::get_if<Session>(&after)) {
        session->startTime = minutes(session->startTime);
        session->endTime = minutes(session->endTime);
    }
    ChangeSet changes;
    changes.update(*before, after);
    const QString mergeKey =
        field.isEmpty() ? QString() : QStringLiteral("%1:%2:%3").arg(int(type)).arg(id).arg(field);
    // The step says what changed and where: "Change the title of Activity “Innovationsværksted”".
    QStringList fields;
    std::visit([&](const auto &row) { fields = changedFields(row, std::get<std::decay_t<decltype(row)>>(after)); },
               *before);
    const QString row = IssueText::rowName(project, type, id);
    const QString text = fields.size() == 1 && !row.isEmpty()
                             ? tr("Change the %1 of %2").arg(DomainLabels::fieldLabel(type, fields.front()), row)
                             : (row.isEmpty() ? tr("Edit %1").arg(DomainLabels::label(type)) : tr("Edit %1").arg(row));
    return commit(text, std::move(changes), id, mergeKey);
}

EditResult ProjectEditor::remove(EntityType type, qint64 id)
{
    return remove(type, QList<qint64>{id});
}

EditResult ProjectEditor::remove(EntityType type, const QList<qint64> &ids)
{
    ChangeSet changes = RemovalPlanner(m_document.project()).removalOf(type, ids);
    // Every enrolment that goes, also several at once or with the people who held them, frees
    // its place for the waiting list.
    QList<Enrolment> leaving;
    for (const Change &change : changes.changes()) {
        if (change.before && !change.after) {
            if (const auto *enrolment = std::get_if<Enrolment>(&*change.before))
                leaving.append(*enrolment);
        }
    }
    promoteFromWaitingList(leaving, changes);
    if (changes.isEmpty())
        return fail(tr("What you edited no longer exists; it may have been deleted meanwhile."));
    QString text = tr("Delete %1").arg(DomainLabels::label(type));
    if (ids.size() > 1) {
        const int count = int(ids.size());
        switch (type) {
        case EntityType::Participant: text = tr("Delete %n participant(s)", nullptr, count); break;
        case EntityType::Session: text = tr("Delete %n session(s)", nullptr, count); break;
        case EntityType::Enrolment: text = tr("Remove %n enrolment(s)", nullptr, count); break;
        default: text = tr("Delete %n rows", nullptr, count); break;
        }
    }
    return commit(text, std::move(changes), ids.size() == 1 ? ids.front() : 0);
}

namespace {

// The rows of `siblings` (in their order) with `moved` put in at `row`, each with its new
// position where that changed; `place` sets the moved row's parent and position.
template <typename T>
void reorder(std::vector<const T *> siblings, const T &moved, int row, ChangeSet &changes,
             const std::function<void(T &, int)> &place)
{
    std::erase_if(siblings, [&](const T *sibling) { return sibling->id == moved.id; });
    row = std::clamp(row, 0, int(siblings.size()));
    siblings.insert(siblings.begin() + row, &moved);
    for (int position = 0; position < int(siblings.size()); ++position) {
        const T *sibling = siblings[std::size_t(position)];
        T changed = *sibling;
        if (sibling->id == moved.id)
            place(changed, position);
        else
            changed.position = position;
        if (!(changed == *sibling))
            changes.update(*sibling, changed);
    }
}

} // namespace

EditResult ProjectEditor::moveActivity(qint64 activityId, qint64 trackId, int row)
{
    const Project &project = m_document.project();
    const Activity *activity = project.activities.find(activityId);
    const Track *track = project.tracks.find(trackId);
    if (!activity || !track)
        return fail(tr("The activity or the track no longer exists."));
    ChangeSet changes;
    reorder<Activity>(project.activitiesOf(trackId), *activity, row, changes, [&](Activity &a, int position) {
        a.trackId = trackId;
        a.position = position;
    });
    if (changes.isEmpty())
        return EditResult::success(activityId);
    const QString name = IssueText::rowName(project, EntityType::Activity, activityId);
    return commit(activity->trackId == trackId ? tr("Move %1").arg(name)
                                               : tr("Move %1 to %2").arg(name, IssueText::rowName(project, EntityType::Track, trackId)),
                  std::move(changes), activityId);
}

EditResult ProjectEditor::moveTrack(qint64 trackId, qint64 academyId, int row)
{
    const Project &project = m_document.project();
    const Track *track = project.tracks.find(trackId);
    if (!track || !project.academies.contains(academyId))
        return fail(tr("The track or the academy no longer exists."));
    ChangeSet changes;
    reorder<Track>(project.tracksOf(academyId), *track, row, changes, [&](Track &t, int position) {
        t.academyId = academyId;
        t.position = position;
    });
    if (changes.isEmpty())
        return EditResult::success(trackId);
    const QString name = IssueText::rowName(project, EntityType::Track, trackId);
    return commit(track->academyId == academyId
                      ? tr("Move %1").arg(name)
                      : tr("Move %1 to %2").arg(name, IssueText::rowName(project, EntityType::Academy, academyId)),
                  std::move(changes), trackId);
}

EditResult ProjectEditor::enrolInTrack(qint64 trackId, const QList<qint64> &participantIds, GroupSpread spread)
{
    if (!m_document.project().tracks.contains(trackId))
        return fail(tr("The track no longer exists."));
    return enrol(EnrolmentPlanner(m_document.project()).intoTrack(trackId, participantIds, spread));
}

EditResult ProjectEditor::enrolInActivity(qint64 activityId, const QList<qint64> &participantIds,
                                          GroupSpread spread)
{
    if (!m_document.project().activities.contains(activityId))
        return fail(tr("The activity no longer exists."));
    return enrol(EnrolmentPlanner(m_document.project()).intoActivity(activityId, participantIds, spread));
}

EditResult ProjectEditor::enrol(const EnrolmentPlan &plan)
{
    if (plan.isEmpty())
        return EditResult::success();
    ChangeSet changes;
    QSet<qint64> people;
    for (Enrolment enrolment : plan.enrolments) {
        identify(enrolment, m_document.allocateId<Enrolment>());
        people.insert(enrolment.participantId);
        changes.insert(enrolment);
    }
    EditResult result = commit(tr("Enrol %n participant(s)", nullptr, int(people.size())), std::move(changes));
    result.waitlisted = result.ok ? plan.waitlisted : 0;
    return result;
}

EditResult ProjectEditor::setEnrolmentStatus(qint64 enrolmentId, EnrolmentStatus status)
{
    const Project &project = m_document.project();
    const Enrolment *enrolment = project.enrolments.find(enrolmentId);
    if (!enrolment)
        return fail(tr("The enrolment no longer exists."));
    if (enrolment->status == status)
        return EditResult::success(enrolmentId);
    const Activity *activity = project.activities.find(enrolment->activityId);
    if (status == EnrolmentStatus::Enrolled && activity && activity->capacity > 0) {
        int taken = 0;
        for (const Enrolment &other : project.enrolments)
            if (other.activityId == activity->id && other.status == EnrolmentStatus::Enrolled)
                ++taken;
        if (taken >= activity->capacity)
            return fail(tr("%1 is full (%2 of %2 places taken); the person stays on the waiting list.")
                            .arg(activity->title)
                            .arg(activity->capacity));
    }
    Enrolment changed = *enrolment;
    changed.status = status;
    ChangeSet changes;
    changes.update(*enrolment, changed);
    if (enrolment->status == EnrolmentStatus::Enrolled)
        promoteFromWaitingList({*enrolment}, changes);
    return commit(tr("Change enrolment"), std::move(changes), enrolmentId);
}

void ProjectEditor::promoteFromWaitingList(const QList<Enrolment> &leaving, ChangeSet &changes) const
{
    const Project &project = m_document.project();
    // Places the leavers held, per activity with a limit, in the order the activities first appear.
    QHash<qint64, int> freedBy;
    std::vector<qint64> activities;
    QSet<qint64> leavingIds;
    for (const Enrolment &enrolment : leaving) {
        leavingIds.insert(enrolment.id);
        if (enrolment.status != EnrolmentStatus::Enrolled)
            continue;
        const Activity *activity = project.activities.find(enrolment.activityId);
        if (!activity || activity->capacity <= 0)
            continue;
        if (!freedBy.contains(activity->id))
            activities.push_back(activity->id);
        ++freedBy[activity->id];
    }
    if (activities.empty())
        return;

    // One pass over the enrolments: the project keeps no index of them by activity. Only as many
    // waiting people as places were freed are kept, the earliest to sign up first (id order).
    struct Places
    {
        int taken = 0;
        std::vector<const Enrolment *> waiting;
    };
    QHash<qint64, Places> places;
    for (const Enrolment &other : project.enrolments) {
        const auto freed = freedBy.constFind(other.activityId);
        if (other.activityId == 0 || freed == freedBy.constEnd())
            continue;
        Places &here = places[other.activityId];
        if (other.status == EnrolmentStatus::Enrolled)
            ++here.taken;
        else if (other.status == EnrolmentStatus::Waitlisted && !leavingIds.contains(other.id)
                 && int(here.waiting.size()) < *freed)
            here.waiting.push_back(&other);
    }
    for (qint64 activityId : activities) {
        const Places &here = places.value(activityId);
        const int capacity = project.activities.find(activityId)->capacity;
        // A capacity lowered below the places taken frees nothing until enough have left.
        const int free = std::min(freedBy.value(activityId), capacity - (here.taken - freedBy.value(activityId)));
        for (int i = 0; i < free && i < int(here.waiting.size()); ++i) {
            Enrolment promoted = *here.waiting[std::size_t(i)];
            promoted.status = EnrolmentStatus::Enrolled;
            changes.update(*here.waiting[std::size_t(i)], promoted);
        }
    }
}

EditResult ProjectEditor::recordAttendance(const QList<AttendanceMark> &marks)
{
    const Project &project = m_document.project();
    // The records of the sessions concerned, found in one pass over the attendance.
    QSet<qint64> sessions;
    for (const AttendanceMark &mark : marks)
        sessions.insert(mark.sessionId);
    QHash<std::pair<qint64, qint64>, const Attendance *> recorded;
    for (const Attendance &attendance : project.attendances)
        if (sessions.contains(attendance.sessionId))
            recorded.insert({attendance.sessionId, attendance.participantId}, &attendance);

    QHash<std::pair<qint64, qint64>, qsizetype> lastMark;
    for (qsizetype i = 0; i < marks.size(); ++i)
        lastMark.insert({marks.at(i).sessionId, marks.at(i).participantId}, i);
    ChangeSet changes;
    qint64 changedId = 0;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const AttendanceMark &mark = marks.at(i);
        const std::pair<qint64, qint64> cell{mark.sessionId, mark.participantId};
        if (lastMark.value(cell) != i)
            continue;
        const Attendance *existing = recorded.value(cell);
        if (existing && !mark.status) {
            changes.remove(*existing);
            changedId = existing->id;
        } else if (existing && existing->status != *mark.status) {
            Attendance changed = *existing;
            changed.status = *mark.status;
            changes.update(*existing, changed);
            changedId = existing->id;
        } else if (!existing && mark.status) {
            Attendance attendance;
            identify(attendance, m_document.allocateId<Attendance>());
            attendance.sessionId = mark.sessionId;
            attendance.participantId = mark.participantId;
            attendance.status = *mark.status;
            changes.insert(attendance);
            changedId = attendance.id;
        }
    }
    if (changes.isEmpty())
        return EditResult::success();
    const qint64 id = changes.size() == 1 ? changedId : 0;
    return commit(tr("Record attendance"), std::move(changes), id);
}

EditResult ProjectEditor::setAttendance(qint64 sessionId, qint64 participantId, AttendanceStatus status)
{
    return recordAttendance({AttendanceMark{sessionId, participantId, status}});
}

EditResult ProjectEditor::attachPartner(qint64 organisationId, qint64 trackId, qint64 activityId,
                                         const QString &note)
{
    const Project &project = m_document.project();
    const auto existing = trackId != 0 ? project.partnershipsOfTrack(trackId) : project.partnershipsOfActivity(activityId);
    const Organisation *organisation = project.organisations.find(organisationId);
    const EntityType type = trackId != 0 ? EntityType::Track : EntityType::Activity;
    const QString where = IssueText::rowName(project, type, trackId != 0 ? trackId : activityId);
    if (std::any_of(existing.begin(), existing.end(),
                    [&](const Partnership *partnership) { return partnership->organisationId == organisationId; }))
        return fail(tr("“%1” is already a partner in %2.").arg(organisation ? organisation->name : QString(), where));
    Partnership partnership;
    partnership.organisationId = organisationId;
    partnership.trackId = trackId;
    partnership.activityId = activityId;
    partnership.note = note.trimmed();
    identify(partnership, m_document.allocateId<Partnership>());
    ChangeSet changes;
    changes.insert(partnership);
    return commit(tr("Add partner “%1” to %2").arg(organisation ? organisation->name : QString(), where),
                  std::move(changes), partnership.id);
}

EditResult ProjectEditor::detachPartner(qint64 partnershipId)
{
    const Project &project = m_document.project();
    const Partnership *partnership = project.partnerships.find(partnershipId);
    if (!partnership)
        return fail(tr("What you edited no longer exists; it may have been deleted meanwhile."));
    const Organisation *organisation = project.organisations.find(partnership->organisationId);
    const QString where = partnership->trackId != 0
                              ? IssueText::rowName(project, EntityType::Track, partnership->trackId)
                              : IssueText::rowName(project, EntityType::Activity, partnership->activityId);
    const QString text =
        tr("Remove partner “%1” from %2").arg(organisation ? organisation->name : QString(), where);
    return commit(text, RemovalPlanner(project).removalOf(EntityType::Partnership, {partnershipId}));
}

EditResult ProjectEditor::dismissWarning(const PlanWarning &warning, const QString &reason)
{
    Dismissal dismissal;
    dismissal.kind = warning.kind;
    dismissal.subjectUuid = warning.subjectUuid.toString(QUuid::WithoutBraces);
    dismissal.detail = warning.detail;
    dismissal.reason = reason.trimmed();
    dismissal.dismissedBy = m_document.author();
    ChangeSet changes;
    if (const Dismissal *existing = PlanCheck::dismissalOf(m_document.project(), warning)) {
        dismissal.id = existing->id;
        dismissal.uuid = existing->uuid;
        changes.update(*existing, dismissal);
    } else {
        identify(dismissal, m_document.allocateId<Dismissal>());
        changes.insert(dismissal);
    }
    return commit(tr("Dismiss warning: %1").arg(PlanCheck::kindLabel(warning.kind)), std::move(changes),
                  dismissal.id);
}

EditResult ProjectEditor::restoreWarning(const PlanWarning &warning)
{
    const Project &project = m_document.project();
    const Dismissal *dismissal = PlanCheck::dismissalOf(project, warning);
    if (!dismissal)
        return fail(tr("What you edited no longer exists; it may have been deleted meanwhile."));
    return commit(tr("Restore warning: %1").arg(PlanCheck::kindLabel(warning.kind)),
                  RemovalPlanner(project).removalOf(EntityType::Dismissal, {dismissal->id}));
}

void ProjectEditor::beginGroup(const QString &text)
{
    m_document.undoStack()->beginMacro(text);
}

void ProjectEditor::endGroup()
{
    m_document.undoStack()->endMacro();
}

EditResult ProjectEditor::insertAll(const QString &text, const std::vector<AnyEntity> &drafts)
{
    return insertAndUpdate(text, drafts, {});
}

EditResult ProjectEditor::importParticipants(const ParticipantImport &import)
{
    if (!import.canImport())
        return fail(import.fileProblem().isEmpty() ? tr("The file holds no one to import.") : import.fileProblem());
    return insertAndUpdate(tr("Import participants"), import.additions(), import.updates());
}

EditResult ProjectEditor::insertAndUpdate(const QString &text, const std::vector<AnyEntity> &drafts,
                                          const std::vector<AnyEntity> &updated)
{
    // Negative draft ids are placeholders for rows of this batch; map them per type to real ids.
    QHash<QPair<int, qint64>, qint64> ids;
    auto realId = [&ids](EntityType type, qint64 draftId) {
        return draftId < 0 ? ids.value({int(type), draftId}, 0) : draftId;
    };
    // References to rows of this batch carry their placeholder; the descriptions say which
    // fields are references and to what.
    auto resolveReferences = [&realId](AnyEntity &entity) {
        std::visit(
            [&](auto &row) {
                using T = std::decay_t<decltype(row)>;
                for (const FieldDescription<T> &field : descriptionOf<T>().fields)
                    if (field.isReference())
                        row.*field.referenceMember = realId(field.reference.parent, row.*field.referenceMember);
            },
            entity);
    };
    ChangeSet changes;
    changes.reserve(drafts.size() + updated.size());
    qint64 firstId = 0;
    for (const AnyEntity &draft : drafts) {
        AnyEntity entity = draft;
        std::visit(
            [&](auto &row) {
                using T = std::decay_t<decltype(row)>;
                const qint64 draftId = row.id;
                // A draft brings its UUID when another row of the batch names it (a dismissed
                // warning of the example names its session).
                const QUuid uuid = row.uuid;
                identify(row, m_document.allocateId<T>());
                if (!uuid.isNull())
                    row.uuid = uuid;
                if (draftId < 0)
                    ids.insert({int(entityTypeOf<T>()), draftId}, row.id);
                if (firstId == 0)
                    firstId = row.id;
            },
            entity);
        resolveReferences(entity);
        changes.insert(entity);
    }
    const Project &project = m_document.project();
    for (const AnyEntity &update : updated) {
        AnyEntity after = update;
        resolveReferences(after);
        std::visit(
            [&](const auto &row) {
                using T = std::decay_t<decltype(row)>;
                if (const T *before = project.list<T>().find(row.id))
                    changes.update(*before, after);
            },
            after);
    }
    return commit(text, std::move(changes), firstId);
}

EditResult ProjectEditor::applyChanges(const QString &text, ChangeSet changes)
{
    return commit(text, std::move(changes));
}

EditResult ProjectEditor::merge(const QString &text, ChangeSet changes, const TakenInCopy &takenIn)
{
    return commit(text, std::move(changes), 0, QString(), &takenIn);
}

} // namespace Akademiplan
