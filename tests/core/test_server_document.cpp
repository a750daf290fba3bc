// SPDX-License-Identifier: MPL-2.0
// Two windows' documents on one project on a real team server: what one changes appears in the
// other within a second, as a change of just those rows; a change made against a row the other
// has changed meanwhile is refused with the name of whoever won and the window shows theirs;
// undo takes back one's own step, and leaves alone a row someone else has changed since.
#include "catch.h"
#include "document/document.h"
#include "editor/projecteditor.h"
#include "storage/projectreader.h"
#include "teamserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

const Activity &activityWithUuid(const Document &document, const QUuid &uuid)
{
    for (const Activity &activity : document.project().activities)
        if (activity.uuid == uuid)
            return activity;
    FAIL("no activity " << uuid.toString().toStdString());
    return document.project().activities.at(0);
}

EditResult renamed(Document &document, const Activity &activity, const QString &title)
{
    Activity changed = activity;
    changed.title = title;
    return ProjectEditor(document).update(changed, QStringLiteral("title"));
}

} // namespace

TEST_CASE("an edit in one window on a server project appears in the other within a second", "[server]")
{
    const TeamServer team;
    std::unique_ptr<Document> anna = openAs(team, QStringLiteral("anna"));
    std::unique_ptr<Document> lene = openAs(team, QStringLiteral("lene"));
    CHECK(anna->keepsEveryChange());
    CHECK_FALSE(anna->isReadOnly());
    CHECK(anna->displayName() == QStringLiteral("Innovation Academy Silkeborg 2027 (team server)"));
    CHECK_FALSE(anna->isModified());
    const Activity activity = anna->project().activities.at(2);

    QSignalSpy changed(lene.get(), &Document::rowsChanged);
    QSignalSpy reset(lene.get(), &Document::rowsReset);
    QElapsedTimer clock;
    clock.start();
    const EditResult result = renamed(*anna, activity, QStringLiteral("Workshop i Medborgerhuset"));
    REQUIRE(result.ok);
    REQUIRE(anna->finishWriting().isEmpty());
    REQUIRE(waitFor([&] { return activityWithUuid(*lene, activity.uuid).title == QStringLiteral("Workshop i Medborgerhuset"); }));
    INFO("reached the other window after " << clock.elapsed() << " ms");
    CHECK(clock.elapsed() < 1000);
    // Just that row changed, in place; nothing was laid out anew.
    REQUIRE(changed.size() >= 1);
    CHECK(changed.last().at(0).value<EntityType>() == EntityType::Activity);
    CHECK(changed.last().at(1).value<QList<qint64>>()
          == QList<qint64>{activityWithUuid(*lene, activity.uuid).id});
    CHECK(reset.isEmpty());
    CHECK_FALSE(lene->isModified());
    // Her own edit does not come back to Anna as someone else's.
    QCoreApplication::processEvents();
    CHECK(anna->undoStack()->count() == 1);

    // A new session of Lene's reaches Anna under Anna's own ids, in the right activity.
    Session session;
    session.activityId = activityWithUuid(*lene, activity.uuid).id;
    session.date = QDate(2027, 10, 5);
    session.startTime = QTime(13, 0);
    session.endTime = QTime(15, 30);
    const qsizetype sessionsBefore = anna->project().sessions.size();
    REQUIRE(ProjectEditor(*lene).addSession(session).ok);
    REQUIRE(lene->finishWriting().isEmpty());
    REQUIRE(waitFor([&] { return anna->project().sessions.size() == sessionsBefore + 1; }));
    const Session &arrived = anna->project().sessions.at(anna->project().sessions.size() - 1);
    CHECK(arrived.activityId == activity.id);
    CHECK(arrived.date == session.date);

    // Anna removes it again: it goes from Lene's window, and her calendar export can still cancel it.
    REQUIRE(ProjectEditor(*anna).remove(EntityType::Session, arrived.id).ok);
    REQUIRE(anna->finishWriting().isEmpty());
    REQUIRE(waitFor([&] { return lene->project().sessions.size() == sessionsBefore; }));
    std::vector<Tombstone> removed;
    QString error;
    REQUIRE(lene->loadTombstones(EntityType::Session, removed, &error));
    REQUIRE(removed.size() == 1);
    CHECK(removed.at(0).row.fields.contains(QStringLiteral("2027-10-05")));
}

