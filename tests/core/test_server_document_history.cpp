// SPDX-License-Identifier: MPL-2.0
// The change log, shares and merges of a project on a real team server work as a file's: saving
// records a revision that the others see, numbered after theirs; closing a window records what
// it changed; a copy shared from a server window comes back and merges three-way into it, and the
// merge is recorded, so that the same copy has nothing new the next time.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "merge/mergeplan.h"
#include "merge/returnedcopycomparer.h"
#include "teamserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const Activity *activityWithUuid(const Document &document, const QUuid &uuid)
{
    for (const Activity &activity : document.project().activities)
        if (activity.uuid == uuid)
            return &activity;
    return nullptr;
}

void rename(Document &document, const QUuid &activity, const QString &title)
{
    const Activity *current = activityWithUuid(document, activity);
    REQUIRE(current);
    Activity changed = *current;
    changed.title = title;
    const EditResult result = ProjectEditor(document).update(changed, QStringLiteral("title"));
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    REQUIRE(document.finishWriting().isEmpty());
}

void save(Document &document)
{
    FileProblem problem;
    const bool saved = document.save(&problem);
    INFO(problem.message.toStdString());
    REQUIRE(saved);
}

int changedActivities(const RevisionRecord &revision)
{
    return revision.summary.value(QStringLiteral("changed")).toObject().value(QStringLiteral("activity")).toInt();
}

} // namespace

TEST_CASE("saving a project on a team server records a revision that the others see, numbered after theirs",
          "[server]")
{
    const TeamServer team;
    std::unique_ptr<Document> anna = openAs(team, QStringLiteral("anna"));
    std::unique_ptr<Document> lene = openAs(team, QStringLiteral("lene"));
    const ProjectInfo published = anna->project().info;

    // Nothing changed: there is nothing to record.
    save(*anna);
    CHECK(anna->project().info.revision == published.revision);
    CHECK(anna->project().info.history.size() == published.history.size());

    rename(*anna, anna->project().activities.at(1).uuid, QStringLiteral("Kick-off i byrådssalen"));
    save(*anna);
    const RevisionRecord annas = anna->project().info.history.last();
    CHECK(annas.number == published.revision + 1);
    CHECK(annas.parentUuid == published.revisionUuid);
    CHECK(annas.author == QStringLiteral("anna"));
    CHECK(changedActivities(annas) == 1);
    CHECK(anna->project().info.revisionUuid == annas.uuid);
    CHECK_FALSE(anna->isModified());

    // Lene has not seen Anna's revision; hers is numbered after it all the same.
    rename(*lene, lene->project().activities.at(2).uuid, QStringLiteral("Masterclass om borgerinddragelse"));
    save(*lene);
    const RevisionRecord lenes = lene->project().info.history.last();
    CHECK(lenes.number == annas.number + 1);
    CHECK(lenes.parentUuid == annas.uuid);
    CHECK(lenes.author == QStringLiteral("lene"));

    // The steering group sees both in the change log, and cannot add to it.
    std::unique_ptr<Document> birgit = openAs(team, QStringLiteral("birgit"));
    const QList<RevisionRecord> &history = birgit->project().info.history;
    REQUIRE(history.size() == published.history.size() + 2);
    CHECK(history.at(history.size() - 2) == annas);
    CHECK(history.last() == lenes);
    CHECK(birgit->project().info.revisionUuid == lenes.uuid);
    FileProblem problem;
    CHECK_FALSE(birgit->save(&problem));
    CHECK(problem.message == birgit->readOnlyReason());
}

TEST_CASE("closing a window on a team server records what it changed in the change log", "[server]")
{
    const TeamServer team;
    std::unique_ptr<Document> anna = openAs(team, QStringLiteral("anna"));
    const qsizetype before = anna->project().info.history.size();
    rename(*anna, anna->project().activities.at(3).uuid, QStringLiteral("Brown bag: data i praksis"));
    rename(*anna, anna->project().activities.at(4).uuid, QStringLiteral("Workshop: prototyper"));
    anna.reset();

    std::unique_ptr<Document> lene = openAs(team, QStringLiteral("lene"));
    REQUIRE(lene->project().info.history.size() == before + 1);
    CHECK(lene->project().info.history.last().author == QStringLiteral("anna"));
    CHECK(changedActivities(lene->project().info.history.last()) == 2);

    // A window that changed nothing adds nothing.
    lene.reset();
    CHECK(openAs(team, QStringLiteral("lene"))->project().info.history.size() == before + 1);
}

