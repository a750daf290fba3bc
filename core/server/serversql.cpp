// SPDX-License-Identifier: MPL-2.0
#include "serversql.h"

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

} // namespace Akademiplan
