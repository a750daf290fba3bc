// SPDX-License-Identifier: MPL-2.0
#include "serverprojects.h"

#include "domain/entitydescription.h"
#include "serverhistory.h"
#include "serverschema.h"
#include "serversql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Akademiplan {

namespace {

// PostgreSQL's SQLSTATE codes for what is a refusal rather than a failure.
const QLatin1String uniqueViolation("23505");
const QLatin1String insufficientPrivilege("42501");

// The project's name as the server lists it: its academy's, as the window's title shows it.
QString projectName(const ProjectArchive &archive)
{
    for (const ArchivedRow &row : archive.rows)
        if (row.row.type == EntityType::Academy && !row.removed)
            return QJsonDocument::fromJson(row.row.fields.toUtf8()).object().value(QLatin1String("name")).toString();
    return {};
}

} // namespace

bool ServerProjects::checkSchema(QSqlDatabase &database, QString *error)
{
    const int version = ServerSchema::versionOf(database, error);
    if (version < 0)
        return false;
    if (version > ServerSchema::latestVersion()) {
        *error = tr("The server holds Akademiplan's schema version %1, newer than this program's %2. Use a newer "
                    "Akademiplan.")
                     .arg(version)
                     .arg(ServerSchema::latestVersion());
        return false;
    }
    if (version < ServerSchema::latestVersion()) {
        *error = version == 0 ? tr("The server has no Akademiplan schema. Its administrator sets it up with "
                                   "akademiplan --init-server.")
                              : tr("The server holds Akademiplan's schema version %1, older than this program's %2. "
                                   "Its administrator brings it up to date with akademiplan --init-server.")
                                    .arg(version)
                                    .arg(ServerSchema::latestVersion());
        return false;
    }
    return true;
}

bool ServerProjects::list(QSqlDatabase &database, QList<ServerProjectEntry> &projects, QString *error)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT uuid, municipality_code, municipality_name, name, published, "
                                   "published_by, akademiplan_assigned(uuid, municipality_code, true) "
                                   "FROM project ORDER BY municipality_name, name, published"))) {
        *error = ServerSql::message(query.lastError());
        return false;
    }
    projects.clear();
    while (query.next())
        projects.append({QUuid::fromString(query.value(0).toString()), query.value(1).toInt(),
                         query.value(2).toString(), query.value(3).toString(), query.value(4).toDateTime(),
                         query.value(5).toString(), query.value(6).toBool()});
    return true;
}