TEST_CASE("a change against a row someone else changed meanwhile is refused and says whose change won", "[server]")
{
    const TeamServer team;
    std::unique_ptr<Document> anna = openAs(team, QStringLiteral("anna"));
    std::unique_ptr<Document> lene = openAs(team, QStringLiteral("lene"));
    const Activity activity = anna->project().activities.at(1);

    REQUIRE(renamed(*anna, activity, QStringLiteral("Annas titel")).ok);
    REQUIRE(anna->finishWriting().isEmpty());
    // Lene changes it before her window has heard of Anna's change.
    QSignalSpy errors(lene.get(), &Document::errorOccurred);
    REQUIRE(renamed(*lene, activityWithUuid(*lene, activity.uuid), QStringLiteral("Lenes titel")).ok);
    REQUIRE(waitFor([&] { return !errors.isEmpty(); }));
    const QString message = errors.first().at(0).toString();
    CHECK(message.contains(QStringLiteral("anna changed this activity at")));
    CHECK(message.contains(QStringLiteral("yours was not saved")));
    // Her window shows what the server holds: Anna's title, and nothing of hers to undo.
    CHECK(activityWithUuid(*lene, activity.uuid).title == QStringLiteral("Annas titel"));
    CHECK(lene->undoStack()->count() == 0);
    // And made again against Anna's, her change goes through.
    REQUIRE(renamed(*lene, activityWithUuid(*lene, activity.uuid), QStringLiteral("Lenes titel")).ok);
    REQUIRE(lene->finishWriting().isEmpty());
    REQUIRE(waitFor([&] { return activityWithUuid(*anna, activity.uuid).title == QStringLiteral("Lenes titel"); }));
}

TEST_CASE("undo on a server project takes back one's own step and leaves someone else's change alone", "[server]")
{
    const TeamServer team;
    std::unique_ptr<Document> anna = openAs(team, QStringLiteral("anna"));
    std::unique_ptr<Document> lene = openAs(team, QStringLiteral("lene"));
    const Activity first = anna->project().activities.at(0);
    const Activity second = anna->project().activities.at(3);

    REQUIRE(renamed(*anna, first, QStringLiteral("Første, ændret")).ok);
    REQUIRE(renamed(*anna, second, QStringLiteral("Anden, ændret")).ok);
    REQUIRE(anna->finishWriting().isEmpty());
    REQUIRE(waitFor([&] { return activityWithUuid(*lene, second.uuid).title == QStringLiteral("Anden, ændret"); }));
    // Lene changes the second activity after Anna did.
    REQUIRE(renamed(*lene, activityWithUuid(*lene, second.uuid), QStringLiteral("Lenes anden")).ok);
    REQUIRE(lene->finishWriting().isEmpty());
    REQUIRE(waitFor([&] { return activityWithUuid(*anna, second.uuid).title == QStringLiteral("Lenes anden"); }));

    // Anna's undo of her second step would undo Lene's: it is refused, and the step goes.
    QSignalSpy errors(anna.get(), &Document::errorOccurred);
    REQUIRE(anna->undoStack()->count() == 2);
    anna->undoStack()->undo();
    REQUIRE(waitFor([&] { return !errors.isEmpty(); }));
    CHECK(errors.first().at(0).toString().contains(QStringLiteral("lene has changed this activity since")));
    CHECK(activityWithUuid(*anna, second.uuid).title == QStringLiteral("Lenes anden"));
    CHECK(anna->undoStack()->count() == 1);
    // Her first step is hers alone: its undo goes through, and reaches Lene.
    anna->undoStack()->undo();
    REQUIRE(anna->finishWriting().isEmpty());
    CHECK(activityWithUuid(*anna, first.uuid).title == first.title);
    REQUIRE(waitFor([&] { return activityWithUuid(*lene, first.uuid).title == first.title; }));
    CHECK(activityWithUuid(*lene, second.uuid).title == QStringLiteral("Lenes anden"));
}

