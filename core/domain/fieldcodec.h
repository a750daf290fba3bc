// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domainkeys.h"

#include <QColor>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <optional>
#include <type_traits>

namespace Akademiplan {

// How one C++ field type becomes a stored value and back. Stored values are plain text, integers
// or null, which any SQL store (SQLite, PostgreSQL) and JSON hold alike; reading checks every
// value, because a file may come from anyone.
template <typename Value, typename = void>
struct FieldCodec;

namespace Detail {

inline QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

inline bool jsonArray(const QVariant &stored, QJsonArray *array)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(stored.toString().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return false;
    *array = document.array();
    return true;
}

inline bool integer(const QVariant &stored, qint64 *value)
{
    // SQLite keeps text in an INTEGER column when it does not look like a number; such a value
    // must not silently become 0.
    if (stored.isNull() || stored.typeId() == QMetaType::QString || stored.typeId() == QMetaType::QByteArray)
        return false;
    bool ok = false;
    *value = stored.toLongLong(&ok);
    return ok;
}

} // namespace Detail

template <>
struct FieldCodec<QString>
{
    // A null QString would be stored as NULL; the columns are NOT NULL with '' for empty.
    static QVariant store(const QString &value) { return value.isNull() ? QString(QLatin1String("")) : value; }
    static bool load(const QVariant &stored, QString &value)
    {
        if (stored.isNull())
            return false;
        value = stored.toString();
        return true;
    }
};

template <typename Integer>
struct FieldCodec<Integer, std::enable_if_t<std::is_integral_v<Integer>>>
{
    static QVariant store(Integer value) { return qlonglong(value); }
    static bool load(const QVariant &stored, Integer &value)
    {
        qint64 number = 0;
        if (!Detail::integer(stored, &number) || number < qint64(std::numeric_limits<Integer>::min())
            || number > qint64(std::numeric_limits<Integer>::max()))
            return false;
        value = Integer(number);
        return true;
    }
};

template <typename Enum>
struct FieldCodec<Enum, std::enable_if_t<std::is_enum_v<Enum>>>
{
    static QVariant store(Enum value) { return DomainKeys::key(value); }
    static bool load(const QVariant &stored, Enum &value)
    {
        const auto parsed = DomainKeys::parse<Enum>(stored.toString());
        if (!parsed)
            return false;
        value = *parsed;
        return true;
    }
};

template <>
struct FieldCodec<QDate>
{
    static QVariant store(const QDate &value) { return value.toString(QStringLiteral("yyyy-MM-dd")); }
    static bool load(const QVariant &stored, QDate &value)
    {
        value = QDate::fromString(stored.toString(), QStringLiteral("yyyy-MM-dd"));
        return value.isValid();
    }
};

// A date that may be left out, stored as '' then: the day an agreement with a partner was made.
template <>
struct FieldCodec<std::optional<QDate>>
{
    static QVariant store(const std::optional<QDate> &value)
    {
        return value ? FieldCodec<QDate>::store(*value) : QVariant(QString(QLatin1String("")));
    }
    static bool load(const QVariant &stored, std::optional<QDate> &value)
    {
        if (stored.isNull())
            return false;
        value.reset();
        if (stored.toString().isEmpty())
            return true;
        QDate date;
        if (!FieldCodec<QDate>::load(stored, date))
            return false;
        value = date;
        return true;
    }
};

// A number that may be unknown, stored as NULL then: what a budget line actually cost, before
// the bill has come.
template <>
struct FieldCodec<std::optional<qint64>>
{
    static QVariant store(const std::optional<qint64> &value) { return value ? QVariant(qlonglong(*value)) : QVariant(); }
    static bool load(const QVariant &stored, std::optional<qint64> &value)
    {
        value.reset();
        if (stored.isNull())
            return true;
        qint64 number = 0;
        if (!Detail::integer(stored, &number))
            return false;
        value = number;
        return true;
    }
};

template <>
struct FieldCodec<QTime>
{
    static QVariant store(const QTime &value) { return value.toString(QStringLiteral("HH:mm")); }
    static bool load(const QVariant &stored, QTime &value)
    {
        value = QTime::fromString(stored.toString(), QStringLiteral("HH:mm"));
        return value.isValid();
    }
};

template <>
struct FieldCodec<QColor>
{
    static QVariant store(const QColor &value) { return value.isValid() ? value.name() : QString(QLatin1String("")); }
    static bool load(const QVariant &stored, QColor &value)
    {
        const QString text = stored.toString();
        value = text.isEmpty() ? QColor() : QColor(text);
        return text.isEmpty() || value.isValid();
    }
};

template <>
struct FieldCodec<QStringList>
{
    static QVariant store(const QStringList &value) { return Detail::jsonText(QJsonArray::fromStringList(value)); }
    static bool load(const QVariant &stored, QStringList &value)
    {
        QJsonArray array;
        if (!Detail::jsonArray(stored, &array))
            return false;
        value.clear();
        for (const QJsonValue &item : std::as_const(array)) {
            if (!item.isString())
                return false;
            value.append(item.toString());
        }
        return true;
    }
};

// A list of numbers or of enumeration keys, as a JSON array.
template <typename Item>
struct FieldCodec<QList<Item>, std::enable_if_t<std::is_enum_v<Item> || std::is_integral_v<Item>>>
{
    static QVariant store(const QList<Item> &value)
    {
        QJsonArray array;
        for (Item item : value) {
            if constexpr (std::is_enum_v<Item>)
                array.append(DomainKeys::key(item));
            else
                array.append(qint64(item));
        }
        return Detail::jsonText(array);
    }
    static bool load(const QVariant &stored, QList<Item> &value)
    {
        QJsonArray array;
        if (!Detail::jsonArray(stored, &array))
            return false;
        value.clear();
        for (const QJsonValue &item : std::as_const(array)) {
            if constexpr (std::is_enum_v<Item>) {
                const auto parsed = DomainKeys::parse<Item>(item.toString());
                if (!parsed)
                    return false;
                value.append(*parsed);
            } else {
                if (!item.isDouble())
                    return false;
                value.append(Item(item.toInteger()));
            }
        }
        return true;
    }
};

} // namespace Akademiplan
