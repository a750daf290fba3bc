// SPDX-License-Identifier: MPL-2.0
#include "mergeplan.h"

#include "differencetext.h"
#include "document/document.h"
#include "domain/domainlabels.h"
#include "domain/removalplanner.h"
#include "exchange/issuetext.h"

#include <QSet>

#include <set>

namespace Akademiplan {

namespace {

enum class Action { Insert, Update, Remove };

struct Step
{
    const Difference *difference = nullptr;
    const Resolution *resolution = nullptr;
    Action action = Action::Update;
};

template <typename T>
const RowVersion<T> *versionIn(const ProjectVersions &versions, const QUuid &uuid)
{
    const auto found = versions.rows<T>().constFind(uuid);
    return found != versions.rows<T>().cend() ? &*found : nullptr;
}

// Calls `function` with a default value of the entity type `type`.
template <typename Function>
void withType(EntityType type, Function &&function)
{
    forEachEntityType([&](auto entity) {
        if (entityTypeOf<decltype(entity)>() == type)
            function(entity);
    });
}

QUuid uuidOf(const AnyEntity &row)
{
    return std::visit([](const auto &entity) { return entity.uuid; }, row);
}

// The project as a change set of inserts and updates leaves it.
Project projectAfter(const Project &project, const ChangeSet &changes)
{
    Project after = project;
    for (const Change &change : changes.changes())
        if (change.after)
            std::visit(
                [&after](const auto &row) {
                    auto &rows = after.list<std::decay_t<decltype(row)>>();
                    if (!rows.replace(row))
                        rows.insert(row);
                },
                *change.after);
    return after;
}

class Builder
{
public:
    Builder(Document &document, const CopyComparison &comparison, MergePlan::Result &result)
        : m_document(document)
        , m_comparison(comparison)
        , m_mine(ProjectVersions::of(document.project()))
        , m_theirs(*comparison.theirVersions)
        , m_text(m_mine, m_theirs)
        , m_result(result)
    {
    }

    void run(const std::vector<Resolution> &resolutions);

private:
    // The id a reference to this row gets in the merged project; -1 when the row is in neither.
    qint64 idOf(EntityType type, const QUuid &uuid) const;
    std::vector<bool> decideRowsThatGoWithRemovals(std::vector<bool> taken) const;
    template <typename T>
    void insert(const Step &step);
    template <typename T>
    void update(const Step &step);
    template <typename T>
    bool setField(T &row, const FieldDescription<T> &field, const QVariant &value, const Difference &difference);
    void remove(const std::vector<Step> &steps);
    void dropDuplicateEnrolments();
    void warnAboutCapacity();
    void checkRules();
    void recordTakenIn();

