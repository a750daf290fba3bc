// SPDX-License-Identifier: MPL-2.0
#include "rawlimits.h"

#include "domain/domainkeys.h"
#include "domain/entitydescription.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QUuid>

#include <sqlite3.h>

namespace Akademiplan::Bench {

namespace {

RawValue columnValue(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER: return qint64(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT: return sqlite3_column_double(statement, column);
    case SQLITE_NULL: return std::monostate();
    default: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(statement, column));
        return QByteArray(bytes, sqlite3_column_bytes(statement, column));
    }
    }
}

void bind(sqlite3_stmt *statement, int position, const RawValue &value)
{
    if (const auto *integer = std::get_if<qint64>(&value))
        sqlite3_bind_int64(statement, position, *integer);
    else if (const auto *real = std::get_if<double>(&value))
        sqlite3_bind_double(statement, position, *real);
    else if (const auto *bytes = std::get_if<QByteArray>(&value))
        sqlite3_bind_text(statement, position, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    else
        sqlite3_bind_null(statement, position);
}

// The ids as a JSON array, so that any number of them fits one bound parameter (json_each).
QByteArray jsonIds(const QList<qint64> &ids)
{
    QByteArray json = "[";
    for (qint64 id : ids) {
        if (json.size() > 1)
            json += ',';
        json += QByteArray::number(id);
    }
    return json + ']';
}

struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

} // namespace

RawLimits::RawLimits(const QString &copyPath)
{
    if (sqlite3_open_v2(QFile::encodeName(copyPath).constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    // The same pragmas as the program's working copy (storage/databaseconnection.cpp).
    if (!exec("PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0; "
              "PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
              "PRAGMA secure_delete = ON; PRAGMA ignore_check_constraints = ON; PRAGMA cache_size = -65536")) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

RawLimits::~RawLimits()
{
    sqlite3_close(m_db);
}

double RawLimits::readAll(const QString &path, qint64 *rows, QString *error)
{
    // The tables the program loads: the project row and one table per entity type.
    QStringList tables{QStringLiteral("project")};
    forEachEntityType([&tables](auto entity) { tables.append(descriptionOf<decltype(entity)>().table); });
    return readTables(path, tables, rows, error);
}

double RawLimits::readTables(const QString &path, const QStringList &tableNames, qint64 *rows, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return -1;
    }
    std::vector<QByteArray> tables;
    for (const QString &table : tableNames)
        tables.push_back(table.toUtf8());
    *rows = 0;
    // Each row is converted and then let go: the limit is reading, not holding a second project.
    std::vector<RawValue> values;
    for (const QByteArray &table : tables) {
        Statement select;
        const QByteArray sql = "SELECT * FROM " + table + " ORDER BY id";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &select.handle, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_close(db);
            return -1;
        }
        const int columns = sqlite3_column_count(select.handle);
        while (sqlite3_step(select.handle) == SQLITE_ROW) {
            values.clear();
            for (int column = 0; column < columns; ++column)
                values.push_back(columnValue(select.handle, column));
            ++*rows;
        }
    }
    sqlite3_close(db);
    return double(timer.nsecsElapsed()) / 1e6;
}

bool RawLimits::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message);
    sqlite3_free(message);
    return false;
}

sqlite3_stmt *RawLimits::prepare(const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return nullptr;
    }
    return statement;
}

QStringList RawLimits::columnsOf(const QString &table)
{
    QStringList columns;
    Statement info{prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table))};
    while (info.handle && sqlite3_step(info.handle) == SQLITE_ROW)
        columns.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(info.handle, 0))));
    return columns;
}

RawRows RawLimits::select(const QString &table, const QString &where, const QList<qint64> &ids)
{
    RawRows result{table, columnsOf(table), {}};
    Statement select{prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(table, where))};
    if (!select.handle)
        return result;
    const QByteArray json = jsonIds(ids);
    sqlite3_bind_text(select.handle, 1, json.constData(), int(json.size()), SQLITE_STATIC);
    while (sqlite3_step(select.handle) == SQLITE_ROW) {
        std::vector<RawValue> row;
        for (int column = 0; column < result.columns.size(); ++column)
            row.push_back(columnValue(select.handle, column));
        result.rows.push_back(std::move(row));
    }
    return result;
}

