// SPDX-License-Identifier: MPL-2.0
#include "serverhistory.h"

#include "domain/entitydescription.h"
#include "serverprojects.h"
#include "serversql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Akademiplan {

namespace {

struct BaseTables
{
    QString records;
    QString rows;
    QString owner; // the rows' column that names their record
};

BaseTables tablesOf(ServerHistory::Base kind)
{
    return kind == ServerHistory::Base::Share
               ? BaseTables{QStringLiteral("share"), QStringLiteral("share_base"), QStringLiteral("share_uuid")}
               : BaseTables{QStringLiteral("merge_record"), QStringLiteral("merge_base"), QStringLiteral("merge_uuid")};
}

QString storedRowJson(const StoredRow &row)
{
    return QStringLiteral("{\"t\":\"%1\",\"u\":\"%2\",\"c\":%3,\"f\":%4}")
        .arg(tableName(row.type), ServerSql::uuidText(row.uuid))
        .arg(row.changeCounter)
        .arg(row.fields.isEmpty() ? QStringLiteral("null") : row.fields);
}

} // namespace

bool ServerHistory::load(ProjectInfo &info, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT uuid, parent_uuid, number, %1, author, summary::text FROM revision "
                                 "WHERE project_uuid = ? ORDER BY number, saved")
                      .arg(ServerSql::utcText(QStringLiteral("saved"))));
    query.addBindValue(ServerSql::uuidText(m_project));
    if (!ServerSql::run(query, error))
        return false;
    while (query.next())
        info.history.append({QUuid::fromString(query.value(0).toString()), QUuid::fromString(query.value(1).toString()),
                             query.value(2).toLongLong(), parseTimestamp(query.value(3).toString()),
                             query.value(4).toString(),
                             QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object()});

    query.prepare(QStringLiteral("SELECT uuid, revision_uuid, %1, recipient, without_personal_data, without_free_text "
                                 "FROM share WHERE project_uuid = ? ORDER BY position")
                      .arg(ServerSql::utcText(QStringLiteral("shared"))));
    query.addBindValue(ServerSql::uuidText(m_project));
    if (!ServerSql::run(query, error))
        return false;
    while (query.next())
        info.shares.append({QUuid::fromString(query.value(0).toString()), QUuid::fromString(query.value(1).toString()),
                            parseTimestamp(query.value(2).toString()), query.value(3).toString(),
                            query.value(4).toBool(), query.value(5).toBool()});

    query.prepare(QStringLiteral("SELECT uuid, revision_uuid, their_revision_uuid, their_file, %1, "
                                 "without_personal_data, without_free_text FROM merge_record WHERE project_uuid = ? "
                                 "ORDER BY position")
                      .arg(ServerSql::utcText(QStringLiteral("merged"))));
    query.addBindValue(ServerSql::uuidText(m_project));
    if (!ServerSql::run(query, error))
        return false;
    while (query.next())
        info.merges.append({QUuid::fromString(query.value(0).toString()), QUuid::fromString(query.value(1).toString()),
                            QUuid::fromString(query.value(2).toString()), query.value(3).toString(),
                            parseTimestamp(query.value(4).toString()), query.value(5).toBool(),
                            query.value(6).toBool()});
    return true;
}

bool ServerHistory::writeRevision(const RevisionRecord &revision, QString *error)
{
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral("INSERT INTO revision (project_uuid, uuid, parent_uuid, number, saved, author, "
                                  "summary) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)"));
    insert.addBindValue(ServerSql::uuidText(m_project));
    insert.addBindValue(ServerSql::uuidText(revision.uuid));
    insert.addBindValue(ServerSql::uuidOrNull(revision.parentUuid));
    insert.addBindValue(revision.number);
    insert.addBindValue(timestampText(revision.saved));
    insert.addBindValue(revision.author.isNull() ? QStringLiteral("") : revision.author);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(revision.summary).toJson(QJsonDocument::Compact)));
    return ServerSql::run(insert, error);
}