    Document &m_document;
    const CopyComparison &m_comparison;
    const ProjectVersions m_mine;
    const ProjectVersions &m_theirs;
    const DifferenceText m_text;
    MergePlan::Result &m_result;
    QHash<QUuid, qint64> m_newIds;
};

void Builder::run(const std::vector<Resolution> &resolutions)
{
    std::vector<bool> taken(m_comparison.differences.size());
    for (std::size_t i = 0; i < m_comparison.differences.size(); ++i) {
        const Difference &difference = m_comparison.differences[i];
        const Resolution &resolution = resolutions.at(i);
        if (difference.conflict && resolution.decision == Resolution::Decision::Undecided)
            m_result.problems.append(MergePlan::tr("Not decided: %1").arg(m_text.sentence(difference)));
        taken[i] = resolution.takesTheirs() && !difference.isOnlyMine();
    }
    taken = decideRowsThatGoWithRemovals(std::move(taken));

    std::vector<Step> steps;
    for (std::size_t i = 0; i < m_comparison.differences.size(); ++i) {
        const Difference &difference = m_comparison.differences[i];
        const Resolution &resolution = resolutions.at(i);
        if (!taken[i])
            continue;
        bool inMine = false;
        bool inTheirs = false;
        withType(difference.type, [&](auto entity) {
            using T = decltype(entity);
            inMine = versionIn<T>(m_mine, difference.uuid) != nullptr;
            inTheirs = versionIn<T>(m_theirs, difference.uuid) != nullptr;
        });
        if (!inMine && !inTheirs)
            continue;
        steps.push_back({&difference, &resolution,
                         !inMine ? Action::Insert : (!inTheirs ? Action::Remove : Action::Update)});
        ++m_result.taken;
    }
    // Every new row has its id before any row refers to it.
    for (const Step &step : steps)
        if (step.action == Action::Insert)
            withType(step.difference->type, [&](auto entity) {
                m_newIds.insert(step.difference->uuid, m_document.allocateId<decltype(entity)>());
            });
    // Rows come before the rows that refer to them (the differences are in the order of the
    // types), changes after the rows they may refer to, removals last.
    for (const Action action : {Action::Insert, Action::Update})
        for (const Step &step : steps)
            if (step.action == action)
                withType(step.difference->type, [&](auto entity) {
                    using T = decltype(entity);
                    if (action == Action::Insert)
                        insert<T>(step);
                    else
                        update<T>(step);
                });
    remove(steps);
    dropDuplicateEnrolments();
    warnAboutCapacity();
    checkRules();
    recordTakenIn();
}

std::vector<bool> Builder::decideRowsThatGoWithRemovals(std::vector<bool> taken) const
{
    // Where one side removed a row and that removal is a conflict, the rows its removal took with
    // it on that side (an activity's sessions and enrolments), and the rows the other side added
    // under it, are no choice of their own: they follow the decision on the row. Taken one by one,
    // keeping an activity the municipality deleted would still delete its sessions, bringing back
    // one the consultant deleted would bring it back empty, and a session they added under it
    // could be neither kept nor left out.
    const std::vector<Difference> &differences = m_comparison.differences;
    QSet<QUuid> conflictingRemovals;
    for (std::size_t i = 0; i < differences.size(); ++i)
        if (differences[i].conflict
            && (differences[i].mine == RowChange::Removed || differences[i].theirs == RowChange::Removed))
            conflictingRemovals.insert(differences[i].uuid);
    if (conflictingRemovals.isEmpty())
        return taken;
    QHash<QUuid, std::size_t> indexOf;
    for (std::size_t i = 0; i < differences.size(); ++i)
        indexOf.insert(differences[i].uuid, i);

    // The differences come parents first, so a row's parents are decided before the row.
    std::vector<bool> decided = std::move(taken);
    for (std::size_t i = 0; i < differences.size(); ++i) {
        const Difference &difference = differences[i];
        if (difference.conflict)
            continue; // decided itself
        // Removed by theirs with a row of the consultant's file; removed by the consultant, or
        // added by theirs, under a row of theirs.
        const bool removedByTheirs = difference.theirs == RowChange::Removed;
        const bool underMineRemoved = difference.mine == RowChange::Removed || difference.theirs == RowChange::Added;
        if (!removedByTheirs && !underMineRemoved)
            continue;
        bool followsConflict = false;
        bool allTaken = true;
        const QSet<QUuid> ancestors =
            ProjectComparison::cascadeAncestors(removedByTheirs ? m_mine : m_theirs, difference.type, difference.uuid);
        for (const QUuid &ancestor : ancestors) {
            const auto found = indexOf.constFind(ancestor);
            if (found == indexOf.cend())
                continue;
            const Difference &parent = differences[*found];
            if (removedByTheirs ? parent.theirs != RowChange::Removed : parent.mine != RowChange::Removed)
                continue;
            followsConflict = followsConflict || conflictingRemovals.contains(ancestor);
            // Taken: their removal of it is, or their version of a row the consultant removed
            // comes back.
            allTaken = allTaken && decided[*found];
        }
        if (followsConflict)
            decided[i] = allTaken;
    }
    return decided;
}

void Builder::checkRules()
{
    for (const ValidationIssue &issue : m_document.check(m_result.changes)) {
        const QString text = IssueText::describe(m_document.project(), issue);
        (issue.severity == ValidationIssue::Severity::Error ? m_result.problems : m_result.warnings).append(text);
    }
}

qint64 Builder::idOf(EntityType type, const QUuid &uuid) const
{
    if (uuid.isNull())
        return 0;
    if (const auto found = m_newIds.constFind(uuid); found != m_newIds.cend())
        return *found;
    qint64 id = -1;
    withType(type, [&](auto entity) {
        if (const auto *version = versionIn<decltype(entity)>(m_mine, uuid))
            id = version->row.id;
    });
    return id;
}

template <typename T>
bool Builder::setField(T &row, const FieldDescription<T> &field, const QVariant &value, const Difference &difference)
{
    if (field.isReference()) {
        const QUuid target = QUuid::fromString(value.toString());
        const qint64 id = idOf(field.reference.parent, target);
        if (id < 0) {
            m_result.problems.append(MergePlan::tr("%1 refers to %2, which is neither in your file nor taken in.")
                                         .arg(m_text.label(difference), m_text.valueText(difference.type, field.name,
                                                                                          value)));
            return false;
        }
        row.*field.referenceMember = id;
        return true;
    }
    if (field.load(row, value))
        return true;
    m_result.problems.append(MergePlan::tr("%1: \"%2\" cannot be used as its %3.")
                                 .arg(m_text.label(difference), value.toString(),
                                      DomainLabels::fieldLabel(difference.type, field.name)));
    return false;
}

template <typename T>
void Builder::insert(const Step &step)
{
    const RowVersion<T> &their = *versionIn<T>(m_theirs, step.difference->uuid);
    T row = their.row;
    row.id = m_newIds.value(step.difference->uuid);
    const auto &fields = descriptionOf<T>().fields;
    qsizetype position = 0;
    for (const FieldDescription<T> &field : fields)
        if (field.isReference()) {
            const QUuid target = their.references.value(position++);
            if (!setField(row, field, target.isNull() ? QVariant() : QVariant(target.toString()), *step.difference))
                return;
        }
    m_result.changes.insert(row);
}

template <typename T>
void Builder::update(const Step &step)
{
    const Difference &difference = *step.difference;
    const T &before = versionIn<T>(m_mine, difference.uuid)->row;
    T after = before;
    for (const FieldDifference &changed : difference.fields) {
        // Only what they changed: a field only the consultant changed keeps the consultant's value.
        if (difference.hasBase && !changed.theirsChanged)
            continue;
        const FieldDescription<T> *field = descriptionOf<T>().field(QLatin1String(changed.field.toLatin1()));
        const bool edited = step.resolution->decision == Resolution::Decision::Edited
                            && step.resolution->editedValues.contains(changed.field);
        if (field && !setField(after, *field, edited ? step.resolution->editedValues.value(changed.field)
                                                     : changed.theirs,
                               difference))
            return;
    }
    if (!sameFields(before, after))
        m_result.changes.update(before, after);
}

void Builder::remove(const std::vector<Step> &steps)
{
    QHash<int, QList<qint64>> idsByType;
    for (const Step &step : steps)
        if (step.action == Action::Remove)
            idsByType[int(step.difference->type)].append(idOf(step.difference->type, step.difference->uuid));
    if (idsByType.isEmpty())
        return;
    // What goes with a removal is worked out on the project as the merge's other changes leave
    // it, as a batch of changes does: a session they moved to another activity before removing
    // its old one stays, under the new one.
    const Project after = projectAfter(m_document.project(), m_result.changes);
    const RemovalPlanner planner(after);
    QSet<QUuid> removed;
    std::vector<Change> clears;
    // Parents first, so that what a removal takes with it is not removed twice.
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        const QList<qint64> ids = idsByType.value(int(entityTypeOf<T>()));
        if (ids.isEmpty())
            return;
        const ChangeSet removal = planner.removalOf(entityTypeOf<T>(), ids);
        for (const Change &change : removal.changes()) {
            // A row that only loses its reference to a removed one stays (people of a removed
            // organisation, without it): an update, not a removal.
            if (change.after) {
                clears.push_back(change);
                continue;
            }
            const QUuid uuid = uuidOf(*change.before);
            if (!removed.contains(uuid)) {
                removed.insert(uuid);
                m_result.changes.remove(*change.before);
            }
        }
    });
    if (clears.empty())
        return;
    // The planner saw the rows as the merge leaves them: a row the merge adds or changes takes the
    // emptied reference in that change.
    QHash<QUuid, std::size_t> planned;
    for (std::size_t i = 0; i < m_result.changes.size(); ++i)
        if (const Change &change = m_result.changes.changes()[i]; change.after)
            planned.insert(uuidOf(*change.after), i);
    for (const Change &clear : clears) {
        const QUuid uuid = uuidOf(*clear.before);
        if (removed.contains(uuid))
            continue;
        if (const auto found = planned.constFind(uuid); found != planned.cend())
            m_result.changes.changes()[*found].after = clear.after;
        else
            m_result.changes.update(*clear.before, *clear.after);
    }
}

