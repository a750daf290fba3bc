// SPDX-License-Identifier: MPL-2.0
#include "projectstore.h"

#include "entitytables.h"
#include "migrations.h"
#include "projectfileformat.h"

#include <QSqlError>

namespace Akademiplan {

namespace {

enum Operation { Insert, Update, Remove };

QString sqlText(EntityType type, int operation)
{
    const QString table = EntityTables::table(type);
    const QStringList columns = EntityTables::columns(type);
    switch (operation) {
    case Insert: {
        QStringList placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")));
    }
    case Update: {
        QStringList assignments;
        for (qsizetype i = 1; i < columns.size(); ++i)
            assignments.append(columns.at(i) + QStringLiteral(" = ?"));
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1String(", ")));
    }
    default:
        return QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table);
    }
}

} // namespace

ProjectStore::~ProjectStore()
{
    close();
}

bool ProjectStore::create(const QString &path, const ProjectInfo &info, QString *error)
{
    close();
    if (!m_connection.open(path, DatabaseConnection::Mode::Create, error))
        return false;
    if (!m_connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(ProjectFileFormat::applicationId), error)
        || !Migrations::migrate(m_connection, Migrations::latestVersion(), error)) {
        close();
        return false;
    }
    if (!execInfo(QStringLiteral("INSERT INTO project (id, uuid, municipality_code, municipality_name, created, "
                                 "revision, based_on_revision) VALUES (1, ?, ?, ?, ?, ?, ?)"),
                  info, error)) {
        close();
        return false;
    }
    return true;
}

bool ProjectStore::open(const QString &path, bool readOnly, QString *error)
{
    close();
    if (!m_connection.open(path, readOnly ? DatabaseConnection::Mode::ReadOnly : DatabaseConnection::Mode::ReadWrite,
                           error))
        return false;
    if (!readOnly) {
        const int version = m_connection.scalar(QStringLiteral("PRAGMA user_version"), error).toInt();
        if (version < Migrations::latestVersion() && !Migrations::migrate(m_connection, Migrations::latestVersion(), error)) {
            close();
            return false;
        }
    }
    return true;
}

void ProjectStore::close()
{
    // Prepared statements must be gone before their connection is removed.
    m_statements.clear();
    m_connection.close();
}

bool ProjectStore::load(Project &project, QString *error)
{
    Project loaded;
    if (!loadInfo(loaded.info, error) || !loadTable(loaded.academies, error) || !loadTable(loaded.tracks, error)
        || !loadTable(loaded.activities, error) || !loadTable(loaded.sessions, error)
        || !loadTable(loaded.organisations, error) || !loadTable(loaded.participants, error)
        || !loadTable(loaded.enrolments, error) || !loadTable(loaded.attendances, error))
        return false;
    project = std::move(loaded);
    return true;
}

bool ProjectStore::loadInfo(ProjectInfo &info, QString *error)
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT uuid, municipality_code, municipality_name, created, revision, "
                                   "based_on_revision FROM project WHERE id = 1"))
        || !query.next()) {
        *error = tr("The file does not say which municipality it belongs to.");
        return false;
    }
    info.uuid = QUuid::fromString(query.value(0).toString());
    info.municipalityCode = query.value(1).toInt();
    info.municipalityName = query.value(2).toString();
    info.created = EntityTables::parseTimestamp(query.value(3).toString());
    info.revision = query.value(4).toLongLong();
    info.basedOnRevision = query.value(5).toLongLong();
    if (info.uuid.isNull() || !info.created.isValid()) {
        *error = tr("The file's project identity (its id and creation time) cannot be read.");
        return false;
    }
    return true;
}

template <typename T>
bool ProjectStore::loadTable(EntityList<T> &list, QString *error)
{
    const EntityType type = entityTypeOf<T>();
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                        .arg(EntityTables::columns(type).join(QLatin1String(", ")), EntityTables::table(type)))) {
        *error = query.lastError().text();
        return false;
    }
    std::vector<T> rows;
    while (query.next()) {
        T row;
        if (!EntityTables::read(query, row, error))
            return false;
        rows.push_back(std::move(row));
    }
    list.assign(std::move(rows));
    return true;
}

QSqlQuery *ProjectStore::statement(EntityType type, int operation, QString *error)
{
    const int key = int(type) * 3 + operation;
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(m_connection.database());
        if (!query->prepare(sqlText(type, operation))) {
            *error = query->lastError().text();
            return nullptr;
        }
        it = m_statements.insert(key, query);
    }
    return it->get();
}

bool ProjectStore::beginTransaction(QString *error)
{
    if (!m_connection.database().transaction()) {
        *error = m_connection.database().lastError().text();
        return false;
    }
    return true;
}

bool ProjectStore::write(const ChangeSet &changes, QString *error)
{
    for (const Change &change : changes.changes()) {
        const AnyEntity &entity = change.after ? *change.after : *change.before;
        const EntityType type = entityType(entity);
        const int operation = !change.before ? Insert : !change.after ? Remove : Update;
        QSqlQuery *query = statement(type, operation, error);
        if (!query)
            return false;
        if (operation == Remove) {
            query->addBindValue(entityId(entity));
        } else {
            QVariantList values = EntityTables::values(entity);
            if (operation == Update)
                values.append(values.takeFirst()); // the id goes to the WHERE clause
            for (const QVariant &value : std::as_const(values))
                query->addBindValue(value);
        }
        if (!query->exec()) {
            *error = query->lastError().text();
            return false;
        }
        if (operation != Insert && query->numRowsAffected() != 1) {
            *error = tr("A row to change (%1 %2) is not in the working copy.").arg(EntityTables::table(type)).arg(entityId(entity));
            return false;
        }
    }
    return true;
}

bool ProjectStore::commit(QString *error)
{
    if (!m_connection.database().commit()) {
        *error = m_connection.database().lastError().text();
        m_connection.database().rollback();
        return false;
    }
    return true;
}

void ProjectStore::rollback()
{
    m_connection.database().rollback();
}

bool ProjectStore::writeInfo(const ProjectInfo &info, QString *error)
{
    return execInfo(QStringLiteral("UPDATE project SET uuid = ?, municipality_code = ?, municipality_name = ?, "
                                   "created = ?, revision = ?, based_on_revision = ? WHERE id = 1"),
                    info, error);
}

bool ProjectStore::execInfo(const QString &sql, const ProjectInfo &info, QString *error)
{
    QSqlQuery query(m_connection.database());
    query.prepare(sql);
    query.addBindValue(info.uuid.toString(QUuid::WithoutBraces));
    query.addBindValue(info.municipalityCode);
    query.addBindValue(info.municipalityName);
    query.addBindValue(EntityTables::timestampText(info.created));
    query.addBindValue(info.revision);
    query.addBindValue(info.basedOnRevision);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool ProjectStore::copyTo(const QString &path, QString *error)
{
    QSqlQuery vacuum(m_connection.database());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(path);
    if (!vacuum.exec()) {
        *error = vacuum.lastError().text();
        return false;
    }
    return true;
}

} // namespace Akademiplan