TEST_CASE("a copy shared from a window on a team server comes back and merges three-way into it", "[server]")
{
    const TeamServer team;
    std::unique_ptr<Document> anna = openAs(team, QStringLiteral("anna"));
    std::unique_ptr<Document> lene = openAs(team, QStringLiteral("lene"));
    const qsizetype sharesBefore = anna->project().info.shares.size();
    const qsizetype mergesBefore = anna->project().info.merges.size();
    const QUuid theirActivity = anna->project().activities.at(1).uuid;
    const QUuid leneActivity = anna->project().activities.at(2).uuid;

    const QString copy = team.folder.path(QStringLiteral("silkeborg-retur.akademi"));
    ShareOptions options;
    options.recipient = QStringLiteral("Silkeborg Kommune");
    FileProblem problem;
    const bool shared = anna->shareCopy(copy, options, &problem);
    INFO(problem.message.toStdString());
    REQUIRE(shared);
    REQUIRE(anna->project().info.shares.size() == sharesBefore + 1);
    const ShareRecord share = anna->project().info.shares.last();
    CHECK(share.recipient == QStringLiteral("Silkeborg Kommune"));
    // The copy names the revision it was made from, and leaves out the names.
    {
        std::unique_ptr<Document> theirs = Document::open(copy, {}, &problem);
        INFO(problem.message.toStdString());
        REQUIRE(theirs);
        const ShareRecord *record = theirs->project().info.sharedCopy();
        REQUIRE(record);
        CHECK(record->uuid == share.uuid);
        CHECK(record->revisionUuid == share.revisionUuid);
        CHECK(record->withoutPersonalData);
        // The municipality changes a title and saves its copy.
        rename(*theirs, theirActivity, QStringLiteral("Kick-off med borgmesteren"));
        save(*theirs);
    }
    // Meanwhile Lene changes another activity on the server: that is the consultants' own change,
    // not theirs.
    rename(*lene, leneActivity, QStringLiteral("Seminar om velfærdsteknologi"));
    REQUIRE(waitFor([&] {
        return activityWithUuid(*anna, leneActivity)->title == QStringLiteral("Seminar om velfærdsteknologi");
    }));

    CopyComparison comparison;
    const bool compared = ReturnedCopyComparer::compare(*anna, copy, comparison, &problem);
    INFO(problem.message.toStdString());
    REQUIRE(compared);
    CHECK(comparison.mode == CopyComparison::Mode::ThreeWay);
    CHECK(comparison.theirChangeCount() == 1);
    CHECK(comparison.conflictCount() == 0);
    const MergePlan::Result plan = MergePlan::build(
        *anna, comparison, MergePlan::takeAllWithoutConflict(comparison, Resolution::Decision::Undecided));
    REQUIRE(plan.problems.isEmpty());
    CHECK(plan.taken == 1);
    REQUIRE(ProjectEditor(*anna).merge(QStringLiteral("Merge"), plan.changes, plan.takenIn).ok);
    REQUIRE(anna->finishWriting().isEmpty());
    // The municipality's change reaches Lene's window as any change does.
    CHECK(waitFor([&] {
        return activityWithUuid(*lene, theirActivity)->title == QStringLiteral("Kick-off med borgmesteren");
    }));
    CHECK(activityWithUuid(*anna, leneActivity)->title == QStringLiteral("Seminar om velfærdsteknologi"));

    // Closing records the merge; the same copy then has nothing new for anyone.
    anna.reset();
    std::unique_ptr<Document> again = openAs(team, QStringLiteral("lene"));
    REQUIRE(again->project().info.merges.size() == mergesBefore + 1);
    CHECK(again->project().info.merges.last().theirRevisionUuid == comparison.theirRevisionUuid);
    CopyComparison second;
    const bool comparedAgain = ReturnedCopyComparer::compare(*again, copy, second, &problem);
    INFO(problem.message.toStdString());
    REQUIRE(comparedAgain);
    CHECK(second.mode == CopyComparison::Mode::ThreeWay);
    CHECK(second.theirChangeCount() == 0);
    CHECK(second.conflictCount() == 0);
}