void Builder::dropDuplicateEnrolments()
{
    // An enrolment of theirs for a place the person already has here (both enrolled Anne in the
    // same activity) would put her on its list twice.
    std::set<std::tuple<qint64, qint64, qint64>> places;
    bool any = false;
    for (const Change &change : m_result.changes.changes())
        any = any || (!change.before && change.after && entityType(*change.after) == EntityType::Enrolment);
    if (!any)
        return;
    for (const Enrolment &enrolment : m_document.project().enrolments)
        places.insert({enrolment.participantId, enrolment.trackId, enrolment.activityId});
    auto &changes = m_result.changes.changes();
    changes.erase(std::remove_if(changes.begin(), changes.end(),
                                 [&](const Change &change) {
                                     if (change.before || !change.after
                                         || entityType(*change.after) != EntityType::Enrolment)
                                         return false;
                                     const auto &enrolment = std::get<Enrolment>(*change.after);
                                     const std::tuple<qint64, qint64, qint64> place{
                                         enrolment.participantId, enrolment.trackId, enrolment.activityId};
                                     if (!places.count(place)) {
                                         places.insert(place);
                                         return false;
                                     }
                                     Difference shown;
                                     shown.type = EntityType::Enrolment;
                                     shown.uuid = enrolment.uuid;
                                     shown.theirs = RowChange::Added;
                                     m_result.warnings.append(
                                         MergePlan::tr("%1 is already signed up for this in your file; their "
                                                       "enrolment is left out: %2")
                                             .arg(m_text.label(shown), m_text.change(shown, true)));
                                     return true;
                                 }),
                  changes.end());
}