RawBatch RawLimits::trackRemoval(qint64 trackId)
{
    const QList<qint64> track = {trackId};
    const QString activities = QStringLiteral("SELECT id FROM activity WHERE track_id IN (SELECT value FROM json_each(?1))");
    const QString sessions = QStringLiteral("SELECT id FROM session WHERE activity_id IN (%1)").arg(activities);
    return {select(QStringLiteral("attendance"), QStringLiteral("session_id IN (%1)").arg(sessions), track),
            select(QStringLiteral("enrolment"),
                   QStringLiteral("track_id IN (SELECT value FROM json_each(?1)) OR activity_id IN (%1)").arg(activities),
                   track),
            select(QStringLiteral("session"), QStringLiteral("id IN (%1)").arg(sessions), track),
            select(QStringLiteral("activity"), QStringLiteral("id IN (%1)").arg(activities), track),
            select(QStringLiteral("track"), QStringLiteral("id IN (SELECT value FROM json_each(?1))"), track)};
}

RawBatch RawLimits::participantRemoval(const QList<qint64> &participantIds)
{
    const QString theirs = QStringLiteral("participant_id IN (SELECT value FROM json_each(?1))");
    return {select(QStringLiteral("attendance"), theirs, participantIds),
            select(QStringLiteral("enrolment"), theirs, participantIds),
            select(QStringLiteral("participant"), QStringLiteral("id IN (SELECT value FROM json_each(?1))"),
                   participantIds)};
}