TEST_CASE("Save As on a server project writes it as a file with its history, and the window stays on the server",
          "[server]")
{
    const TeamServer team;
    std::unique_ptr<Document> anna = openAs(team, QStringLiteral("anna"));
    const Activity activity = anna->project().activities.at(0);
    REQUIRE(renamed(*anna, activity, QStringLiteral("Med i filen")).ok);
    const QString path = team.folder.path(QStringLiteral("from server.akademi"));
    FileProblem problem;
    INFO(problem.message.toStdString());
    REQUIRE(anna->saveAs(path, &problem));
    CHECK(anna->keepsEveryChange());
    CHECK(anna->filePath().isEmpty());
    ProjectArchive written;
    REQUIRE(ProjectReader::readArchive(path, written).canEdit());
    CHECK(written.info.uuid == team.project);
    CHECK(activityTitled(readProject(path), QStringLiteral("Med i filen")).uuid == activity.uuid);
    // The file keeps the history the project was published with.
    ProjectArchive published;
    REQUIRE(ProjectReader::readArchive(team.folder.path(QStringLiteral("plan.akademi")), published).canEdit());
    CHECK(written.info.history == published.info.history);
    // A folder that is not there is one clear message, and nothing is written.
    CHECK_FALSE(anna->saveAs(team.folder.path(QStringLiteral("missing/plan.akademi")), &problem));
    CHECK(problem.message.contains(QStringLiteral("the folder")));
}

TEST_CASE("a steering group member's window on a server project is read-only", "[server]")
{
    const TeamServer team;
    std::unique_ptr<Document> birgit = openAs(team, QStringLiteral("birgit"));
    CHECK(birgit->isReadOnly());
    CHECK(birgit->readOnlyReason() == QStringLiteral("You may only read this project on the team server."));
    const EditResult refused = renamed(*birgit, birgit->project().activities.at(0), QStringLiteral("Styregruppen"));
    CHECK_FALSE(refused.ok);
}

TEST_CASE("a window that loses the team server says so, keeps the project read-only and connects again",
          "[server]")
{
    const TeamServer team;
    std::unique_ptr<Document> anna = openAs(team, QStringLiteral("anna"));
    std::unique_ptr<Document> lene = openAs(team, QStringLiteral("lene"));
    const Activity activity = anna->project().activities.at(0);
    QSignalSpy errors(anna.get(), &Document::errorOccurred);
    const auto dropAnna = [&team] {
        team.server.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'anna'"));
    };

    // An edit made as the connection drops is reported as not saved, and the window turns read-only.
    dropAnna();
    REQUIRE(renamed(*anna, activity, QStringLiteral("Aldrig gemt")).ok);
    REQUIRE(waitFor([&] { return !errors.isEmpty(); }));
    CHECK(errors.first().at(0).toString().contains(
        QStringLiteral("Your change was not saved: the connection to the team server was lost.")));
    CHECK(anna->isReadOnly());
    CHECK(anna->readOnlyReason().startsWith(QStringLiteral("The connection to the team server is lost.")));
    CHECK_FALSE(renamed(*anna, activity, QStringLiteral("Heller ikke gemt")).ok);
    // The server has none of it.
    CHECK(activityWithUuid(*lene, activity.uuid).title == activity.title);

    // Once the server answers again, the window shows the project as the server has it and edits go through.
    REQUIRE(waitFor([&] { return !anna->isReadOnly(); }, 15000));
    CHECK(activityWithUuid(*anna, activity.uuid).title == activity.title);
    CHECK(anna->undoStack()->count() == 0);
    REQUIRE(renamed(*anna, activityWithUuid(*anna, activity.uuid), QStringLiteral("Gemt efter genforbindelse")).ok);
    REQUIRE(anna->finishWriting().isEmpty());
    REQUIRE(waitFor([&] { return activityWithUuid(*lene, activity.uuid).title == QStringLiteral("Gemt efter genforbindelse"); }));

    // A connection that drops while nobody edits is noticed too.
    dropAnna();
    REQUIRE(waitFor([&] { return anna->isReadOnly(); }, 10000));
    REQUIRE(waitFor([&] { return !anna->isReadOnly(); }, 15000));
    // And the other window still hears of her edits.
    REQUIRE(renamed(*anna, activityWithUuid(*anna, activity.uuid), QStringLiteral("Og igen")).ok);
    REQUIRE(anna->finishWriting().isEmpty());
    REQUIRE(waitFor([&] { return activityWithUuid(*lene, activity.uuid).title == QStringLiteral("Og igen"); }));
}
