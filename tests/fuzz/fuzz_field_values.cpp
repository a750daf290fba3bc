// SPDX-License-Identifier: MPL-2.0
// Every cell of a received file passes through its field's load() before anything else sees it,
// and whatever load() accepts is written back by store() at the next save. Reaching these through
// whole SQLite files would spend most of each run in SQLite, so this target hands the input
// straight to every field of every entity type, as each kind of value SQLite can return for a
// cell (see ProjectStore::Private::loadTable).
#include "fuzzsupport.h"

#include "domain/entitydescription.h"

#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QUuid>
#include <QVariant>

#include <cstdint>

using namespace Akademiplan;

namespace {

// A stored value is plain text, an integer or null (fieldcodec.h), so that any store holds it.
bool isPlainStoredValue(const QVariant &value)
{
    return value.isNull() || value.typeId() == QMetaType::QString || value.typeId() == QMetaType::LongLong;
}

// A value the program accepted must survive being saved and read again, or a project would change
// (or become unreadable) merely by being opened and saved.
template <typename T>
void loadAndStoreAgain(const FieldDescription<T> &field, const QVariant &cell)
{
    T row;
    if (!field.load(row, cell))
        return;
    const QVariant stored = field.store(row);
    if (!isPlainStoredValue(stored))
        Fuzz::fail("a field stores a value that is not text, an integer or null");
    T again;
    if (!field.load(again, stored))
        Fuzz::fail("a value read from a cell is stored in a form that cannot be read back");
    if (field.store(again) != stored)
        Fuzz::fail("a value read from a cell changes each time it is stored");
}

void loadTimestamp(const QString &text)
{
    const QDateTime timestamp = parseTimestamp(text);
    if (!timestamp.isValid())
        return;
    // The modification time only goes up from save to save; one that shifted in a round trip
    // would make an unchanged row look edited, or older than it is, to a merge.
    if (parseTimestamp(timestampText(timestamp)) != timestamp)
        Fuzz::fail("a timestamp reads back as another moment after it is stored");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    // SQLite returns what a cell holds, whatever the column's declared type: text, an integer, a
    // real or a blob.
    QVariantList cells{QVariant(text), QVariant(bytes)};
    bool ok = false;
    if (const qlonglong integer = bytes.toLongLong(&ok); ok)
        cells.append(QVariant(integer));
    if (const double real = bytes.toDouble(&ok); ok)
        cells.append(QVariant(real));

    forEachEntityType([&cells](auto entity) {
        using T = decltype(entity);
        for (const FieldDescription<T> &field : descriptionOf<T>().fields)
            for (const QVariant &cell : std::as_const(cells))
                loadAndStoreAgain(field, cell);
    });

    // The columns every row has before its own fields, read as loadTable reads them.
    QUuid::fromString(QLatin1StringView(bytes.constData(), bytes.size()));
    loadTimestamp(text);
    for (const QVariant &cell : std::as_const(cells)) {
        qint64 changeCounter = 0;
        FieldCodec<qint64>::load(cell, changeCounter);
    }
    return 0;
}