bool ServerHistory::writeShare(const ShareRecord &share, int position, QString *error)
{
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral("INSERT INTO share (project_uuid, uuid, position, revision_uuid, shared, "
                                  "recipient, without_personal_data, without_free_text) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(ServerSql::uuidText(m_project));
    insert.addBindValue(ServerSql::uuidText(share.uuid));
    insert.addBindValue(position);
    insert.addBindValue(ServerSql::uuidText(share.revisionUuid));
    insert.addBindValue(timestampText(share.shared));
    insert.addBindValue(share.recipient.isNull() ? QStringLiteral("") : share.recipient);
    insert.addBindValue(share.withoutPersonalData);
    insert.addBindValue(share.withoutFreeText);
    return ServerSql::run(insert, error);
}

bool ServerHistory::writeMerge(const MergeRecord &merge, int position, QString *error)
{
    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral("INSERT INTO merge_record (project_uuid, uuid, position, revision_uuid, "
                                  "their_revision_uuid, their_file, merged, without_personal_data, "
                                  "without_free_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(ServerSql::uuidText(m_project));
    insert.addBindValue(ServerSql::uuidText(merge.uuid));
    insert.addBindValue(position);
    insert.addBindValue(ServerSql::uuidText(merge.revisionUuid));
    insert.addBindValue(ServerSql::uuidText(merge.theirRevisionUuid));
    insert.addBindValue(merge.theirFile.isNull() ? QStringLiteral("") : merge.theirFile);
    insert.addBindValue(timestampText(merge.merged));
    insert.addBindValue(merge.withoutPersonalData);
    insert.addBindValue(merge.withoutFreeText);
    return ServerSql::run(insert, error);
}

bool ServerHistory::nextPosition(Base kind, int *position, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM %1 WHERE project_uuid = ?")
                      .arg(tablesOf(kind).records));
    query.addBindValue(ServerSql::uuidText(m_project));
    if (!ServerSql::run(query, error) || !query.next())
        return false;
    *position = query.value(0).toInt();
    return true;
}

bool ServerHistory::writeBase(Base kind, const QUuid &owner, const std::vector<StoredRow> &rows, QString *error)
{
    const BaseTables tables = tablesOf(kind);
    QStringList json;
    json.reserve(qsizetype(rows.size()));
    for (const StoredRow &row : rows)
        json.append(storedRowJson(row));
    return ServerSql::insertInBatches(
        m_database,
        QStringLiteral("INSERT INTO %1 (project_uuid, %2, entity_type, uuid, change_counter, fields) "
                       "SELECT ?::uuid, '%3', r.t, r.u, r.c, r.f FROM jsonb_to_recordset(?::jsonb) "
                       "AS r(t text, u uuid, c bigint, f jsonb)")
            .arg(tables.rows, tables.owner, ServerSql::uuidText(owner)),
        m_project, json, error);
}

bool ServerHistory::keepRowsAsShareBase(const QUuid &share, QString *error)
{
    // In the order the rows were added, as a file's base holds them.
    QSqlQuery keep(m_database);
    keep.prepare(QStringLiteral("INSERT INTO share_base (project_uuid, share_uuid, entity_type, uuid, change_counter, "
                                "fields) SELECT project_uuid, ?::uuid, entity_type, uuid, change_counter, fields "
                                "FROM entity_row WHERE project_uuid = ? AND NOT removed ORDER BY row_number"));
    keep.addBindValue(ServerSql::uuidText(share));
    keep.addBindValue(ServerSql::uuidText(m_project));
    return ServerSql::run(keep, error);
}

bool ServerHistory::loadBase(Base kind, const QUuid &owner, std::vector<StoredRow> &rows, QString *error)
{
    const BaseTables tables = tablesOf(kind);
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity_type, uuid, change_counter, fields::text FROM %1 "
                                 "WHERE project_uuid = ? AND %2 = ?")
                      .arg(tables.rows, tables.owner));
    query.addBindValue(ServerSql::uuidText(m_project));
    query.addBindValue(ServerSql::uuidText(owner));
    if (!ServerSql::run(query, error))
        return false;
    rows.clear();
    while (query.next()) {
        const std::optional<EntityType> type = entityTypeOfTable(query.value(0).toString());
        StoredRow row{type.value_or(EntityType::Academy), QUuid::fromString(query.value(1).toString()),
                      query.value(2).toLongLong(), query.value(3).toString()};
        if (!type || row.uuid.isNull()) {
            // Said as it was before this moved here, so that its translation still applies.
            *error = ServerProjects::tr("The server's record of a shared revision cannot be read.");
            return false;
        }
        rows.push_back(std::move(row));
    }
    return true;
}

bool ServerHistory::dropRevision(const QUuid &revision, QString *error)
{
    // Each table by itself, the bases before their records, as a file does: each table's own
    // policy then decides, where a cascade would run as the tables' owner.
    const QString project = ServerSql::uuidText(m_project);
    const QString uuid = ServerSql::uuidText(revision);
    return run(QStringLiteral("DELETE FROM merge_base WHERE project_uuid = ? AND merge_uuid IN "
                              "(SELECT uuid FROM merge_record WHERE project_uuid = ? AND revision_uuid = ?)"),
               {project, project, uuid}, error)
           && run(QStringLiteral("DELETE FROM merge_record WHERE project_uuid = ? AND revision_uuid = ?"),
                  {project, uuid}, error)
           && run(QStringLiteral("DELETE FROM revision WHERE project_uuid = ? AND uuid = ?"), {project, uuid}, error);
}

bool ServerHistory::dropShare(const QUuid &share, QString *error)
{
    const QString project = ServerSql::uuidText(m_project);
    const QString uuid = ServerSql::uuidText(share);
    return run(QStringLiteral("DELETE FROM share_base WHERE project_uuid = ? AND share_uuid = ?"), {project, uuid},
               error)
           && run(QStringLiteral("DELETE FROM share WHERE project_uuid = ? AND uuid = ?"), {project, uuid}, error);
}

bool ServerHistory::run(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return ServerSql::run(query, error);
}

} // namespace Akademiplan
