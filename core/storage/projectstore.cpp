// SPDX-License-Identifier: MPL-2.0
#include "projectstore.h"

#include "databaseconnection.h"
#include "historytables.h"
#include "domain/entitydescription.h"
#include "migrations.h"
#include "projectfileformat.h"
#include "transactionguard.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <span>

namespace Akademiplan {

namespace {

// No field of a project holds more than a long description; a larger value is another program's
// mistake or an attack on the reader's memory, and is refused before it is converted.
constexpr int maxValueBytes = 1024 * 1024;

enum class Operation {
    Insert,
    Update,
    Remove,
    ForgetTombstone,
    WriteTombstone,
    ForgetPersonalData,
    ForgetPersonalDataOfMerges,
    KeepAsBase
};

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

template <typename T>
QString sqlText(Operation operation)
{
    const QString table = descriptionOf<T>().table;
    const QStringList columns = columnsOf<T>();
    switch (operation) {
    case Operation::Insert:
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1String(", ")), placeholders(columns.size()));
    case Operation::Update: {
        QStringList assignments;
        for (qsizetype i = 1; i < columns.size(); ++i)
            assignments.append(columns.at(i) + QStringLiteral(" = ?"));
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1String(", ")));
    }
    case Operation::Remove: return QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table);
    case Operation::ForgetTombstone: return QStringLiteral("DELETE FROM tombstone WHERE uuid = ?");
    case Operation::WriteTombstone: {
        // The fields that name no one stay with the tombstone (see 0007_calendar.sql), bound
        // in the order of the description, references as the UUIDs of the rows they point to; a
        // row about a person keeps none.
        if (concernsPerson<T>())
            return QStringLiteral("INSERT OR REPLACE INTO tombstone (uuid, entity_type, deleted, change_counter, "
                                  "fields) VALUES (?, ?, ?, ?, NULL)");
        QStringList pairs;
        for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
            if (field.personalData != PersonalData::None)
                continue;
            const QString column = field.column;
            pairs.append(field.isReference() ? QStringLiteral("'%1', (SELECT uuid FROM %2 WHERE id = ?)")
                                                   .arg(column, tableName(field.reference.parent))
                                             : QStringLiteral("'%1', ?").arg(column));
        }
        return QStringLiteral("INSERT OR REPLACE INTO tombstone (uuid, entity_type, deleted, change_counter, fields) "
                              "VALUES (?, ?, ?, ?, json_object(%1))")
            .arg(pairs.join(QLatin1String(", ")));
    }
    case Operation::ForgetPersonalData:
    case Operation::ForgetPersonalDataOfMerges: {
        // A person deleted here leaves no name in the rows kept for a merge; the row itself stays,
        // so that a merge still knows the person was shared and then deleted.
        QStringList blanks;
        for (const FieldDescription<T> &field : descriptionOf<T>().fields)
            if (field.personalData == PersonalData::Personal)
                blanks.append(QStringLiteral("'$.%1', ''").arg(QString(field.column)));
        // Through the table the base belongs to, so that the primary key finds the rows.
        const bool ofShares = operation == Operation::ForgetPersonalData;
        return QStringLiteral("UPDATE %1 SET fields = json_set(fields, %2) WHERE %3 IN (SELECT id FROM %4) AND uuid = ?")
            .arg(ofShares ? QStringLiteral("share_base") : QStringLiteral("merge_base"), blanks.join(QLatin1String(", ")),
                 ofShares ? QStringLiteral("share_id") : QStringLiteral("merge_id"),
                 ofShares ? QStringLiteral("share") : QStringLiteral("merge_record"));
    }
    case Operation::KeepAsBase: {
        // References are kept as the UUIDs of the rows they point to: ids are local to a file.
        QStringList pairs;
        for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
            const QString column = field.column;
            pairs.append(field.isReference()
                             ? QStringLiteral("'%1', (SELECT uuid FROM %2 WHERE id = kept.%1)")
                                   .arg(column, tableName(field.reference.parent))
                             : QStringLiteral("'%1', kept.%1").arg(column));
        }
        return QStringLiteral("INSERT INTO share_base (share_id, entity_type, uuid, change_counter, fields) "
                              "SELECT ?, '%1', kept.uuid, kept.change_counter, json_object(%2) FROM %1 AS kept")
            .arg(table, pairs.join(QLatin1String(", ")));
    }
    }
    return {};
}

} // namespace

