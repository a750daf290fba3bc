// SPDX-License-Identifier: MPL-2.0
#include "databaseconnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace Akademiplan {

namespace {
// Off by default: the user reads the translated message. For a developer,
// QT_LOGGING_RULES="akademiplan.sqlite=true" shows SQLite's own text as well.
Q_LOGGING_CATEGORY(sqliteLog, "akademiplan.sqlite", QtCriticalMsg)
} // namespace

DatabaseConnection::DatabaseConnection()
    : m_name(QStringLiteral("akademiplan-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DatabaseConnection::~DatabaseConnection()
{
    close();
}

bool DatabaseConnection::open(const QString &path, Mode mode, QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (!db.isValid()) {
        *error = QCoreApplication::translate("Akademiplan::DatabaseConnection",
                                             "The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).");
        QSqlDatabase::removeDatabase(m_name);
        return false;
    }
    // A URI with an explicit mode, because QSQLITE's default (read-write-create) would silently
    // create an empty database at a mistyped path.
    QString uriMode;
    switch (mode) {
    case Mode::ReadOnly: uriMode = QStringLiteral("ro"); break;
    case Mode::ReadWrite: uriMode = QStringLiteral("rw"); break;
    case Mode::Create: uriMode = QStringLiteral("rwc"); break;
    case Mode::Memory: uriMode = QStringLiteral("memory"); break;
    }
    QString options = QStringLiteral("QSQLITE_OPEN_URI");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (mode == Mode::Memory)
        db.setDatabaseName(QStringLiteral("file:%1?mode=memory").arg(m_name));
    else
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=")
                           + uriMode);
    if (!db.open()) {
        *error = describe(db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        return false;
    }
    // A file from someone else is untrusted: no schema-defined code may run, damaged cells are
    // caught, and no memory mapping can turn a corrupt file into a crash.
    QStringList pragmas = {QStringLiteral("PRAGMA trusted_schema = OFF"), QStringLiteral("PRAGMA cell_size_check = ON"),
                           QStringLiteral("PRAGMA mmap_size = 0"), QStringLiteral("PRAGMA foreign_keys = ON"),
                           // A bulk edit (a track with 25,000 enrolments) touches pages all over the
                           // enrolment table and its indexes, and a save's VACUUM INTO builds every
                           // index of the copy; with SQLite's default 2 MiB cache both spill to
                           // disk and read their own pages back.
                           QStringLiteral("PRAGMA cache_size = -65536")};
    if (mode != Mode::ReadOnly) {
        // One self-contained file after each commit, durable when the commit returns.
        pragmas << QStringLiteral("PRAGMA journal_mode = DELETE") << QStringLiteral("PRAGMA synchronous = FULL")
                << QStringLiteral("PRAGMA secure_delete = ON")
                // The domain's rules are checked by the program when the user acts. A file written
                // by another tool may hold a value the schema's CHECKs refuse (it opens with a
                // warning); editing another field of that row, or undoing, must still work.
                << QStringLiteral("PRAGMA ignore_check_constraints = ON");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!exec(pragma, error)) {
            db = QSqlDatabase(); // no handle may outlive the connection's removal
            close();
            return false;
        }
    }
    return true;
}

void DatabaseConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool DatabaseConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && database().isOpen();
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool DatabaseConnection::exec(const QString &sql, QString *error)
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        if (error)
            *error = describe(query.lastError());
        return false;
    }
    return true;
}

QVariant DatabaseConnection::scalar(const QString &sql, QString *error)
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        if (error)
            *error = describe(query.lastError());
        return {};
    }
    if (!query.next())
        return QVariant(QString());
    return query.value(0);
}

QSet<QString> DatabaseConnection::columns(const QString &table)
{
    QSet<QString> found;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        while (query.next())
            found.insert(query.value(1).toString());
    return found;
}

bool DatabaseConnection::run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = describe(query.lastError());
    return false;
}

QString DatabaseConnection::describe(const QSqlError &error)
{
    qCWarning(sqliteLog).noquote() << error.nativeErrorCode() << error.text();
    // SQLite's primary result codes (the low byte of an extended code).
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("The file is in use by another program; try again in a moment.");
    case 7: // SQLITE_NOMEM
        return tr("There is not enough memory.");
    case 8: // SQLITE_READONLY
        return tr("The file cannot be written to.");
    case 10: // SQLITE_IOERR
        return tr("The disk could not be read or written.");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("The file is damaged.");
    case 13: // SQLITE_FULL
        return tr("The disk is full.");
    case 14: // SQLITE_CANTOPEN
        return tr("The file cannot be opened.");
    case 19: // SQLITE_CONSTRAINT
        return tr("The change does not fit the rest of the project (it breaks one of the file's rules).");
    default:
        return tr("The project file could not be used (SQLite error %1).").arg(error.nativeErrorCode());
    }
}

} // namespace Akademiplan
