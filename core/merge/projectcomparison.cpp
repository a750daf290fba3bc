// SPDX-License-Identifier: MPL-2.0
#include "projectcomparison.h"

#include <QSet>

#include <algorithm>

namespace Akademiplan {

namespace {

template <typename T>
QList<FieldDifference> fieldDifferences(const RowVersion<T> *base, const RowVersion<T> &mine,
                                        const RowVersion<T> &theirs)
{
    QList<FieldDifference> differences;
    const qsizetype count = qsizetype(descriptionOf<T>().fields.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (ProjectVersions::same(mine, theirs, i))
            continue; // the same on both sides, changed or not
        FieldDifference difference;
        difference.field = descriptionOf<T>().fields[std::size_t(i)].name;
        difference.mine = ProjectVersions::value(mine, i);
        difference.theirs = ProjectVersions::value(theirs, i);
        if (base) {
            difference.base = ProjectVersions::value(*base, i);
            difference.mineChanged = !ProjectVersions::same(*base, mine, i);
            difference.theirsChanged = !ProjectVersions::same(*base, theirs, i);
        } else {
            difference.mineChanged = difference.theirsChanged = true;
        }
        difference.conflict = difference.mineChanged && difference.theirsChanged;
        differences.append(difference);
    }
    return differences;
}

template <typename T>
bool changedSince(const RowVersion<T> &base, const RowVersion<T> &version)
{
    const qsizetype count = qsizetype(descriptionOf<T>().fields.size());
    for (qsizetype i = 0; i < count; ++i)
        if (!ProjectVersions::same(base, version, i))
            return true;
    return false;
}

template <typename T>
void compareType(const ProjectVersions &mineVersions, const ProjectVersions &theirsVersions,
                 const ProjectVersions *baseVersions, const ProjectComparison::Options &options,
                 std::vector<Difference> &differences)
{
    const auto &mine = mineVersions.rows<T>();
    const auto &theirs = theirsVersions.rows<T>();
    const ProjectVersions::Rows<T> empty;
    const auto &base = baseVersions ? baseVersions->rows<T>() : empty;

    // Every UUID of the three versions, in a stable order so that the same files always list their
    // differences alike.
    QList<QUuid> uuids;
    uuids.reserve(mine.size() + theirs.size());
    QSet<QUuid> seen;
    for (const auto *rows : {&base, &mine, &theirs})
        for (auto it = rows->cbegin(); it != rows->cend(); ++it)
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                uuids.append(it.key());
            }
    std::sort(uuids.begin(), uuids.end());

