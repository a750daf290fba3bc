// SPDX-License-Identifier: MPL-2.0
#include "serverstore.h"

#include "domain/entitydescription.h"
#include "serverhistory.h"
#include "serverprojects.h"
#include "serversql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <QSet>

#include <span>

namespace Akademiplan {

namespace {

// The personal fields of a type set to '' in the rows kept as merge bases: a person removed
// leaves no name on the server either (ProjectStore does the same in the file).
template <typename T>
QString blankedPersonalFields()
{
    QJsonObject blanks;
    for (const FieldDescription<T> &field : descriptionOf<T>().fields)
        if (field.personalData == PersonalData::Personal)
            blanks.insert(field.column, QString());
    return QString::fromUtf8(QJsonDocument(blanks).toJson(QJsonDocument::Compact));
}

} // namespace

ServerStore::ServerStore(std::shared_ptr<RowIdentities> identities)
    : m_identities(std::move(identities))
    , m_connectionName(QStringLiteral("akademiplan-server-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

ServerStore::~ServerStore()
{
    close();
}

bool ServerStore::open(const ServerAddress &address, const QUuid &project, QString *error)
{
    close();
    m_address = address;
    m_database = address.open(m_connectionName, error);
    if (!m_database.isOpen() || !ServerProjects::checkSchema(m_database, error)) {
        close();
        return false;
    }
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT current_user, akademiplan_may_edit(uuid) FROM project WHERE uuid = ?"));
    query.addBindValue(ServerSql::uuidText(project));
    if (!ServerSql::run(query, error)) {
        close();
        return false;
    }
    if (!query.next()) {
        *error = ServerProjects::tr("The server has no project %1 that you may see.").arg(ServerSql::uuidText(project));
        close();
        return false;
    }
    m_user = query.value(0).toString();
    m_mayEdit = query.value(1).toBool();
    m_project = project;
    // One channel per project, so that a window hears only of its own project.
    m_channel = QStringLiteral("akademiplan_%1").arg(project.toString(QUuid::Id128));
    QSqlDriver *driver = m_database.driver();
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (name == m_channel && source != QSqlDriver::SelfSource && m_notified)
                             m_notified();
                     });
    if (!driver->subscribeToNotification(m_channel)) {
        *error = tr("The server does not tell of other people's changes: %1").arg(driver->lastError().text());
        close();
        return false;
    }
    return true;
}

void ServerStore::close()
{
    if (m_database.isValid()) {
        m_database.close();
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool ServerStore::isOpen() const
{
    return m_database.isOpen();
}

bool ServerStore::ping()
{
    if (!m_database.isOpen())
        return false;
    QSqlQuery query(m_database);
    return query.exec(QStringLiteral("SELECT 1"));
}

bool ServerStore::reopen(QString *error)
{
    const QUuid project = m_project;
    return open(ServerAddress(m_address), project, error);
}

bool ServerStore::load(Project &project, QString *error)
{
    ProjectArchive archive;
    Project loaded;
    std::vector<Tombstone> tombstones;
    if (ServerProjects::fetch(m_database, m_project, archive, error, &m_seen, ServerProjects::Bases::LeftOut) != ServerProjects::Outcome::Done
        || !archive.unpack(loaded, tombstones, error))
        return false;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (const T &row : loaded.list<T>())
            m_identities->add(entityTypeOf<T>(), row.id, row.uuid);
    });
    project = std::move(loaded);
    return true;
}

bool ServerStore::archive(ProjectArchive &archive, QString *error)
{
    return ServerProjects::fetch(m_database, m_project, archive, error) == ServerProjects::Outcome::Done;
}

ServerStore::Written ServerStore::write(const Change *changes, std::size_t count, Conflict *conflict, QString *error)
{
    if (!m_mayEdit) {
        *error = tr("You may only read this project on the server; your change was not saved.");
        return Written::Failed;
    }
    if (!m_database.transaction()) {
        *error = ServerSql::message(m_database.lastError());
        return Written::Failed;
    }
    auto rollback = qScopeGuard([this] { m_database.rollback(); });
    // The project's row is locked until the commit, so the transactions on one project take
    // their numbers in the order they commit: a reader that has seen up to a number misses none.
    QSqlQuery next(m_database);
    next.prepare(QStringLiteral("UPDATE project SET change_counter = change_counter + 1 WHERE uuid = ? "
                                "RETURNING change_counter"));
    next.addBindValue(ServerSql::uuidText(m_project));
    if (!ServerSql::run(next, error))
        return Written::Failed;
    if (!next.next()) {
        *error = tr("You may only read this project on the server; your change was not saved.");
        return Written::Failed;
    }
    const qint64 projectChange = next.value(0).toLongLong();
    const Written written = writeRows(changes, count, projectChange, conflict, error);
    if (written != Written::Yes)
        return written;
    QSqlQuery notify(m_database);
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(m_channel);
    notify.addBindValue(QString::number(projectChange));
    if (!ServerSql::run(notify, error))
        return Written::Failed;
    rollback.dismiss();
    if (!m_database.commit()) {
        *error = ServerSql::message(m_database.lastError());
        m_database.rollback();
        return Written::Failed;
    }
    if (projectChange == m_seen + 1)
        m_seen = projectChange;
    return Written::Yes;
}

ServerStore::Written ServerStore::writeRows(const Change *changes, std::size_t count, qint64 projectChange,
                                            Conflict *conflict, QString *error)
{
    // Each row once, as the set leaves it, checked against the change counter it had before the
    // set's first change of it. A large edit (a track with 25,000 enrolments) then costs two
    // statements, not a round trip per row.
    struct RowWrite
    {
        EntityType type = EntityType::Academy;
        QUuid uuid;
        bool isNew = false;
        qint64 expected = 0; // the counter the row must still have on the server
        QString json;        // as the statement takes it
    };
    const ProjectArchive::UuidOfRow uuidOf = [this](EntityType type, qint64 id) {
        return m_identities->uuidOf(type, id);
    };
    std::vector<RowWrite> rows;
    QHash<QUuid, std::size_t> positions;
    QHash<EntityType, QStringList> forgotten; // people removed, by type: their names leave the merge bases
    for (const Change &change : std::span(changes, count)) {
        std::visit(
            [&](const auto &row) {
                using T = std::decay_t<decltype(row)>;
                const EntityType type = entityTypeOf<T>();
                const bool removal = !change.after;
                if (!change.before)
                    m_identities->add(type, row.id, row.uuid);
                const ArchivedRow archived = ProjectArchive::archived(row, removal, uuidOf);
                auto position = positions.constFind(row.uuid);
                if (position == positions.cend()) {
                    const qint64 expected = !change.before ? 0
                                            : removal      ? row.changeCounter - 1
                                                           : std::get<T>(*change.before).changeCounter;
                    position = positions.insert(row.uuid, rows.size());
                    rows.push_back({type, row.uuid, !change.before, expected, {}});
                }
                RowWrite &written = rows[*position];
                written.json = QStringLiteral("{\"u\":\"%1\",\"t\":\"%2\",\"x\":%3,\"c\":%4,\"m\":\"%5\",\"r\":%6,\"f\":%7}")
                                   .arg(ServerSql::uuidText(row.uuid), tableName(type))
                                   .arg(written.expected)
                                   .arg(row.changeCounter)
                                   .arg(timestampText(row.modified),
                                        removal ? QStringLiteral("true") : QStringLiteral("false"),
                                        archived.row.fields.isEmpty() ? QStringLiteral("null") : archived.row.fields);
                if (removal && holdsPersonalData<T>())
                    forgotten[type].append(ServerSql::uuidText(row.uuid));
            },
            change.after ? *change.after : *change.before);
    }

    QStringList inserted;
    QStringList updated;
    for (const RowWrite &row : rows)
        (row.isNew ? inserted : updated).append(row.json);
    const QString values = QStringLiteral("jsonb_to_recordset(?::jsonb) AS r(u uuid, t text, x bigint, c bigint, "
                                          "m timestamptz, r boolean, f jsonb)");
    // New rows, or rows back from their removal (undo): a live row of that UUID is someone else's.
    const QString insert =
        QStringLiteral("INSERT INTO entity_row (project_uuid, uuid, entity_type, change_counter, modified, "
                       "project_change, removed, fields) SELECT ?::uuid, r.u, r.t, r.c, r.m, %1, r.r, r.f FROM %2 "
                       "ON CONFLICT (project_uuid, uuid) DO UPDATE SET change_counter = EXCLUDED.change_counter, "
                       "modified = EXCLUDED.modified, project_change = EXCLUDED.project_change, "
                       "removed = EXCLUDED.removed, fields = EXCLUDED.fields WHERE entity_row.removed RETURNING uuid")
            .arg(projectChange)
            .arg(values);
    // Changed or removed rows, only where the row is still as this user last saw it. The rows are
    // found through the primary key by the batch's UUIDs: joined on the batch alone, the planner
    // reads every row of the project for a one-row edit.
    const QString update =
        QStringLiteral("WITH p AS (SELECT ?::uuid AS project), r AS MATERIALIZED (SELECT * FROM %2) "
                       "UPDATE entity_row AS e SET change_counter = r.c, modified = r.m, project_change = %1, "
                       "removed = r.r, fields = r.f FROM r WHERE e.project_uuid = (SELECT project FROM p) "
                       "AND e.uuid = ANY (ARRAY(SELECT u FROM r)) AND e.uuid = r.u AND e.change_counter = r.x "
                       "AND NOT e.removed RETURNING e.uuid")
            .arg(projectChange)
            .arg(values);
    QSet<QUuid> done;
    done.reserve(qsizetype(rows.size()));
    const auto collect = [&done](QSqlQuery &query) {
        while (query.next())
            done.insert(QUuid::fromString(query.value(0).toString()));
    };
    if ((!inserted.isEmpty() && !ServerSql::insertInBatches(m_database, insert, m_project, inserted, error, collect))
        || (!updated.isEmpty() && !ServerSql::insertInBatches(m_database, update, m_project, updated, error, collect)))
        return ServerStore::Written::Failed;
    for (const RowWrite &row : rows) {
        if (done.contains(row.uuid))
            continue;
        return describeConflict(row.type, row.uuid, conflict, error) ? ServerStore::Written::Conflict
                                                                     : ServerStore::Written::Failed;
    }

    // A person removed leaves no name in the rows kept as merge bases either, as in a file.
    for (auto people = forgotten.cbegin(); people != forgotten.cend(); ++people) {
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if (entityTypeOf<T>() != people.key() || !error->isEmpty())
                return;
            for (const QString &table : {QStringLiteral("share_base"), QStringLiteral("merge_base")}) {
                QSqlQuery forget(m_database);
                forget.prepare(QStringLiteral("UPDATE %1 SET fields = fields || ?::jsonb WHERE project_uuid = ? "
                                              "AND uuid = ANY(?::uuid[])")
                                   .arg(table));
                forget.addBindValue(blankedPersonalFields<T>());
                forget.addBindValue(ServerSql::uuidText(m_project));
                forget.addBindValue(QStringLiteral("{%1}").arg(people.value().join(QLatin1Char(','))));
                if (!ServerSql::run(forget, error))
                    return;
            }
        });
        if (!error->isEmpty())
            return ServerStore::Written::Failed;
    }
    return ServerStore::Written::Yes;
}

