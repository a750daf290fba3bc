// SPDX-License-Identifier: MPL-2.0
// A project as it travels to and from a team server can be taken back to the rows a share kept:
// the copy that is shared must be exactly the base its merge is made against, whatever was
// changed, added or removed after the share was recorded.
#include "catch.h"
#include "editor/projecteditor.h"
#include "storage/projectarchive.h"
#include "storage/projectstore.h"
#include "testfiles.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Akademiplan;
using namespace Akademiplan::Test;

namespace {

// The fields as values: the file writes a base's JSON in SQLite's spelling, an archive in ours.
QJsonObject fieldsOf(const StoredRow &row)
{
    return QJsonDocument::fromJson(row.fields.toUtf8()).object();
}

} // namespace

TEST_CASE("an archive taken back to a share holds the project's rows as the share kept them", "[sharing]")
{
    TempFolder folder;
    const QString path = makeProjectFile(folder, QStringLiteral("silkeborg.akademi"), true);
    auto document = openDocument(path);
    const Project shared = document->project();
    FileProblem problem;
    const bool copied = document->shareCopy(folder.path(QStringLiteral("copy.akademi")), ShareOptions(), &problem);
    INFO(problem.message.toStdString());
    REQUIRE(copied);
    const QUuid share = document->project().info.shares.last().uuid;

    // After the share: a title changed, a session removed, a participant added.
    Activity renamed = shared.activities.at(0);
    renamed.title = QStringLiteral("Kick-off, flyttet til rådhuset");
    REQUIRE(ProjectEditor(*document).update(renamed, QStringLiteral("title")).ok);
    const Session removed = shared.sessions.at(0);
    REQUIRE(ProjectEditor(*document).remove(EntityType::Session, removed.id).ok);
    Participant added;
    added.name = QStringLiteral("Mette Frederiksen Holm");
    added.organisationId = shared.organisations.at(0).id;
    REQUIRE(ProjectEditor(*document).addParticipant(added).ok);
    const bool saved = document->save(&problem);
    INFO(problem.message.toStdString());
    REQUIRE(saved);

    ProjectArchive archive;
    QString error;
    {
        ProjectStore store;
        const bool read = store.open(path, true, &error) && store.loadArchive(archive, &error);
        INFO(error.toStdString());
        REQUIRE(read);
    }
    CHECK_FALSE(archive.rollBackToShare(QUuid::createUuid()));
    REQUIRE(archive.rollBackToShare(share));

    // Every row the share kept is there as it kept it, and no other row is.
    const std::vector<StoredRow> &base = archive.shareBases.value(share);
    QHash<QUuid, StoredRow> kept;
    for (const StoredRow &row : base)
        kept.insert(row.uuid, row);
    qsizetype live = 0;
    for (const ArchivedRow &row : archive.rows) {
        if (row.removed)
            continue;
        ++live;
        INFO(row.row.uuid.toString().toStdString());
        REQUIRE(kept.contains(row.row.uuid));
        CHECK(row.row.changeCounter == kept.value(row.row.uuid).changeCounter);
        CHECK(fieldsOf(row.row) == fieldsOf(kept.value(row.row.uuid)));
    }
    CHECK(live == qsizetype(base.size()));

    // Written as a file, it is the project as shared.
    const QString restored = folder.path(QStringLiteral("as-shared.akademi"));
    {
        ProjectStore store;
        const bool written = store.restore(restored, archive, &error);
        INFO(error.toStdString());
        REQUIRE(written);
    }
    const Project back = readProject(restored);
    CHECK(activityTitled(back, shared.activities.at(0).title).uuid == renamed.uuid);
    CHECK(back.sessions.size() == shared.sessions.size());
    CHECK(back.participants.size() == shared.participants.size());
    for (const Participant &participant : back.participants)
        CHECK(participant.name != added.name);
}