ServerProjects::Outcome ServerProjects::publish(QSqlDatabase &database, const ProjectArchive &archive, QString *error)
{
    if (!checkSchema(database, error))
        return Outcome::Failed;
    if (!database.transaction()) {
        *error = ServerSql::message(database.lastError());
        return Outcome::Failed;
    }
    auto rollback = qScopeGuard([&database] { database.rollback(); });
    const ProjectInfo &info = archive.info;
    QSqlQuery project(database);
    project.prepare(QStringLiteral("INSERT INTO project (uuid, municipality_code, municipality_name, name, created, "
                                   "revision, based_on_revision, revision_uuid, based_on_revision_uuid) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    project.addBindValue(ServerSql::uuidText(info.uuid));
    project.addBindValue(info.municipalityCode);
    project.addBindValue(info.municipalityName);
    project.addBindValue(projectName(archive));
    project.addBindValue(timestampText(info.created));
    project.addBindValue(info.revision);
    project.addBindValue(info.basedOnRevision);
    project.addBindValue(ServerSql::uuidOrNull(info.revisionUuid));
    project.addBindValue(ServerSql::uuidOrNull(info.basedOnRevisionUuid));
    if (!project.exec()) {
        const QString code = project.lastError().nativeErrorCode();
        if (code == uniqueViolation) {
            *error = tr("The project %1 is on the server already. Open it there, or fetch it as a file.")
                         .arg(ServerSql::uuidText(info.uuid));
            return Outcome::Refused;
        }
        if (code == insufficientPrivilege) {
            *error = tr("You may not publish projects of %1 (municipality code %2) on this server. Its administrator "
                        "assigns consultants to municipalities.")
                         .arg(info.municipalityName)
                         .arg(info.municipalityCode);
            return Outcome::Refused;
        }
        *error = ServerSql::message(project.lastError());
        return Outcome::Failed;
    }

    QStringList rows;
    rows.reserve(qsizetype(archive.rows.size()));
    for (const ArchivedRow &row : archive.rows)
        rows.append(QStringLiteral("{\"t\":\"%1\",\"u\":\"%2\",\"c\":%3,\"m\":\"%4\",\"r\":%5,\"f\":%6}")
                        .arg(tableName(row.row.type), ServerSql::uuidText(row.row.uuid))
                        .arg(row.row.changeCounter)
                        .arg(timestampText(row.modified), row.removed ? QStringLiteral("true") : QStringLiteral("false"),
                             row.row.fields.isEmpty() ? QStringLiteral("null") : row.row.fields));
    bool ok = ServerSql::insertInBatches(
        database,
        QStringLiteral("INSERT INTO entity_row (project_uuid, entity_type, uuid, change_counter, modified, removed, "
                       "fields) SELECT ?::uuid, r.t, r.u, r.c, r.m, r.r, r.f FROM jsonb_to_recordset(?::jsonb) "
                       "AS r(t text, u uuid, c bigint, m timestamptz, r boolean, f jsonb)"),
        info.uuid, rows, error);

    ServerHistory history(database, info.uuid);
    for (const RevisionRecord &revision : info.history)
        ok = ok && history.writeRevision(revision, error);
    static const std::vector<StoredRow> none;
    for (qsizetype position = 0; ok && position < info.shares.size(); ++position) {
        const ShareRecord &share = info.shares.at(position);
        ok = history.writeShare(share, int(position), error)
             && history.writeBase(ServerHistory::Base::Share, share.uuid, archive.shareBases.value(share.uuid, none),
                                  error);
    }
    for (qsizetype position = 0; ok && position < info.merges.size(); ++position) {
        const MergeRecord &merge = info.merges.at(position);
        ok = history.writeMerge(merge, int(position), error)
             && history.writeBase(ServerHistory::Base::Merge, merge.uuid, archive.mergeBases.value(merge.uuid, none),
                                  error);
    }
    if (!ok)
        return Outcome::Failed;
    rollback.dismiss();
    if (!database.commit()) {
        *error = ServerSql::message(database.lastError());
        database.rollback();
        return Outcome::Failed;
    }
    return Outcome::Done;
}

ServerProjects::Outcome ServerProjects::fetch(QSqlDatabase &database, const QUuid &uuid, ProjectArchive &archive,
                                              QString *error, qint64 *changeCounter, Bases bases)
{
    if (!checkSchema(database, error))
        return Outcome::Failed;
    // One snapshot: edits other people commit meanwhile are either all in the file or not at all.
    if (!database.transaction()) {
        *error = ServerSql::message(database.lastError());
        return Outcome::Failed;
    }
    auto rollback = qScopeGuard([&database] { database.rollback(); });
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        *error = ServerSql::message(query.lastError());
        return Outcome::Failed;
    }
    ProjectArchive fetched;
    ProjectInfo &info = fetched.info;
    query.prepare(QStringLiteral("SELECT municipality_code, municipality_name, %1, revision, based_on_revision, "
                                 "revision_uuid, based_on_revision_uuid, change_counter FROM project WHERE uuid = ?")
                      .arg(ServerSql::utcText(QStringLiteral("created"))));
    query.addBindValue(ServerSql::uuidText(uuid));
    if (!ServerSql::run(query, error))
        return Outcome::Failed;
    if (!query.next()) {
        *error = tr("The server has no project %1 that you may see.").arg(ServerSql::uuidText(uuid));
        return Outcome::Refused;
    }
    info.uuid = uuid;
    info.municipalityCode = query.value(0).toInt();
    info.municipalityName = query.value(1).toString();
    info.created = parseTimestamp(query.value(2).toString());
    info.revision = query.value(3).toLongLong();
    info.basedOnRevision = query.value(4).toLongLong();
    info.revisionUuid = QUuid::fromString(query.value(5).toString());
    info.basedOnRevisionUuid = QUuid::fromString(query.value(6).toString());
    if (changeCounter)
        *changeCounter = query.value(7).toLongLong();

    ServerHistory history(database, uuid);
    if (!history.load(info, error))
        return Outcome::Failed;

    QSqlQuery rows(database);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT entity_type, uuid, change_counter, %1, removed, fields::text FROM entity_row "
                                "WHERE project_uuid = ? ORDER BY row_number")
                     .arg(ServerSql::utcText(QStringLiteral("modified"))));
    rows.addBindValue(ServerSql::uuidText(uuid));
    if (!ServerSql::run(rows, error))
        return Outcome::Failed;
    while (rows.next()) {
        const std::optional<EntityType> type = entityTypeOfTable(rows.value(0).toString());
        ArchivedRow row{{type.value_or(EntityType::Academy), QUuid::fromString(rows.value(1).toString()),
                         rows.value(2).toLongLong(), rows.value(5).toString()},
                        parseTimestamp(rows.value(3).toString()),
                        rows.value(4).toBool(),
                        {}};
        if (!type) {
            *error = tr("The server holds rows of a kind this version of Akademiplan does not know (%1). Use a newer "
                        "Akademiplan.")
                         .arg(rows.value(0).toString());
            return Outcome::Refused;
        }
        fetched.rows.push_back(std::move(row));
    }
    for (const ShareRecord &share : std::as_const(info.shares))
        if (bases == Bases::Read && !history.loadBase(ServerHistory::Base::Share, share.uuid, fetched.shareBases[share.uuid], error))
            return Outcome::Failed;
    for (const MergeRecord &merge : std::as_const(info.merges))
        if (bases == Bases::Read && !history.loadBase(ServerHistory::Base::Merge, merge.uuid, fetched.mergeBases[merge.uuid], error))
            return Outcome::Failed;
    archive = std::move(fetched);
    return Outcome::Done;
}

} // namespace Akademiplan