bool ServerStore::describeConflict(EntityType type, const QUuid &uuid, Conflict *conflict, QString *error)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT modified_by, %1, removed FROM entity_row WHERE project_uuid = ? AND uuid = ?")
                      .arg(ServerSql::utcText(QStringLiteral("modified"))));
    query.addBindValue(ServerSql::uuidText(m_project));
    query.addBindValue(ServerSql::uuidText(uuid));
    if (!ServerSql::run(query, error))
        return false;
    Conflict found{type, uuid, {}, {}, false};
    if (query.next()) {
        found.changedBy = query.value(0).toString();
        found.changed = parseTimestamp(query.value(1).toString());
        found.removed = query.value(2).toBool();
    }
    if (conflict)
        *conflict = found;
    return true;
}

bool ServerStore::loadBase(HistoryTables::Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error)
{
    return ServerHistory(m_database, m_project).loadBase(kind, uuid, rows, error);
}

bool ServerStore::writeRevision(RevisionRecord &revision, const RevisionNote &note, QString *error)
{
    Current current;
    if (!beginHistoryChange(tr("You may only read this project on the server; no revision was recorded."), &current,
                            error))
        return false;
    auto rollback = qScopeGuard([this] { m_database.rollback(); });
    RevisionRecord recorded = revision;
    recorded.number = current.revision + 1;
    recorded.parentUuid = current.revisionUuid;
    ServerHistory history(m_database, m_project);
    int position = 0;
    bool ok = history.writeRevision(recorded, error)
              && (note.merges.isEmpty() || history.nextPosition(HistoryTables::Base::Merge, &position, error));
    static const std::vector<StoredRow> none;
    for (const TakenInCopy &merge : note.merges) {
        MergeRecord record = merge.record;
        record.revisionUuid = recorded.uuid;
        ok = ok && history.writeMerge(record, position++, error)
             && history.writeBase(HistoryTables::Base::Merge, record.uuid, merge.base ? *merge.base : none, error);
    }
    QSqlQuery project(m_database);
    project.prepare(QStringLiteral("UPDATE project SET revision = ?, revision_uuid = ? WHERE uuid = ?"));
    project.addBindValue(recorded.number);
    project.addBindValue(ServerSql::uuidText(recorded.uuid));
    project.addBindValue(ServerSql::uuidText(m_project));
    if (!ok || !ServerSql::run(project, error))
        return false;
    rollback.dismiss();
    if (!commitHistoryChange(error))
        return false;
    revision.number = recorded.number;
    revision.parentUuid = recorded.parentUuid;
    return true;
}