void Builder::warnAboutCapacity()
{
    // Enrolled people per activity the merge touches, after it.
    QHash<qint64, int> change;
    auto count = [&change](const std::optional<AnyEntity> &row, int sign) {
        if (row && entityType(*row) == EntityType::Enrolment) {
            const auto &enrolment = std::get<Enrolment>(*row);
            if (enrolment.activityId && enrolment.status == EnrolmentStatus::Enrolled)
                change[enrolment.activityId] += sign;
        }
    };
    for (const Change &row : m_result.changes.changes()) {
        count(row.before, -1);
        count(row.after, 1);
    }
    if (change.isEmpty())
        return;
    QHash<qint64, int> enrolled;
    for (const Enrolment &enrolment : m_document.project().enrolments)
        if (change.contains(enrolment.activityId) && enrolment.status == EnrolmentStatus::Enrolled)
            ++enrolled[enrolment.activityId];
    for (auto it = change.cbegin(); it != change.cend(); ++it) {
        const Activity *activity = m_document.project().activities.find(it.key());
        const int after = enrolled.value(it.key()) + it.value();
        if (activity && it.value() > 0 && activity->capacity > 0 && after > activity->capacity)
            m_result.warnings.append(MergePlan::tr("%1 would have %2 people enrolled for %3 places.")
                                         .arg(activity->title)
                                         .arg(after)
                                         .arg(activity->capacity));
    }
}

void Builder::recordTakenIn()
{
    // Their rows as the next merge's base, with the consultant's values where the copy had
    // neutral labels or emptied text: those were never theirs to change.
    ProjectVersions base = m_theirs;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (auto it = base.rows<T>().begin(); it != base.rows<T>().end(); ++it)
            if (const RowVersion<T> *own = versionIn<T>(m_mine, it.key()))
                *it = ProjectComparison::effectiveTheirs(*it, own, m_comparison.options);
    });
    MergeRecord &record = m_result.takenIn.record;
    record.uuid = QUuid::createUuid();
    record.theirRevisionUuid = m_comparison.theirRevisionUuid;
    record.theirFile = m_comparison.theirFile;
    record.merged = QDateTime::currentDateTimeUtc();
    record.withoutPersonalData = m_comparison.options.theirsWithoutPersonalData;
    record.withoutFreeText = m_comparison.options.theirsWithoutFreeText;
    m_result.takenIn.base = std::make_shared<const std::vector<StoredRow>>(base.toStored());
}

} // namespace

std::vector<Resolution> MergePlan::takeAllWithoutConflict(const CopyComparison &comparison,
                                                          Resolution::Decision conflicts)
{
    std::vector<Resolution> resolutions(comparison.differences.size());
    for (std::size_t i = 0; i < resolutions.size(); ++i) {
        const Difference &difference = comparison.differences[i];
        if (difference.conflict)
            resolutions[i].decision = conflicts;
        else if (difference.isTheirs())
            resolutions[i].decision = Resolution::Decision::Theirs;
    }
    return resolutions;
}

MergePlan::Result MergePlan::build(Document &document, const CopyComparison &comparison,
                                   const std::vector<Resolution> &resolutions)
{
    Result result;
    Builder(document, comparison, result).run(resolutions);
    return result;
}

} // namespace Akademiplan
