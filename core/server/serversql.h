// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>
#include <QUuid>
#include <QVariant>

class QSqlError;
class QSqlQuery;

namespace Akademiplan {

// What every statement the program sends a team server shares: how UUIDs, empty values and times
// are written, and how a refusal is told.
class ServerSql
{
public:
    static QString uuidText(const QUuid &uuid) { return uuid.toString(QUuid::WithoutBraces); }
    // NULL for an empty text or a null UUID.
    static QVariant textOrNull(const QString &text);
    static QVariant uuidOrNull(const QUuid &uuid) { return textOrNull(uuid.isNull() ? QString() : uuidText(uuid)); }
    // A timestamptz column read as timestampText() writes it, so that a time comes back exactly
    // as it went.
    static QString utcText(const QString &column);
    // The server's own message, or the driver's when the server said nothing.
    static QString message(const QSqlError &error);
    // Runs a prepared query; the server's message when it fails.
    static bool run(QSqlQuery &query, QString *error);
};

} // namespace Akademiplan
