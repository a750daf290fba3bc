// SPDX-License-Identifier: MPL-2.0
#include "serversql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Akademiplan {

QVariant ServerSql::textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString ServerSql::utcText(const QString &column)
{
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(column);
}

QString ServerSql::message(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

bool ServerSql::run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = message(query.lastError());
    return false;
}

bool ServerSql::insertInBatches(QSqlDatabase &database, const QString &sql, const QUuid &project,
                                const QStringList &rows, QString *error,
                                const std::function<void(QSqlQuery &query)> &returned)
{
    constexpr qsizetype batchBytes = 4 * 1024 * 1024;
    QSqlQuery query(database);
    if (!query.prepare(sql)) {
        *error = message(query.lastError());
        return false;
    }
    qsizetype from = 0;
    while (from < rows.size()) {
        QString batch = QStringLiteral("[");
        qsizetype to = from;
        while (to < rows.size() && (to == from || batch.size() < batchBytes)) {
            if (to > from)
                batch.append(QLatin1Char(','));
            batch.append(rows.at(to++));
        }
        batch.append(QLatin1Char(']'));
        query.addBindValue(uuidText(project));
        query.addBindValue(batch);
        if (!run(query, error))
            return false;
        if (returned)
            returned(query);
        from = to;
    }
    return true;
}

} // namespace Akademiplan
