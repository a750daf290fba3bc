// SPDX-License-Identifier: MPL-2.0
#include "historytables.h"

#include "databaseconnection.h"
#include "domain/entitydescription.h"
#include "projectstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Akademiplan {

namespace {

// Rows kept as the base of a share or a merge, under the id of its record.
bool writeBase(DatabaseConnection &connection, const QString &tableAndOwner, const QVariant &owner,
               const std::vector<StoredRow> &base, QString *error)
{
    QSqlQuery row(connection.database());
    row.prepare(QStringLiteral("INSERT INTO %1, entity_type, uuid, change_counter, fields) VALUES (?, ?, ?, ?, ?)")
                    .arg(tableAndOwner));
    for (const StoredRow &kept : base) {
        row.addBindValue(owner);
        row.addBindValue(tableName(kept.type));
        row.addBindValue(kept.uuid.toString(QUuid::WithoutBraces));
        row.addBindValue(kept.changeCounter);
        row.addBindValue(kept.fields);
        if (!DatabaseConnection::run(row, error))
            return false;
    }
    return true;
}

} // namespace

bool HistoryTables::load(ProjectInfo &info, QString *error)
{
    return loadShares(info.shares, error) && loadRevisions(info, error);
}

bool HistoryTables::loadShares(QList<ShareRecord> &shares, QString *error)
{
    QSqlQuery query(m_connection.database());
    const bool hasFreeText = m_connection.columns(QStringLiteral("share")).contains(QStringLiteral("without_free_text"));
    if (!query.exec(QStringLiteral("SELECT uuid, revision_uuid, shared, recipient, without_personal_data%1 "
                                   "FROM share ORDER BY id")
                        .arg(hasFreeText ? QStringLiteral(", without_free_text") : QString()))) {
        *error = DatabaseConnection::describe(query.lastError());
        return false;
    }
    while (query.next()) {
        ShareRecord share;
        share.uuid = QUuid::fromString(query.value(0).toString());
        share.revisionUuid = QUuid::fromString(query.value(1).toString());
        share.shared = parseTimestamp(query.value(2).toString());
        share.recipient = query.value(3).toString();
        share.withoutPersonalData = query.value(4).toInt() == 1;
        share.withoutFreeText = hasFreeText && query.value(5).toInt() == 1;
        if (share.uuid.isNull() || share.revisionUuid.isNull() || !share.shared.isValid()) {
            *error = ProjectStore::tr("The file's record of a share cannot be read.");
            return false;
        }
        shares.append(share);
    }
    return true;
}

bool HistoryTables::loadRevisions(ProjectInfo &info, QString *error)
{
    // A file of schema version 2 read without migrating has revisions without a change log.
    const bool hasLog = m_connection.columns(QStringLiteral("revision")).contains(QStringLiteral("author"));
    QSqlQuery revisions(m_connection.database());
    if (!revisions.exec(QStringLiteral("SELECT uuid, parent_uuid, number, saved%1 FROM revision ORDER BY number, saved")
                            .arg(hasLog ? QStringLiteral(", author, summary") : QString()))) {
        *error = DatabaseConnection::describe(revisions.lastError());
        return false;
    }
    while (revisions.next()) {
        RevisionRecord revision;
        revision.uuid = QUuid::fromString(revisions.value(0).toString());
        revision.parentUuid = QUuid::fromString(revisions.value(1).toString());
        revision.number = revisions.value(2).toLongLong();
        revision.saved = parseTimestamp(revisions.value(3).toString());
        if (hasLog) {
            revision.author = revisions.value(4).toString();
            revision.summary = QJsonDocument::fromJson(revisions.value(5).toString().toUtf8()).object();
        }
        if (revision.uuid.isNull() || !revision.saved.isValid()) {
            *error = ProjectStore::tr("The file's record of a save cannot be read.");
            return false;
        }
        info.history.append(revision);
    }
    if (m_connection.columns(QStringLiteral("merge_record")).isEmpty())
        return true;
    QSqlQuery merges(m_connection.database());
    if (!merges.exec(QStringLiteral("SELECT uuid, revision_uuid, their_revision_uuid, their_file, merged, "
                                    "without_personal_data, without_free_text FROM merge_record ORDER BY id"))) {
        *error = DatabaseConnection::describe(merges.lastError());
        return false;
    }
    while (merges.next()) {
        MergeRecord merge;
        merge.uuid = QUuid::fromString(merges.value(0).toString());
        merge.revisionUuid = QUuid::fromString(merges.value(1).toString());
        merge.theirRevisionUuid = QUuid::fromString(merges.value(2).toString());
        merge.theirFile = merges.value(3).toString();
        merge.merged = parseTimestamp(merges.value(4).toString());
        merge.withoutPersonalData = merges.value(5).toInt() == 1;
        merge.withoutFreeText = merges.value(6).toInt() == 1;
        if (merge.uuid.isNull() || merge.theirRevisionUuid.isNull() || !merge.merged.isValid()) {
            *error = ProjectStore::tr("The file's record of a merge cannot be read.");
            return false;
        }
        info.merges.append(merge);
    }
    return true;
}