struct ProjectStore::Private
{
    DatabaseConnection connection;
    QString path;
    QHash<int, std::shared_ptr<QSqlQuery>> statements;

    template <typename T>
    QSqlQuery *statement(Operation operation, QString *error)
    {
        const int key = int(entityTypeOf<T>()) * 16 + int(operation);
        auto it = statements.find(key);
        if (it == statements.end()) {
            auto query = std::make_shared<QSqlQuery>(connection.database());
            if (!query->prepare(sqlText<T>(operation))) {
                *error = DatabaseConnection::describe(query->lastError());
                return nullptr;
            }
            it = statements.insert(key, query);
        }
        return it->get();
    }

    bool run(QSqlQuery *query, QString *error) { return DatabaseConnection::run(*query, error); }
    QSet<QString> columnsOf(const QString &table) { return connection.columns(table); }

    template <typename T>
    bool loadTable(EntityList<T> &list, QString *error);
    bool loadInfo(ProjectInfo &info, QString *error);
    template <typename T>
    bool writeChange(const Change &change, QString *error);
    bool execInfo(const QString &sql, const ProjectInfo &info, QString *error);
};

ProjectStore::ProjectStore()
    : d(std::make_unique<Private>())
{
}

ProjectStore::~ProjectStore()
{
    close();
}

bool ProjectStore::create(const QString &path, const ProjectInfo &info, QString *error)
{
    close();
    d->path = path;
    if (!d->connection.open(path, DatabaseConnection::Mode::Create, error))
        return false;
    if (!d->connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(ProjectFileFormat::applicationId),
                            error)
        || !Migrations::migrate(d->connection, Migrations::latestVersion(), error)
        || !d->execInfo(QStringLiteral("INSERT INTO project (uuid, municipality_code, municipality_name, created, "
                                       "revision, based_on_revision, revision_uuid, based_on_revision_uuid, id) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                        info, error)) {
        close();
        return false;
    }
    return true;
}

bool ProjectStore::open(const QString &path, bool readOnly, QString *error)
{
    close();
    d->path = path;
    if (!d->connection.open(path, readOnly ? DatabaseConnection::Mode::ReadOnly : DatabaseConnection::Mode::ReadWrite,
                            error))
        return false;
    if (!readOnly) {
        const int version = d->connection.scalar(QStringLiteral("PRAGMA user_version"), error).toInt();
        if (version < Migrations::latestVersion()
            && !Migrations::migrate(d->connection, Migrations::latestVersion(), error)) {
            close();
            return false;
        }
    }
    return true;
}

void ProjectStore::close()
{
    // Prepared statements must be gone before their connection is removed.
    d->statements.clear();
    d->connection.close();
}

bool ProjectStore::load(Project &project, QString *error)
{
    return load(project, Reading::OneThread, error);
}

bool ProjectStore::load(Project &project, Reading reading, QString *error)
{
    Project loaded;
    // The enrolments are as many rows as all the rest together (a million at the stress size):
    // on a second core they are read beside the rest, through a read-only connection of the
    // reading thread's own.
    bool enrolmentsRead = true;
    QString enrolmentError;
    std::unique_ptr<QThread> enrolmentReader;
    if (reading == Reading::TwoThreads) {
        enrolmentReader.reset(QThread::create([&] {
            ProjectStore second;
            enrolmentsRead = second.open(d->path, true, &enrolmentError)
                             && second.d->loadTable(loaded.enrolments, &enrolmentError);
        }));
        enrolmentReader->start();
    }
    bool ok = d->loadInfo(loaded.info, error);
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (!enrolmentReader || entityTypeOf<T>() != EntityType::Enrolment)
            ok = ok && d->loadTable(loaded.list<T>(), error);
    });
    if (enrolmentReader)
        enrolmentReader->wait();
    if (ok && !enrolmentsRead) {
        *error = enrolmentError;
        ok = false;
    }
    if (!ok)
        return false;
    project = std::move(loaded);
    return true;
}