bool ServerStore::dropRevision(const RevisionRecord &revision, QString *error)
{
    Current current;
    if (!beginHistoryChange(tr("You may only read this project on the server; the revision was not taken back."),
                            &current, error))
        return false;
    auto rollback = qScopeGuard([this] { m_database.rollback(); });
    // A revision someone has recorded since is the child of this one: taking this one back would
    // leave theirs without its parent.
    if (current.revisionUuid != revision.uuid) {
        *error = tr("Someone has recorded a revision on the server after revision %1; it stays in the change log.")
                     .arg(revision.number);
        return false;
    }
    QSqlQuery project(m_database);
    project.prepare(QStringLiteral("UPDATE project SET revision = ?, revision_uuid = ? WHERE uuid = ?"));
    project.addBindValue(revision.number - 1);
    project.addBindValue(ServerSql::uuidOrNull(revision.parentUuid));
    project.addBindValue(ServerSql::uuidText(m_project));
    if (!ServerHistory(m_database, m_project).dropRevision(revision.uuid, error) || !ServerSql::run(project, error))
        return false;
    rollback.dismiss();
    return commitHistoryChange(error);
}

bool ServerStore::recordShare(const ShareRecord &share, QString *error)
{
    Current current;
    if (!beginHistoryChange(tr("You may only read this project on the server; the share was not recorded."), &current,
                            error))
        return false;
    auto rollback = qScopeGuard([this] { m_database.rollback(); });
    ServerHistory history(m_database, m_project);
    int position = 0;
    if (!history.nextPosition(HistoryTables::Base::Share, &position, error)
        || !history.writeShare(share, position, error) || !history.keepRowsAsShareBase(share.uuid, error))
        return false;
    rollback.dismiss();
    return commitHistoryChange(error);
}