    for (const QUuid &uuid : std::as_const(uuids)) {
        const auto b = base.constFind(uuid);
        const auto m = mine.constFind(uuid);
        const auto t = theirs.constFind(uuid);
        const RowVersion<T> *baseRow = b != base.cend() ? &*b : nullptr;
        const RowVersion<T> *mineRow = m != mine.cend() ? &*m : nullptr;
        std::optional<RowVersion<T>> theirsRow;
        if (t != theirs.cend())
            theirsRow = ProjectComparison::effectiveTheirs(*t, baseVersions ? baseRow : mineRow, options);

        Difference difference;
        difference.type = entityTypeOf<T>();
        difference.uuid = uuid;
        if (!baseVersions) {
            // Without a base nothing says who changed what: each side's version is a choice.
            if (mineRow && theirsRow) {
                difference.fields = fieldDifferences<T>(nullptr, *mineRow, *theirsRow);
                if (difference.fields.isEmpty())
                    continue;
                difference.mine = difference.theirs = RowChange::Changed;
            } else {
                difference.mine = mineRow ? RowChange::Added : RowChange::None;
                difference.theirs = theirsRow ? RowChange::Added : RowChange::None;
            }
            difference.conflict = true;
            difference.hasBase = false;
            differences.push_back(std::move(difference));
            continue;
        }

        auto changeOf = [baseRow](const RowVersion<T> *version) {
            if (!baseRow)
                return version ? RowChange::Added : RowChange::None;
            if (!version)
                return RowChange::Removed;
            return changedSince(*baseRow, *version) ? RowChange::Changed : RowChange::None;
        };
        difference.mine = changeOf(mineRow);
        difference.theirs = changeOf(theirsRow ? &*theirsRow : nullptr);
        if (difference.mine == RowChange::None && difference.theirs == RowChange::None)
            continue;
        if (difference.mine == RowChange::Removed && difference.theirs == RowChange::Removed)
            continue;
        if (mineRow && theirsRow) {
            // Changed on one or both sides, or added on both (a row that came by another way).
            difference.fields = fieldDifferences<T>(baseRow, *mineRow, *theirsRow);
            if (difference.fields.isEmpty())
                continue; // both made the same change
            difference.conflict = std::any_of(difference.fields.cbegin(), difference.fields.cend(),
                                              [](const FieldDifference &field) { return field.conflict; });
        } else {
            // Removed on one side: a conflict when the other side changed it meanwhile.
            difference.conflict = (difference.mine == RowChange::Removed && difference.theirs == RowChange::Changed)
                                  || (difference.theirs == RowChange::Removed && difference.mine == RowChange::Changed);
            if (difference.conflict)
                difference.fields =
                    fieldDifferences<T>(baseRow, mineRow ? *mineRow : *baseRow, theirsRow ? *theirsRow : *baseRow);
        }
        differences.push_back(std::move(difference));
    }
}

// Adds the rows a row depends on (its activity, that one's track, ...) to `ancestors`: what
// removing one of them would take with it.
template <typename T>
void addAncestors(const ProjectVersions &versions, const QUuid &uuid, QSet<QUuid> &ancestors)
{
    const auto found = versions.rows<T>().constFind(uuid);
    if (found == versions.rows<T>().cend())
        return;
    qsizetype position = 0;
    for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
        if (!field.isReference())
            continue;
        const QUuid parent = found->references.value(position++);
        if (field.reference.onParentRemoval != ParentRemoval::Cascade || parent.isNull() || ancestors.contains(parent))
            continue;
        ancestors.insert(parent);
        forEachEntityType([&](auto entity) {
            using P = decltype(entity);
            if (entityTypeOf<P>() == field.reference.parent)
                addAncestors<P>(versions, parent, ancestors);
        });
    }
}

// A removal on one side that would take rows the other side has added or changed since with it
// (sessions added to an activity the other deleted) is a conflict, not a removal to take as it is.
// Both ways round: a session the municipality added under an activity the consultant removed
// could otherwise be neither kept (its activity is gone) nor left out (it is not a conflict).
void markRemovalsOfChangedRows(const ProjectVersions &mine, const ProjectVersions &theirs,
                               std::vector<Difference> &differences)
{
    auto changed = [](RowChange change) { return change == RowChange::Added || change == RowChange::Changed; };
    QSet<QUuid> mineAncestors;
    QSet<QUuid> theirAncestors;
    for (const Difference &difference : differences) {
        if (changed(difference.mine))
            mineAncestors.unite(ProjectComparison::cascadeAncestors(mine, difference.type, difference.uuid));
        if (changed(difference.theirs))
            theirAncestors.unite(ProjectComparison::cascadeAncestors(theirs, difference.type, difference.uuid));
    }
    for (Difference &difference : differences)
        if ((difference.theirs == RowChange::Removed && mineAncestors.contains(difference.uuid))
            || (difference.mine == RowChange::Removed && theirAncestors.contains(difference.uuid)))
            difference.conflict = true;
}

} // namespace

std::vector<Difference> ProjectComparison::compare(const ProjectVersions &mine, const ProjectVersions &theirs,
                                                   const ProjectVersions *base, const Options &options)
{
    std::vector<Difference> differences;
    forEachEntityType([&](auto entity) {
        compareType<decltype(entity)>(mine, theirs, base, options, differences);
    });
    if (base)
        markRemovalsOfChangedRows(mine, theirs, differences);
    return differences;
}

QSet<QUuid> ProjectComparison::cascadeAncestors(const ProjectVersions &versions, EntityType type, const QUuid &uuid)
{
    QSet<QUuid> ancestors;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (entityTypeOf<T>() == type)
            addAncestors<T>(versions, uuid, ancestors);
    });
    return ancestors;
}

} // namespace Akademiplan