bool ProjectStore::Private::loadInfo(ProjectInfo &info, QString *error)
{
    const bool hasHistory = columnsOf(QStringLiteral("project")).contains(QStringLiteral("revision_uuid"));
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT uuid, municipality_code, municipality_name, created, revision, "
                                   "based_on_revision%1 FROM project WHERE id = 1")
                        .arg(hasHistory ? QStringLiteral(", revision_uuid, based_on_revision_uuid") : QString()))
        || !query.next()) {
        *error = ProjectStore::tr("The file does not say which municipality it belongs to.");
        return false;
    }
    info.uuid = QUuid::fromString(query.value(0).toString());
    info.municipalityCode = query.value(1).toInt();
    info.municipalityName = query.value(2).toString();
    info.created = parseTimestamp(query.value(3).toString());
    info.revision = query.value(4).toLongLong();
    info.basedOnRevision = query.value(5).toLongLong();
    if (hasHistory) {
        info.revisionUuid = QUuid::fromString(query.value(6).toString());
        info.basedOnRevisionUuid = QUuid::fromString(query.value(7).toString());
    }
    if (info.uuid.isNull() || !info.created.isValid()) {
        *error = ProjectStore::tr("The file's project identity (its id and creation time) cannot be read.");
        return false;
    }
    return !hasHistory || HistoryTables(connection).load(info, error);
}



template <typename T>
bool ProjectStore::Private::loadTable(EntityList<T> &list, QString *error)
{
    const EntityDescription<T> &description = descriptionOf<T>();
    const QSet<QString> present = columnsOf(description.table);
    // A table newer than the file (partnerships before version 5) has no rows yet.
    if (present.isEmpty() && !columnsOf(QStringLiteral("organisation")).isEmpty())
        return true;
    // Each wanted column's place in the result, or -1 when this file has no such column.
    const QStringList wanted = Akademiplan::columnsOf<T>();
    QStringList selected;
    std::vector<int> place;
    for (const QString &column : wanted) {
        place.push_back(present.contains(column) ? int(selected.size()) : -1);
        if (present.contains(column))
            selected.append(column);
    }
    // Rows are read through SQLite's own API rather than QSqlQuery: its row cache and a QVariant
    // per value made reading a file of a million enrolments several times slower than the
    // reading itself. The connection, its settings and every other statement stay Qt's.
    const QVariant handle = connection.database().driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3 *const *>(handle.constData())
                      : nullptr;
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                               .arg(selected.join(QLatin1String(", ")), QString(description.table))
                               .toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (!db || place[0] != 0 || sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        *error = ProjectStore::tr("The file's table %1 cannot be read.").arg(QString(description.table));
        return false;
    }
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    auto text = [statement](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    };
    auto value = [&text, statement](int column) -> QVariant {
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_INTEGER: return qlonglong(sqlite3_column_int64(statement, column));
        case SQLITE_FLOAT: return sqlite3_column_double(statement, column);
        case SQLITE_NULL: return {};
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                              sqlite3_column_bytes(statement, column));
        default: return text(column);
        }
    };
    const int headerSize = int(headerColumns().size());
    auto unreadable = [&](qint64 id, const QString &column) {
        *error = ProjectStore::tr("The %1 with row id %2 has an unreadable value in \"%3\".")
                     .arg(QString(description.table))
                     .arg(id)
                     .arg(column);
        return false;
    };
    std::vector<T> rows;
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        T row;
        row.id = sqlite3_column_int64(statement, 0);
        row.uuid = QUuid::fromString(
            QLatin1StringView(reinterpret_cast<const char *>(sqlite3_column_text(statement, place[1])),
                              sqlite3_column_bytes(statement, place[1])));
        if (row.uuid.isNull())
            return unreadable(row.id, wanted.at(1));
        row.modified = parseTimestamp(text(place[2]));
        if (!row.modified.isValid())
            return unreadable(row.id, wanted.at(2));
        row.changeCounter = 1;
        if (place[3] >= 0 && (!FieldCodec<qint64>::load(value(place[3]), row.changeCounter) || row.changeCounter < 1))
            return unreadable(row.id, wanted.at(3));
        for (std::size_t i = 0; i < description.fields.size(); ++i) {
            const int at = place[std::size_t(headerSize) + i];
            if (at >= 0 && sqlite3_column_bytes(statement, at) > maxValueBytes) {
                *error = ProjectStore::tr("The %1 with row id %2 has a value in \"%3\" of %4 MB, far more than any "
                                          "project holds.")
                             .arg(QString(description.table))
                             .arg(row.id)
                             .arg(QString(description.fields[i].column))
                             .arg(sqlite3_column_bytes(statement, at) / (1024 * 1024));
                return false;
            }
            if (at >= 0 && !description.fields[i].load(row, value(at)))
                return unreadable(row.id, description.fields[i].column);
        }
        rows.push_back(std::move(row));
    }
    if (step != SQLITE_DONE) {
        *error = ProjectStore::tr("The file's table %1 cannot be read to the end.").arg(QString(description.table));
        return false;
    }
    list.assign(std::move(rows));
    return true;
}