bool ServerStore::forgetShare(const QUuid &share, QString *error)
{
    Current current;
    if (!beginHistoryChange(tr("You may only read this project on the server; the share was not taken back."),
                            &current, error))
        return false;
    auto rollback = qScopeGuard([this] { m_database.rollback(); });
    if (!ServerHistory(m_database, m_project).dropShare(share, error))
        return false;
    rollback.dismiss();
    return commitHistoryChange(error);
}

bool ServerStore::beginHistoryChange(const QString &refusal, Current *current, QString *error)
{
    if (!m_mayEdit) {
        *error = refusal;
        return false;
    }
    if (!m_database.transaction()) {
        *error = ServerSql::message(m_database.lastError());
        return false;
    }
    // The project's row stays locked until the commit, so that two people saving at once get
    // revisions n and n + 1, and their shares and merges positions of their own, in the order of
    // their commits.
    QSqlQuery lock(m_database);
    lock.prepare(QStringLiteral("SELECT revision, revision_uuid FROM project WHERE uuid = ? FOR UPDATE"));
    lock.addBindValue(ServerSql::uuidText(m_project));
    const bool ran = ServerSql::run(lock, error);
    if (!ran || !lock.next()) {
        // No row: the server's policies no longer let this user change the project.
        if (ran)
            *error = refusal;
        m_database.rollback();
        return false;
    }
    current->revision = lock.value(0).toLongLong();
    current->revisionUuid = QUuid::fromString(lock.value(1).toString());
    return true;
}

