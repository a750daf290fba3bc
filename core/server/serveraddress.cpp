// SPDX-License-Identifier: MPL-2.0
#include "serveraddress.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace Akademiplan {

std::optional<ServerAddress> ServerAddress::parse(const QString &uri, QString *error)
{
    // QUrl reads the URI's parts and undoes their percent-encoding, as libpq does.
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *error = tr("%1 is not a server address. Write it as postgresql://user@host:port/database.").arg(uri);
        return std::nullopt;
    }
    ServerAddress address;
    address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName();
    address.password = url.password();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            address.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535) {
                *error = tr("%1 is not a port number.").arg(value);
                return std::nullopt;
            }
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else {
            *error = tr("The server address has a setting Akademiplan does not know: %1.").arg(key);
            return std::nullopt;
        }
    }
    if (address.database.isEmpty()) {
        *error = tr("The server address names no database: add it after the host, as in "
                    "postgresql://user@host/akademiplan.");
        return std::nullopt;
    }
    return address;
}

QString ServerAddress::shown() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (host.startsWith(QLatin1Char('/'))) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
        url.setQuery(query);
        url.setHost(QString());
    } else {
        url.setHost(host);
        url.setPort(port);
    }
    return url.toString(QUrl::RemovePassword);
}

QSqlDatabase ServerAddress::open(const QString &connectionName, QString *error) const
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!database.isValid()) {
        *error = tr("Qt's PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql).");
        return database;
    }
    database.setHostName(host);
    database.setPort(port);
    database.setDatabaseName(this->database);
    database.setUserName(user);
    database.setPassword(password);
    database.setConnectOptions(QStringLiteral("sslmode=prefer;connect_timeout=10;application_name=Akademiplan"));
    if (!database.open())
        *error = tr("Cannot connect to %1: %2").arg(shown(), database.lastError().text().trimmed());
    return database;
}

} // namespace Akademiplan
