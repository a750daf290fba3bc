// SPDX-License-Identifier: MPL-2.0
// What the run sheets and invitations need in the project file (schema version 10): a session's
// timed agenda, an activity's materials and its own invitation letter. They come back as entered,
// go with their session (and come back with undo), follow the rules, leave tombstones, and the
// free text that names people stays out of a copy shared without it.
#include "catch.h"
#include "domain/validator.h"
#include "editor/projecteditor.h"
#include "storage/sharedcopy.h"
#include "testfiles.h"

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

struct AgendaFile
{
    TempFolder folder;
    QString path;
    std::unique_ptr<Document> document;
    std::unique_ptr<ProjectEditor> editor;
    const Session *session = nullptr;
    int itemsBefore = 0;

    AgendaFile()
        : path(makeProjectFile(folder, QStringLiteral("agenda.akademi"), true))
    {
        document = openDocument(path);
        editor = std::make_unique<ProjectEditor>(*document);
        // A session without an agenda of its own, so that the items added here are its only ones.
        for (const Session &candidate : document->project().sessions) {
            const bool hasAgenda = std::any_of(project().agendaItems.begin(), project().agendaItems.end(),
                                               [&](const AgendaItem &item) { return item.sessionId == candidate.id; });
            if (!hasAgenda) {
                session = &candidate;
                break;
            }
        }
        REQUIRE(session != nullptr);
        itemsBefore = int(project().agendaItems.size());
    }

    const Project &project() const { return document->project(); }

    AgendaItem item(qint64 id, QTime start, const QString &what) const
    {
        AgendaItem row;
        row.id = id;
        row.sessionId = session->id;
        row.startTime = start;
        row.what = what;
        row.why = QStringLiteral("Fordi");
        row.how = QStringLiteral("Sådan");
        row.who = QStringLiteral("Åse Ørum");
        row.planB = QStringLiteral("Ellers");
        return row;
    }

    QList<const AgendaItem *> agendaOfSession() const
    {
        QList<const AgendaItem *> items;
        for (const AgendaItem &row : project().agendaItems)
            if (row.sessionId == session->id)
                items.append(&row);
        return items;
    }
};

} // namespace

TEST_CASE("a session's agenda and an activity's materials and invitation come back as entered", "[agenda][file]")
{
    AgendaFile file;
    const QTime start = file.session->startTime;
    REQUIRE(file.editor
                ->insertAll(QStringLiteral("Agenda"),
                            {file.item(-1, start, QStringLiteral("Velkomst")),
                             file.item(-2, start.addSecs(30 * 60), QStringLiteral("Oplæg om »nye« idéer & metoder"))})
                .ok);
    Activity activity = *file.project().activities.find(file.session->activityId);
    activity.materials = QStringLiteral("Navneskilte\nPost-its i tre farver");
    activity.invitation = QStringLiteral("Kære deltager\n\nDu inviteres til {activity}.");
    REQUIRE(file.editor->update(activity).ok);
    FileProblem problem;
    REQUIRE(file.document->save(&problem));

    const Project reopened = readProject(file.path);
    CHECK(reopened.agendaItems.items() == file.project().agendaItems.items());
    CHECK(reopened.activities.find(activity.id)->materials == activity.materials);
    CHECK(reopened.activities.find(activity.id)->invitation == activity.invitation);
    CHECK(queryFile(file.path, QStringLiteral("SELECT start_time FROM agenda_item WHERE what = 'Velkomst'"))
          == QVariantList{start.toString(QStringLiteral("HH:mm"))});
}

TEST_CASE("removing a session or its activity takes its agenda along and undo brings it back", "[agenda][file]")
{
    AgendaFile file;
    const QTime start = file.session->startTime;
    REQUIRE(file.editor
                ->insertAll(QStringLiteral("Agenda"), {file.item(-1, start, QStringLiteral("Velkomst")),
                                                       file.item(-2, start.addSecs(3600), QStringLiteral("Pause"))})
                .ok);
    const qint64 sessionId = file.session->id;
    const qint64 activityId = file.session->activityId;
    QStringList uuids;
    for (const AgendaItem *item : file.agendaOfSession())
        uuids.append(QStringLiteral("'%1'").arg(item->uuid.toString(QUuid::WithoutBraces)));
    REQUIRE(uuids.size() == 2);

    REQUIRE(file.editor->remove(EntityType::Session, sessionId).ok);
    CHECK(int(file.project().agendaItems.size()) == file.itemsBefore);
    file.document->undoStack()->undo();
    file.session = file.project().sessions.find(sessionId);
    CHECK(file.agendaOfSession().size() == 2);

    REQUIRE(file.editor->remove(EntityType::Activity, activityId).ok);
    CHECK(file.project().sessions.find(sessionId) == nullptr);
    FileProblem problem;
    REQUIRE(file.document->save(&problem));
    CHECK(queryFile(file.path, QStringLiteral("SELECT COUNT(*) FROM tombstone WHERE entity_type = 'agenda_item' "
                                              "AND uuid IN (%1)")
                                   .arg(uuids.join(QLatin1Char(','))))
          == QVariantList{2});
}

TEST_CASE("an agenda item needs its time and one outside its session is warned about", "[agenda]")
{
    AgendaFile file;
    AgendaItem timeless = file.item(-1, QTime(), QStringLiteral("Velkomst"));
    const EditResult refused = file.editor->insertAll(QStringLiteral("Agenda"), {timeless});
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("time")));
    CHECK(int(file.project().agendaItems.size()) == file.itemsBefore);

    // Half past midnight is before any session of the example: accepted, with a warning that
    // names the session's time.
    const EditResult early =
        file.editor->insertAll(QStringLiteral("Agenda"), {file.item(-1, QTime(0, 30), QStringLiteral("Tidligt"))});
    REQUIRE(early.ok);
    REQUIRE(early.warnings.size() == 1);
    CHECK(early.warnings.front().contains(QStringLiteral("outside its session")));
}

TEST_CASE("a copy shared without free text leaves out who leads each point and the signed invitation",
          "[agenda][sharing]")
{
    AgendaFile file;
    REQUIRE(file.editor
                ->insertAll(QStringLiteral("Agenda"), {file.item(-1, file.session->startTime, QStringLiteral("Velkomst"))})
                .ok);
    Activity activity = *file.project().activities.find(file.session->activityId);
    activity.materials = QStringLiteral("Navneskilte");
    activity.invitation = QStringLiteral("Venlig hilsen\nÅse Ørum");
    REQUIRE(file.editor->update(activity).ok);

    ShareOptions options;
    options.withoutFreeText = true;
    const QString copyPath = file.folder.path(QStringLiteral("copy.akademi"));
    // A copy is made from the saved file.
    FileProblem problem;
    REQUIRE(file.document->save(&problem));
    INFO(problem.message.toStdString());
    REQUIRE(file.document->shareCopy(copyPath, options, &problem));
    const Project copy = readProject(copyPath);
    REQUIRE(copy.agendaItems.size() == file.project().agendaItems.size());
    for (const AgendaItem &item : copy.agendaItems) {
        CHECK(item.who.isEmpty());
        CHECK_FALSE(item.what.isEmpty());
    }
    CHECK(copy.activities.find(activity.id)->invitation.isEmpty());
    CHECK(copy.activities.find(activity.id)->materials == QStringLiteral("Navneskilte"));
}
