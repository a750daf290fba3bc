// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace Akademiplan::Test {

// A PostgreSQL server of the test's own: a cluster made by initdb in a temporary folder,
// listening only on a Unix socket there, with the database "akademiplan" owned by the
// administrator role "akademiplan_admin" (local connections are trusted: only this machine's
// users can reach the socket, and the folder is the test's). Run as the unprivileged "postgres"
// user when the test runs as root, since PostgreSQL refuses to run as root. Stopped and removed
// when the object goes. A missing server fails the test and names the package to install.
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    static QString administrator() { return QStringLiteral("akademiplan_admin"); }
    // The libpq URI of the database as `user`.
    QString uri(const QString &user = administrator()) const;
    // Calls `work` with an open connection as `user`, closed and forgotten afterwards.
    void as(const QString &user, const std::function<void(QSqlDatabase &)> &work) const;
    // Runs `sql` as the administrator; fails the test when the server refuses it.
    void exec(const QString &sql) const;
    QString socketFolder() const { return m_folder.path(); }

private:
    void run(const QString &program, const QStringList &arguments) const;

    QTemporaryDir m_folder;
    QString m_bin;
    int m_port = 0;
};

} // namespace Akademiplan::Test