bool ProjectStore::write(const Change *changes, std::size_t count, QString *error)
{
    TransactionGuard transaction(d->connection);
    if (!transaction.isActive()) {
        *error = DatabaseConnection::describe(d->connection.database().lastError());
        return false;
    }
    for (const Change &change : std::span(changes, count)) {
        const AnyEntity &entity = change.after ? *change.after : *change.before;
        const bool ok = std::visit(
            [&](const auto &row) { return d->writeChange<std::decay_t<decltype(row)>>(change, error); }, entity);
        if (!ok)
            return false;
    }
    if (!transaction.commit()) {
        *error = DatabaseConnection::describe(d->connection.database().lastError());
        return false;
    }
    return true;
}

template <typename T>
bool ProjectStore::Private::writeChange(const Change &change, QString *error)
{
    if (!change.before) {
        const T &row = std::get<T>(*change.after);
        QSqlQuery *insert = statement<T>(Operation::Insert, error);
        QSqlQuery *forget = statement<T>(Operation::ForgetTombstone, error);
        if (!insert || !forget)
            return false;
        for (const QVariant &value : storedValues(row))
            insert->addBindValue(value);
        forget->addBindValue(row.uuid.toString(QUuid::WithoutBraces));
        return run(insert, error) && run(forget, error);
    }
    if (!change.after) {
        // The removed row as the document stamped it: its deletion time and last counter.
        const T &row = std::get<T>(*change.before);
        QSqlQuery *remove = statement<T>(Operation::Remove, error);
        QSqlQuery *tombstone = statement<T>(Operation::WriteTombstone, error);
        if (!remove || !tombstone)
            return false;
        remove->addBindValue(row.id);
        tombstone->addBindValue(row.uuid.toString(QUuid::WithoutBraces));
        tombstone->addBindValue(QString(descriptionOf<T>().table));
        tombstone->addBindValue(timestampText(row.modified));
        tombstone->addBindValue(row.changeCounter);
        if (!concernsPerson<T>())
            for (const FieldDescription<T> &field : descriptionOf<T>().fields)
                if (field.personalData == PersonalData::None)
                    tombstone->addBindValue(field.store(row));
        if (!run(remove, error))
            return false;
        if (remove->numRowsAffected() != 1) {
            *error = ProjectStore::tr("A row to change (%1 %2) is not in the working copy.")
                         .arg(QString(descriptionOf<T>().table))
                         .arg(row.id);
            return false;
        }
        if (!run(tombstone, error))
            return false;
        if (!holdsPersonalData<T>())
            return true;
        for (const Operation operation : {Operation::ForgetPersonalData, Operation::ForgetPersonalDataOfMerges}) {
            QSqlQuery *forget = statement<T>(operation, error);
            if (!forget)
                return false;
            forget->addBindValue(row.uuid.toString(QUuid::WithoutBraces));
            if (!run(forget, error))
                return false;
        }
        return true;
    }
    const T &row = std::get<T>(*change.after);
    QSqlQuery *update = statement<T>(Operation::Update, error);
    if (!update)
        return false;
    QVariantList values = storedValues(row);
    values.append(values.takeFirst()); // the id goes to the WHERE clause
    for (const QVariant &value : std::as_const(values))
        update->addBindValue(value);
    if (!run(update, error))
        return false;
    if (update->numRowsAffected() != 1) {
        *error = ProjectStore::tr("A row to change (%1 %2) is not in the working copy.")
                     .arg(QString(descriptionOf<T>().table))
                     .arg(row.id);
        return false;
    }
    return true;
}

