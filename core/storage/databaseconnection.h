// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVariant>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace Akademiplan {

// One named QSQLITE connection with the settings every project file is opened with. The only
// place, with the store and the inspector that use it, that talks to SQLite.
class DatabaseConnection
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::DatabaseConnection)

public:
    enum class Mode {
        ReadOnly,  // never writes, never creates: for judging and reading a file
        ReadWrite, // the working copy; the file must exist
        Create,    // a new working copy
        Memory     // a scratch database, e.g. the reference schema
    };

    DatabaseConnection();
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    bool open(const QString &path, Mode mode, QString *error);
    void close();
    bool isOpen() const;
    QSqlDatabase database() const;

    bool exec(const QString &sql, QString *error);
    // What went wrong, in the user's language: SQLite's own text is for developers and goes to
    // the log, never to the consultant.
    static QString describe(const QSqlError &error);
    // The first column of the first row, or an invalid QVariant on error.
    QVariant scalar(const QString &sql, QString *error = nullptr);
    // The columns a table has: an older file read without migrating lacks the newer ones. Empty
    // for a table the file does not have.
    QSet<QString> columns(const QString &table);
    // Runs a prepared query; false with the reason, described for the user, when it fails.
    static bool run(QSqlQuery &query, QString *error);

private:
    QString m_name;
};

} // namespace Akademiplan