bool HistoryTables::writeMerge(const MergeRecord &merge, const QUuid &revision, const std::vector<StoredRow> &base,
                               QString *error)
{
    QSqlQuery record(m_connection.database());
    record.prepare(QStringLiteral("INSERT INTO merge_record (uuid, revision_uuid, their_revision_uuid, their_file, "
                                  "merged, without_personal_data, without_free_text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    record.addBindValue(merge.uuid.toString(QUuid::WithoutBraces));
    record.addBindValue(revision.toString(QUuid::WithoutBraces));
    record.addBindValue(merge.theirRevisionUuid.toString(QUuid::WithoutBraces));
    record.addBindValue(merge.theirFile.isNull() ? QStringLiteral("") : merge.theirFile);
    record.addBindValue(timestampText(merge.merged));
    record.addBindValue(merge.withoutPersonalData ? 1 : 0);
    record.addBindValue(merge.withoutFreeText ? 1 : 0);
    if (!DatabaseConnection::run(record, error))
        return false;
    const QVariant mergeId = record.lastInsertId();
    return writeBase(m_connection, QStringLiteral("merge_base (merge_id"), mergeId, base, error);
}

bool HistoryTables::loadBase(Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(kind == Base::Share
                      ? QStringLiteral("SELECT entity_type, uuid, change_counter, fields FROM share_base WHERE share_id = "
                                       "(SELECT id FROM share WHERE uuid = ?)")
                      : QStringLiteral("SELECT entity_type, uuid, change_counter, fields FROM merge_base WHERE merge_id = "
                                       "(SELECT id FROM merge_record WHERE uuid = ?)"));
    query.addBindValue(uuid.toString(QUuid::WithoutBraces));
    if (!DatabaseConnection::run(query, error))
        return false;
    rows.clear();
    while (query.next()) {
        StoredRow row;
        const std::optional<EntityType> type = entityTypeOfTable(query.value(0).toString());
        row.uuid = QUuid::fromString(query.value(1).toString());
        row.changeCounter = query.value(2).toLongLong();
        row.fields = query.value(3).toString();
        if (!type || row.uuid.isNull()) {
            *error = ProjectStore::tr("The file's record of a shared revision cannot be read.");
            return false;
        }
        row.type = *type;
        rows.push_back(std::move(row));
    }
    return true;
}

bool HistoryTables::loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error)
{
    tombstones.clear();
    // A file of an older version read without migrating has no fields in its tombstones.
    if (!m_connection.columns(QStringLiteral("tombstone")).contains(QStringLiteral("fields")))
        return true;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uuid, deleted, change_counter, fields FROM tombstone "
                                 "WHERE entity_type = ? AND fields IS NOT NULL ORDER BY deleted, uuid"));
    query.addBindValue(tableName(type));
    if (!DatabaseConnection::run(query, error))
        return false;
    while (query.next()) {
        Tombstone tombstone;
        tombstone.row.type = type;
        tombstone.row.uuid = QUuid::fromString(query.value(0).toString());
        tombstone.deleted = parseTimestamp(query.value(1).toString());
        tombstone.row.changeCounter = query.value(2).toLongLong();
        tombstone.row.fields = query.value(3).toString();
        // Another program's tombstone that cannot be read tells nothing; it is left out.
        if (!tombstone.row.uuid.isNull() && tombstone.deleted.isValid())
            tombstones.push_back(std::move(tombstone));
    }
    return true;
}

