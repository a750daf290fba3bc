// SPDX-License-Identifier: MPL-2.0
#include "returnedcopycomparer.h"

#include "document/document.h"
#include "domain/entitydescription.h"
#include "i18n/displaytext.h"
#include "storage/migrations.h"
#include "storage/projectreader.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace Akademiplan {

namespace {

// The revisions a file descends from: its own and every parent back to the first save.
QSet<QUuid> ancestryOf(const ProjectInfo &info)
{
    QHash<QUuid, QUuid> parents;
    for (const RevisionRecord &revision : info.history)
        parents.insert(revision.uuid, revision.parentUuid);
    QSet<QUuid> ancestry;
    for (QUuid revision = info.revisionUuid; !revision.isNull() && !ancestry.contains(revision);
         revision = parents.value(revision))
        ancestry.insert(revision);
    return ancestry;
}

QString dateText(const QDateTime &time)
{
    return DisplayText::dayMonthYear(time.toLocalTime().date());
}

} // namespace

bool ReturnedCopyComparer::compare(Document &document, const QString &theirPath, CopyComparison &comparison,
                                   FileProblem *problem)
{
    const QFileInfo file(theirPath);
    comparison = CopyComparison();
    comparison.theirFile = file.fileName();
    if (!document.filePath().isEmpty() && file.exists()
        && file.canonicalFilePath() == QFileInfo(document.filePath()).canonicalFilePath()) {
        *problem = {FileProblem::Kind::AlreadyExists,
                    tr("%1 is the project file you have open; choose the copy that came back.").arg(file.fileName())};
        return false;
    }
    const ProjectInspector::Result read = ProjectReader::read(theirPath, comparison.theirs);
    if (read.schemaVersion == 0 || read.schemaVersion > Migrations::latestVersion()) {
        *problem = read.problem;
        return false;
    }
    const ProjectInfo &mine = document.project().info;
    const ProjectInfo &theirs = comparison.theirs.info;
    if (theirs.uuid != mine.uuid) {
        *problem = {FileProblem::Kind::ForeignSchema,
                    tr("%1 is another project (of %2), not a copy of this one: only copies of the same project can "
                       "be compared.")
                        .arg(file.fileName(), theirs.municipalityName)};
        return false;
    }

    // The latest revision both files hold: the share the copy was made by, or a version of the
    // copy taken in since.
    const ShareRecord *sharedCopy = theirs.sharedCopy();
    comparison.options.theirsWithoutPersonalData = sharedCopy && sharedCopy->withoutPersonalData;
    comparison.options.theirsWithoutFreeText = sharedCopy && sharedCopy->withoutFreeText;
    const ShareRecord *share = nullptr;
    for (const ShareRecord &candidate : mine.shares)
        if (sharedCopy && candidate.uuid == sharedCopy->uuid && candidate.revisionUuid == sharedCopy->revisionUuid)
            share = &candidate;
    const QSet<QUuid> ancestry = ancestryOf(theirs);
    const MergeRecord *merge = nullptr;
    for (const MergeRecord &candidate : mine.merges)
        if (ancestry.contains(candidate.theirRevisionUuid) && (!merge || candidate.merged > merge->merged))
            merge = &candidate;
    // A merge not saved yet is the newest of all; its rows are still in memory.
    const TakenInCopy *unsaved = nullptr;
    for (const TakenInCopy &candidate : document.takenIn())
        if (ancestry.contains(candidate.record.theirRevisionUuid))
            unsaved = &candidate;
    if (unsaved)
        merge = &unsaved->record;
    if (merge && share && share->shared > merge->merged)
        merge = nullptr;

    std::vector<StoredRow> stored;
    QString error;
    comparison.theirRevisionUuid = theirs.revisionUuid;
    if (merge) {
        comparison.mode = CopyComparison::Mode::ThreeWay;
        comparison.options.theirsWithoutPersonalData = merge->withoutPersonalData;
        comparison.options.theirsWithoutFreeText = merge->withoutFreeText;
        comparison.baseDescription = tr("Compared with %1 as you took it in on %2, so there is a conflict only where "
                                        "both sides changed the same thing, and what you left out then is not "
                                        "offered again.")
                                         .arg(merge->theirFile.isEmpty() ? file.fileName() : merge->theirFile,
                                              dateText(merge->merged));
    } else if (share) {
        comparison.mode = CopyComparison::Mode::ThreeWay;
        comparison.baseDescription =
            share->recipient.isEmpty()
                ? tr("Compared with the copy you shared on %1, so there is a conflict only where both sides changed "
                     "the same thing.")
                      .arg(dateText(share->shared))
                : tr("Compared with the copy you shared with %1 on %2, so there is a conflict only where both sides "
                     "changed the same thing.")
                      .arg(share->recipient, dateText(share->shared));
    } else {
        comparison.mode = CopyComparison::Mode::TwoWay;
        comparison.baseDescription =
            sharedCopy ? tr("%1 was shared from another copy of this project, not from this file, so the two have no "
                            "saved version in common. Where they differ, nothing tells who changed what: choose for "
                            "each difference which to keep.")
                             .arg(file.fileName())
                       : tr("%1 was not made with Share a Copy from this file (it may be a plain copy of it), so the "
                            "two have no saved version in common. Where they differ, nothing tells who changed what: "
                            "choose for each difference which to keep.")
                             .arg(file.fileName());
    }
    ProjectVersions base;
    bool baseRead = true;
    if (comparison.mode == CopyComparison::Mode::ThreeWay) {
        if (unsaved && merge == &unsaved->record)
            stored = *unsaved->base;
        else
            baseRead = document.loadBase(merge ? HistoryTables::Base::Merge : HistoryTables::Base::Share,
                                         merge ? merge->uuid : share->uuid, stored, &error);
        baseRead = baseRead && ProjectVersions::fromStored(stored, base, &error);
    }
    if (!baseRead) {
        *problem = {FileProblem::Kind::Damaged, tr("The record of what was shared cannot be read: %1").arg(error)};
        return false;
    }
    // Only the people the copy was shared with stand under neutral labels in it. Against a merge
    // the base also holds the people the recipient added, as they typed them, and without this
    // their later corrections of those people would pass for neutral labels and be dropped.
    if (comparison.options.theirsWithoutPersonalData && share) {
        std::vector<StoredRow> shared;
        if (merge && !document.loadBase(HistoryTables::Base::Share, share->uuid, shared, &error)) {
            *problem = {FileProblem::Kind::Damaged, tr("The record of what was shared cannot be read: %1").arg(error)};
            return false;
        }
        QSet<QUuid> labelled;
        for (const StoredRow &row : merge ? shared : stored)
            if (holdsPersonalData(row.type))
                labelled.insert(row.uuid);
        comparison.options.labelledPeople = std::move(labelled);
    }
    auto mineVersions = std::make_shared<ProjectVersions>(ProjectVersions::of(document.project()));
    auto theirVersions = std::make_shared<ProjectVersions>(ProjectVersions::of(comparison.theirs));
    comparison.differences =
        ProjectComparison::compare(*mineVersions, *theirVersions,
                                   comparison.mode == CopyComparison::Mode::ThreeWay ? &base : nullptr, comparison.options);
    comparison.mineVersions = std::move(mineVersions);
    comparison.theirVersions = std::move(theirVersions);
    return true;
}

} // namespace Akademiplan
