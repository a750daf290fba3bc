// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Akademiplan {

// Where a team server is, as a PostgreSQL connection URI in libpq's form:
// postgresql://user:password@host:port/database, a Unix-socket folder as ?host=/path&port=N.
// The window's Connect to Server dialog builds the same.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ServerAddress)

public:
    QString host; // a name, an address, or the folder of a Unix socket
    int port = 5432;
    QString database;
    QString user;
    QString password;

    // The address in `uri`, or nothing with the reason in `error`.
    static std::optional<ServerAddress> parse(const QString &uri, QString *error);
    // The URI to show and log: everything but the password.
    QString shown() const;
    // A connection named `connectionName` through Qt's PostgreSQL driver, opened; an invalid
    // one with the reason in `error` when the driver is missing or the server says no. TLS is
    // used whenever the server offers it (libpq's sslmode=prefer).
    QSqlDatabase open(const QString &connectionName, QString *error) const;
};

} // namespace Akademiplan