RawBatch RawLimits::enrolments(const std::vector<Enrolment> &planned)
{
    qint64 nextId = 1;
    {
        Statement highest{prepare(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM enrolment"))};
        if (highest.handle && sqlite3_step(highest.handle) == SQLITE_ROW)
            nextId = sqlite3_column_int64(highest.handle, 0);
    }
    RawRows rows{QStringLiteral("enrolment"), columnsOf(QStringLiteral("enrolment")), {}};
    const QByteArray modified = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    for (const Enrolment &enrolment : planned) {
        std::vector<RawValue> row;
        for (const QString &column : std::as_const(rows.columns)) {
            if (column == QLatin1String("id"))
                row.emplace_back(nextId++);
            else if (column == QLatin1String("uuid"))
                row.emplace_back(QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            else if (column == QLatin1String("modified"))
                row.emplace_back(modified);
            else if (column == QLatin1String("participant_id"))
                row.emplace_back(enrolment.participantId);
            else if (column == QLatin1String("track_id") && enrolment.trackId != 0)
                row.emplace_back(enrolment.trackId);
            else if (column == QLatin1String("activity_id") && enrolment.activityId != 0)
                row.emplace_back(enrolment.activityId);
            else if (column == QLatin1String("status"))
                row.emplace_back(DomainKeys::key(enrolment.status).toUtf8());
            else if (column == QLatin1String("change_counter"))
                row.emplace_back(qint64(1));
            else
                row.emplace_back(std::monostate());
        }
        rows.rows.push_back(std::move(row));
    }
    return {rows};
}

RawBatch RawLimits::renamed(qint64 participantId, const QString &name)
{
    RawRows rows = select(QStringLiteral("participant"), QStringLiteral("id IN (SELECT value FROM json_each(?1))"),
                          {participantId});
    const qsizetype column = rows.columns.indexOf(QStringLiteral("name"));
    for (std::vector<RawValue> &row : rows.rows)
        row[std::size_t(column)] = name.toUtf8();
    return {rows};
}

template <typename Work>
double RawLimits::transaction(Work work)
{
    QElapsedTimer timer;
    timer.start();
    if (!exec("BEGIN"))
        return -1;
    if (!work()) {
        exec("ROLLBACK");
        return -1;
    }
    if (!exec("COMMIT"))
        return -1;
    return double(timer.nsecsElapsed()) / 1e6;
}

double RawLimits::remove(const RawBatch &batch)
{
    return transaction([&] {
        for (const RawRows &rows : batch) {
            Statement remove{prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(rows.table))};
            if (!remove.handle)
                return false;
            for (const std::vector<RawValue> &row : rows.rows) {
                bind(remove.handle, 1, row.front());
                if (sqlite3_step(remove.handle) != SQLITE_DONE || sqlite3_changes(m_db) != 1) {
                    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
                    return false;
                }
                sqlite3_reset(remove.handle);
            }
        }
        return true;
    });
}

namespace {

template <typename T>
RawRows storedRows(const std::vector<T> &entities)
{
    RawRows rows{descriptionOf<T>().table, columnsOf<T>(), {}};
    rows.rows.reserve(entities.size());
    for (const T &entity : entities) {
        std::vector<RawValue> row;
        for (const QVariant &value : storedValues(entity)) {
            if (value.isNull())
                row.emplace_back(std::monostate());
            else if (value.typeId() == QMetaType::Double)
                row.emplace_back(value.toDouble());
            else if (value.typeId() == QMetaType::QString)
                row.emplace_back(value.toString().toUtf8());
            else
                row.emplace_back(value.toLongLong());
        }
        rows.rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

RawBatch RawLimits::rowsOf(const std::vector<Participant> &participants, const std::vector<Organisation> &organisations)
{
    // Children first, as a removal takes them; insert() puts the organisations in first.
    return {storedRows(participants), storedRows(organisations)};
}

double RawLimits::insert(const RawBatch &batch)
{
    return transaction([&] {
        for (auto rows = batch.rbegin(); rows != batch.rend(); ++rows) {
            QStringList placeholders;
            for (qsizetype i = 0; i < rows->columns.size(); ++i)
                placeholders.append(QStringLiteral("?"));
            Statement insert{prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(rows->table, rows->columns.join(QLatin1String(", ")),
                                              placeholders.join(QLatin1String(", "))))};
            if (!insert.handle)
                return false;
            for (const std::vector<RawValue> &row : rows->rows) {
                for (std::size_t column = 0; column < row.size(); ++column)
                    bind(insert.handle, int(column) + 1, row[column]);
                if (sqlite3_step(insert.handle) != SQLITE_DONE) {
                    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
                    return false;
                }
                sqlite3_reset(insert.handle);
            }
        }
        return true;
    });
}

double RawLimits::update(const RawBatch &batch)
{
    return transaction([&] {
        for (const RawRows &rows : batch) {
            // Every column but the id, as the program writes a changed row.
            QStringList assignments;
            for (qsizetype i = 1; i < rows.columns.size(); ++i)
                assignments.append(rows.columns.at(i) + QStringLiteral(" = ?"));
            Statement update{prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                         .arg(rows.table, assignments.join(QLatin1String(", "))))};
            if (!update.handle)
                return false;
            for (const std::vector<RawValue> &row : rows.rows) {
                for (std::size_t column = 1; column < row.size(); ++column)
                    bind(update.handle, int(column), row[column]);
                bind(update.handle, int(row.size()), row.front());
                if (sqlite3_step(update.handle) != SQLITE_DONE) {
                    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
                    return false;
                }
                sqlite3_reset(update.handle);
            }
        }
        return true;
    });
}

double RawLimits::copyTo(const QString &path)
{
    QFile::remove(path);
    QElapsedTimer timer;
    timer.start();
    Statement vacuum{prepare(QStringLiteral("VACUUM INTO ?"))};
    const QByteArray target = QFile::encodeName(path);
    if (!vacuum.handle)
        return -1;
    sqlite3_bind_text(vacuum.handle, 1, target.constData(), int(target.size()), SQLITE_STATIC);
    if (sqlite3_step(vacuum.handle) != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace Akademiplan::Bench
