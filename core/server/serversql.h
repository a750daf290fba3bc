// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <functional>

class QSqlDatabase;
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
    // Sends rows as JSON objects, each already written as text, in batches to `sql`, whose first
    // placeholder is the project and second the batch: a JSON array, of a few megabytes at
    // most. One round trip per row would make publishing a large municipality's project take
    // minutes.
    // `returned` reads what each batch's statement returns.
    static bool insertInBatches(QSqlDatabase &database, const QString &sql, const QUuid &project,
                                const QStringList &rows, QString *error,
                                const std::function<void(QSqlQuery &query)> &returned = nullptr);
};

} // namespace Akademiplan