bool ProjectStore::writeRevision(const ProjectInfo &info, const QUuid &parent, const QDateTime &saved,
                                 const RevisionNote &note, QString *error)
{
    TransactionGuard transaction(d->connection);
    QSqlQuery revision(d->connection.database());
    revision.prepare(QStringLiteral("INSERT INTO revision (uuid, parent_uuid, number, saved, author, summary) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"));
    revision.addBindValue(info.revisionUuid.toString(QUuid::WithoutBraces));
    revision.addBindValue(parent.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(parent.toString(QUuid::WithoutBraces)));
    revision.addBindValue(info.revision);
    revision.addBindValue(timestampText(saved));
    revision.addBindValue(note.author.isNull() ? QStringLiteral("") : note.author);
    revision.addBindValue(QString::fromUtf8(QJsonDocument(note.summary).toJson(QJsonDocument::Compact)));
    bool ok = transaction.isActive() && d->run(&revision, error);
    for (const TakenInCopy &merge : note.merges)
        ok = ok && HistoryTables(d->connection).writeMerge(merge.record, info.revisionUuid, *merge.base, error);
    if (!ok
        || !d->execInfo(QStringLiteral("UPDATE project SET uuid = ?, municipality_code = ?, municipality_name = ?, "
                                       "created = ?, revision = ?, based_on_revision = ?, revision_uuid = ?, "
                                       "based_on_revision_uuid = ? WHERE id = 1"),
                        info, error))
        return false;
    if (!transaction.commit()) {
        *error = DatabaseConnection::describe(d->connection.database().lastError());
        return false;
    }
    return true;
}




bool ProjectStore::loadBase(Base kind, const QUuid &uuid, std::vector<StoredRow> &rows, QString *error)
{
    return HistoryTables(d->connection).loadBase(kind, uuid, rows, error);
}

bool ProjectStore::loadTombstones(EntityType type, std::vector<Tombstone> &tombstones, QString *error)
{
    return HistoryTables(d->connection).loadTombstones(type, tombstones, error);
}

bool ProjectStore::loadArchive(ProjectArchive &archive, QString *error)
{
    Project project;
    std::vector<Tombstone> tombstones;
    HistoryTables history(d->connection);
    if (!load(project, error) || !history.loadAllTombstones(tombstones, error))
        return false;
    ProjectArchive loaded = ProjectArchive::of(project, tombstones);
    for (const ShareRecord &share : loaded.info.shares)
        if (!history.loadBase(Base::Share, share.uuid, loaded.shareBases[share.uuid], error))
            return false;
    for (const MergeRecord &merge : loaded.info.merges)
        if (!history.loadBase(Base::Merge, merge.uuid, loaded.mergeBases[merge.uuid], error))
            return false;
    archive = std::move(loaded);
    return true;
}

bool ProjectStore::restore(const QString &path, const ProjectArchive &archive, QString *error)
{
    Project project;
    std::vector<Tombstone> tombstones;
    if (!archive.unpack(project, tombstones, error) || !create(path, archive.info, error))
        return false;
    ChangeSet rows;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        for (const T &row : project.list<T>())
            rows.insert(row);
    });
    // One transaction for the rows and one for the history; a file left half written is the
    // caller's to remove, since it was new.
    if (!write(rows.changes().data(), rows.size(), error))
        return false;
    TransactionGuard transaction(d->connection);
    if (!transaction.isActive() || !HistoryTables(d->connection).restore(archive, error))
        return false;
    if (!transaction.commit()) {
        *error = DatabaseConnection::describe(d->connection.database().lastError());
        return false;
    }
    return true;
}

