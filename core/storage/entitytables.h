// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace Akademiplan {

// How each entity maps to its table: the column list (id first) and the conversion of a row
// to and from values. Reading checks every value, because the file may come from anyone.
class EntityTables
{
public:
    static QString table(EntityType type);
    static QStringList columns(EntityType type);
    static QVariantList values(const AnyEntity &entity);

    // Fills `entity` from the current row (columns in the order of columns()); on a value this
    // version cannot use, returns false and says which.
    static bool read(const QSqlQuery &query, Academy &entity, QString *problem);
    static bool read(const QSqlQuery &query, Track &entity, QString *problem);
    static bool read(const QSqlQuery &query, Activity &entity, QString *problem);
    static bool read(const QSqlQuery &query, Session &entity, QString *problem);
    static bool read(const QSqlQuery &query, Organisation &entity, QString *problem);
    static bool read(const QSqlQuery &query, Participant &entity, QString *problem);
    static bool read(const QSqlQuery &query, Enrolment &entity, QString *problem);
    static bool read(const QSqlQuery &query, Attendance &entity, QString *problem);

    static QString timestampText(const QDateTime &timestamp);
    static QDateTime parseTimestamp(const QString &text);
};

} // namespace Akademiplan