bool HistoryTables::loadAllTombstones(std::vector<Tombstone> &tombstones, QString *error)
{
    tombstones.clear();
    const bool hasFields = m_connection.columns(QStringLiteral("tombstone")).contains(QStringLiteral("fields"));
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity_type, uuid, deleted, change_counter, %1 FROM tombstone "
                                 "ORDER BY deleted, uuid")
                      .arg(hasFields ? QStringLiteral("fields") : QStringLiteral("NULL")));
    if (!DatabaseConnection::run(query, error))
        return false;
    while (query.next()) {
        Tombstone tombstone;
        const std::optional<EntityType> type = entityTypeOfTable(query.value(0).toString());
        tombstone.row.uuid = QUuid::fromString(query.value(1).toString());
        tombstone.deleted = parseTimestamp(query.value(2).toString());
        tombstone.row.changeCounter = query.value(3).toLongLong();
        tombstone.row.fields = query.value(4).toString();
        if (!type || tombstone.row.uuid.isNull() || !tombstone.deleted.isValid() || tombstone.row.changeCounter < 1) {
            *error = ProjectStore::tr("The file's record of a removed row cannot be read.");
            return false;
        }
        tombstone.row.type = *type;
        tombstones.push_back(std::move(tombstone));
    }
    return true;
}

bool HistoryTables::restore(const ProjectArchive &archive, QString *error)
{
    for (const RevisionRecord &revision : archive.info.history) {
        QSqlQuery insert(m_connection.database());
        insert.prepare(QStringLiteral("INSERT INTO revision (uuid, parent_uuid, number, saved, author, summary) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(revision.uuid.toString(QUuid::WithoutBraces));
        insert.addBindValue(revision.parentUuid.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                         : QVariant(revision.parentUuid.toString(QUuid::WithoutBraces)));
        insert.addBindValue(revision.number);
        insert.addBindValue(timestampText(revision.saved));
        insert.addBindValue(revision.author.isNull() ? QStringLiteral("") : revision.author);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(revision.summary).toJson(QJsonDocument::Compact)));
        if (!DatabaseConnection::run(insert, error))
            return false;
    }
    static const std::vector<StoredRow> none;
    for (const ShareRecord &share : archive.info.shares)
        if (!writeShare(share, archive.shareBases.value(share.uuid, none), nullptr, error))
            return false;
    for (const MergeRecord &merge : archive.info.merges)
        if (!writeMerge(merge, merge.revisionUuid, archive.mergeBases.value(merge.uuid, none), error))
            return false;
    for (const ArchivedRow &row : archive.rows)
        if (row.removed && !writeTombstone({row.row, row.modified}, error))
            return false;
    return true;
}

bool HistoryTables::writeShare(const ShareRecord &share, const std::vector<StoredRow> &base, QVariant *shareId,
                               QString *error)
{
    QSqlQuery record(m_connection.database());
    record.prepare(QStringLiteral("INSERT INTO share (uuid, revision_uuid, shared, recipient, without_personal_data, "
                                  "without_free_text) VALUES (?, ?, ?, ?, ?, ?)"));
    record.addBindValue(share.uuid.toString(QUuid::WithoutBraces));
    record.addBindValue(share.revisionUuid.toString(QUuid::WithoutBraces));
    record.addBindValue(timestampText(share.shared));
    record.addBindValue(share.recipient.isNull() ? QStringLiteral("") : share.recipient); // NULL is not ''
    record.addBindValue(share.withoutPersonalData ? 1 : 0);
    record.addBindValue(share.withoutFreeText ? 1 : 0);
    if (!DatabaseConnection::run(record, error))
        return false;
    if (shareId)
        *shareId = record.lastInsertId();
    return writeBase(m_connection, QStringLiteral("share_base (share_id"), record.lastInsertId(), base, error);
}

bool HistoryTables::writeTombstone(const Tombstone &tombstone, QString *error)
{
    QSqlQuery insert(m_connection.database());
    insert.prepare(QStringLiteral("INSERT INTO tombstone (uuid, entity_type, deleted, change_counter, fields) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(tombstone.row.uuid.toString(QUuid::WithoutBraces));
    insert.addBindValue(tableName(tombstone.row.type));
    insert.addBindValue(timestampText(tombstone.deleted));
    insert.addBindValue(tombstone.row.changeCounter);
    insert.addBindValue(tombstone.row.fields.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(tombstone.row.fields));
    return DatabaseConnection::run(insert, error);
}

} // namespace Akademiplan