bool ProjectStore::dropRevision(const ProjectInfo &previous, const QUuid &revision, QString *error)
{
    TransactionGuard transaction(d->connection);
    bool ok = transaction.isActive();
    // The merges the save recorded go with it, their rows first.
    for (const QString &sql : {QStringLiteral("DELETE FROM merge_base WHERE merge_id IN "
                                              "(SELECT id FROM merge_record WHERE revision_uuid = ?)"),
                               QStringLiteral("DELETE FROM merge_record WHERE revision_uuid = ?"),
                               QStringLiteral("DELETE FROM revision WHERE uuid = ?")}) {
        QSqlQuery drop(d->connection.database());
        drop.prepare(sql);
        drop.addBindValue(revision.toString(QUuid::WithoutBraces));
        ok = ok && d->run(&drop, error);
    }
    if (!ok
        || !d->execInfo(QStringLiteral("UPDATE project SET uuid = ?, municipality_code = ?, municipality_name = ?, "
                                       "created = ?, revision = ?, based_on_revision = ?, revision_uuid = ?, "
                                       "based_on_revision_uuid = ? WHERE id = 1"),
                        previous, error))
        return false;
    return transaction.commit();
}

bool ProjectStore::Private::execInfo(const QString &sql, const ProjectInfo &info, QString *error)
{
    auto optionalUuid = [](const QUuid &uuid) {
        return uuid.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuid.toString(QUuid::WithoutBraces));
    };
    QSqlQuery query(connection.database());
    query.prepare(sql);
    query.addBindValue(info.uuid.toString(QUuid::WithoutBraces));
    query.addBindValue(info.municipalityCode);
    query.addBindValue(info.municipalityName);
    query.addBindValue(timestampText(info.created));
    query.addBindValue(info.revision);
    query.addBindValue(info.basedOnRevision);
    query.addBindValue(optionalUuid(info.revisionUuid));
    query.addBindValue(optionalUuid(info.basedOnRevisionUuid));
    return run(&query, error);
}

bool ProjectStore::recordShare(const ShareRecord &share, QString *error)
{
    TransactionGuard transaction(d->connection);
    QVariant shareId;
    bool ok = transaction.isActive() && HistoryTables(d->connection).writeShare(share, {}, &shareId, error);
    // One statement per table copies its rows inside SQLite, so a share of a million rows never
    // passes them through the program.
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        QSqlQuery *keep = ok ? d->statement<T>(Operation::KeepAsBase, error) : nullptr;
        if (!keep) {
            ok = false;
            return;
        }
        keep->addBindValue(shareId);
        ok = d->run(keep, error);
    });
    if (ok && !transaction.commit()) {
        *error = DatabaseConnection::describe(d->connection.database().lastError());
        ok = false;
    }
    return ok;
}

bool ProjectStore::forgetShare(const QUuid &share, QString *error)
{
    TransactionGuard transaction(d->connection);
    const QString uuid = share.toString(QUuid::WithoutBraces);
    QSqlQuery bases(d->connection.database());
    bases.prepare(QStringLiteral("DELETE FROM share_base WHERE share_id IN (SELECT id FROM share WHERE uuid = ?)"));
    bases.addBindValue(uuid);
    QSqlQuery record(d->connection.database());
    record.prepare(QStringLiteral("DELETE FROM share WHERE uuid = ?"));
    record.addBindValue(uuid);
    if (!transaction.isActive() || !d->run(&bases, error) || !d->run(&record, error))
        return false;
    return transaction.commit();
}

bool ProjectStore::copyTo(const QString &path, QString *error)
{
    // The copy is written without syncing: the caller syncs it, and can read it back meanwhile.
    // From a connection opened for writing: from a read-only one SQLite copies row by row
    // instead of page by page, five times slower.
    QSqlQuery vacuum(d->connection.database());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(path);
    if (!d->connection.exec(QStringLiteral("PRAGMA synchronous = OFF"), error))
        return false;
    const bool copied = d->run(&vacuum, error);
    QString ignored;
    d->connection.exec(QStringLiteral("PRAGMA synchronous = FULL"), copied ? error : &ignored);
    return copied;
}

} // namespace Akademiplan