bool ServerStore::commitHistoryChange(QString *error)
{
    if (m_database.commit())
        return true;
    *error = ServerSql::message(m_database.lastError());
    m_database.rollback();
    return false;
}

bool ServerStore::loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uuid, %1, change_counter, fields::text FROM entity_row WHERE project_uuid = ? "
                                 "AND entity_type = ? AND removed AND fields IS NOT NULL ORDER BY modified, uuid")
                      .arg(ServerSql::utcText(QStringLiteral("modified"))));
    query.addBindValue(ServerSql::uuidText(m_project));
    query.addBindValue(tableName(type));
    if (!ServerSql::run(query, error))
        return false;
    tombstones.clear();
    while (query.next())
        tombstones.push_back({{type, QUuid::fromString(query.value(0).toString()), query.value(2).toLongLong(),
                               query.value(3).toString()},
                              parseTimestamp(query.value(1).toString())});
    return true;
}

bool ServerStore::changesSince(std::vector<ArchivedRow> &rows, QString *error)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity_type, uuid, change_counter, %1, removed, fields::text, project_change, "
                                 "modified_by FROM entity_row WHERE project_uuid = ? AND project_change > ? "
                                 "ORDER BY project_change, row_number")
                      .arg(ServerSql::utcText(QStringLiteral("modified"))));
    query.addBindValue(ServerSql::uuidText(m_project));
    query.addBindValue(m_seen);
    if (!ServerSql::run(query, error))
        return false;
    rows.clear();
    qint64 seen = m_seen;
    while (query.next()) {
        seen = std::max(seen, query.value(6).toLongLong());
        const std::optional<EntityType> type = entityTypeOfTable(query.value(0).toString());
        if (!type)
            continue; // a kind of row a newer program wrote; this one cannot show it
        rows.push_back({{*type, QUuid::fromString(query.value(1).toString()), query.value(2).toLongLong(),
                         query.value(5).toString()},
                        parseTimestamp(query.value(3).toString()),
                        query.value(4).toBool(),
                        query.value(7).toString()});
    }
    m_seen = seen;
    return true;
}

} // namespace Akademiplan
