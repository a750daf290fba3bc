// SPDX-License-Identifier: MPL-2.0
// A file written by another tool may break the domain's rules (a session that ends before it
// starts, a negative capacity). It must open, say which rows break which rule, let the consultant
// mend them, and never get undo stuck.
#include "catch.h"
#include "editor/projecteditor.h"
#include "exchange/issuetext.h"
#include "testfiles.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct BrokenFile : BrokenRows
{
    QString path;
};

// The example, changed behind the program's back as another tool would, ignoring the CHECKs.
BrokenFile makeBrokenFile(const TempFolder &folder)
{
    BrokenFile broken;
    broken.path = makeProjectFile(folder, QStringLiteral("broken.akademi"), true);
    static_cast<BrokenRows &>(broken) = breakRules(broken.path);
    return broken;
}

QStringList kindsOf(const ValidationIssues &issues)
{
    QStringList kinds;
    for (const ValidationIssue &issue : issues)
        kinds.append(issue.kind);
    kinds.sort();
    return kinds;
}

} // namespace

TEST_CASE("a file that breaks the rules opens and names each broken rule with its row", "[rules]")
{
    TempFolder folder;
    const BrokenFile broken = makeBrokenFile(folder);
    auto document = openDocument(broken.path);
    const ValidationIssues &issues = document->problemsOnRead();
    REQUIRE(kindsOf(issues)
            == QStringList{QStringLiteral("activity-negative-capacity"), QStringLiteral("session-ends-before-start")});
    for (const ValidationIssue &issue : issues) {
        CHECK(issue.severity == ValidationIssue::Severity::Warning);
        CHECK_FALSE(issue.entityUuid.isNull());
        const qint64 expected = issue.entityType == EntityType::Activity ? broken.activityId : broken.sessionId;
        CHECK(issue.entityId == expected);
    }
    const Activity *activity = document->project().activities.find(broken.activityId);
    const ValidationIssue &capacity = issues.at(issues.at(0).entityType == EntityType::Activity ? 0 : 1);
    CHECK(IssueText::describe(document->project(), capacity).startsWith(QStringLiteral("Activity “%1”: ").arg(activity->title)));
}

TEST_CASE("a row that breaks a rule can still be edited, mended, undone and redone", "[rules]")
{
    TempFolder folder;
    const BrokenFile broken = makeBrokenFile(folder);
    auto document = openDocument(broken.path);
    ProjectEditor editor(*document);

    // Another field of the broken row: allowed, with the old problem as a warning.
    Activity renamed = *document->project().activities.find(broken.activityId);
    renamed.title = QStringLiteral("Nyt navn");
    const EditResult rename = editor.update(renamed);
    INFO(rename.error.toStdString());
    REQUIRE(rename.ok);
    CHECK(rename.warnings.join(QString()).contains(QStringLiteral("negative")));

    // A new problem on top is still refused.
    Activity untitled = *document->project().activities.find(broken.activityId);
    untitled.title.clear();
    CHECK_FALSE(editor.update(untitled).ok);

    // Mending the field.
    Activity mended = *document->project().activities.find(broken.activityId);
    mended.capacity = 12;
    REQUIRE(editor.update(mended).ok);
    Session session = *document->project().sessions.find(broken.sessionId);
    session.endTime = QTime(16, 0);
    REQUIRE(editor.update(session).ok);

    // Undo all the way back to the broken rows, and forward again: never refused.
    const int steps = document->undoStack()->count();
    QStringList errors;
    QObject::connect(document.get(), &Document::errorOccurred, [&errors](const QString &message) { errors.append(message); });
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    CHECK(document->project().activities.find(broken.activityId)->capacity == -5);
    CHECK(document->project().sessions.find(broken.sessionId)->endTime == QTime(12, 0));
    while (document->undoStack()->canRedo())
        document->undoStack()->redo();
    CHECK(errors.isEmpty());
    CHECK(document->undoStack()->index() == steps);
    CHECK(document->project().activities.find(broken.activityId)->capacity == 12);

    FileProblem problem;
    REQUIRE(document->save(&problem));
    document.reset();
    CHECK(openDocument(broken.path)->problemsOnRead().isEmpty());
}

TEST_CASE("a change set is checked row by row, each problem naming its change, entity and field", "[rules]")
{
    TempFolder folder;
    auto document = openDocument(makeProjectFile(folder, QStringLiteral("rows.akademi"), true));
    ChangeSet changes;
    Participant good;
    good.id = 900001;
    good.uuid = QUuid::createUuid();
    good.name = QStringLiteral("Anne Jensen");
    Participant nameless = good;
    nameless.id = 900002;
    nameless.uuid = QUuid::createUuid();
    nameless.name.clear();
    Participant badMail = good;
    badMail.id = 900003;
    badMail.uuid = QUuid::createUuid();
    badMail.email = QStringLiteral("anne@");
    changes.insert(good);
    changes.insert(nameless);
    changes.insert(badMail);

    const Project before = document->project();
    const ValidationIssues issues = document->check(changes);
    REQUIRE(issues.size() == 2);
    CHECK(issues.at(0).changeIndex == 1);
    CHECK(issues.at(0).field == QStringLiteral("name"));
    CHECK(issues.at(0).entityUuid == nameless.uuid);
    CHECK(issues.at(1).changeIndex == 2);
    CHECK(issues.at(1).field == QStringLiteral("email"));
    CHECK(issues.at(1).kind == QStringLiteral("participant-invalid-email"));
    CHECK(document->project() == before);
}

TEST_CASE("a session outside its academy's period is a warning when made, not a broken rule in the file", "[rules]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("outside.akademi"), true);
    {
        auto document = openDocument(path);
        ProjectEditor editor(*document);
        Session late = document->project().sessions.items().front();
        late.date = document->project().academyOfActivity(late.activityId)->endDate.addDays(30);
        const EditResult result = editor.update(late);
        REQUIRE(result.ok);
        CHECK(result.warnings.join(QString()).contains(QStringLiteral("outside the academy's period")));
        FileProblem problem;
        REQUIRE(document->save(&problem));
    }
    CHECK(openDocument(path)->problemsOnRead().isEmpty());
}
