// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "domain/entitydescription.h"
#include "domain/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUuid>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace Akademiplan {

class Document;

// A batch of changes written by hand or by a script (docs/change-batch.md): rows added, fields
// changed and rows removed, addressed by UUID, with "$name" for a row added earlier in the same
// batch. It is judged as a whole before anything changes: every mistake is reported at once, one
// line each, naming the change, and then the domain's rules judge the result as a window edit would.
class ChangeBatch
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::ChangeBatch)

public:
    static constexpr std::size_t typeCount = std::variant_size_v<AnyEntity>;
    using PerType = std::array<int, typeCount>;

    // What the batch does, for the line that tells the user; indexed by EntityType.
    struct Counts
    {
        int changes = 0; // the changes in the batch
        PerType added{};
        PerType changed{};
        PerType unchanged{}; // changes that gave fields the values they had
        PerType removed{};
        // [removed type][type]: rows that went with the removed ones, and rows that stay but no
        // longer refer to them (a person whose organisation is removed).
        std::array<PerType, typeCount> removedWith{};
        std::array<PerType, typeCount> unlinked{};
    };

    struct Result
    {
        ChangeSet changes;    // empty when there are problems, or when nothing would change
        QStringList problems; // one line each; with any, nothing may be applied
        QStringList warnings; // rules the result breaks that do not stop it
        Counts counts;

        bool ok() const { return problems.isEmpty(); }
    };

    // Reads the batch against the document's project. Nothing in the document changes, except
    // that the ids of new rows are taken from it.
    static Result read(const QByteArray &json, Document &document);
    // "1 participant added, 1 session changed, 1 activity removed (with 2 sessions)".
    static QString summary(const Counts &counts);

private:
    // A change with a problem is left out of the batch; a change that builds on one left out
    // (through its $name) is left out without a problem of its own, which would only repeat it.
    enum class Outcome { Ok, Skipped, Problem };

    // What the batch does to one row so far: how the document has it, and how the batch leaves it.
    struct Entry
    {
        std::optional<AnyEntity> before;  // none for a new row
        std::optional<AnyEntity> after;   // none once removed
        int change = -1;                  // the change that touched it last
        QHash<QString, int> fieldChanges; // the change that set each field last, named by a rule it breaks
        int addedBy = -1;
        int removedBy = -1;
    };

    struct Placeholder
    {
        EntityType type = EntityType::Academy;
        qint64 id = 0;
        int change = -1;
        bool leftOut = false;
    };

    using RowKey = std::pair<int, qint64>;

    explicit ChangeBatch(Document &document);

    void readBatch(const QByteArray &json);
    void readChange(const QJsonValue &value);
    template <typename T>
    void add(const QJsonObject &object);
    template <typename T>
    void change(const QJsonObject &object);
    template <typename T>
    void remove(const QJsonObject &object);
    template <typename T>
    Outcome setFields(T &row, const QJsonValue &fields, QStringList *names);
    // A date without a year takes it from the period, as the window reads one.
    template <typename T>
    Outcome setValue(T &row, const FieldDescription<T> &field, const QJsonValue &value,
                     const QDate &periodStart = QDate(), const QDate &periodEnd = QDate());
    template <typename T>
    Outcome setReference(T &row, const FieldDescription<T> &field, const QJsonValue &value);
    // The id of the row of `type` a change names in "uuid" or a reference: a UUID or a $name.
    Outcome rowOf(EntityType type, const QString &text, bool isReference, qint64 *id);
    Outcome rowOf(EntityType type, const QJsonObject &object, qint64 *id);
    // The period of the academy a row belongs to, as the batch so far leaves it: a date typed
    // without a year is read in it.
    template <typename T>
    std::pair<QDate, QDate> periodOf(const T &row);
    // A row as the batch so far leaves it; none when it is removed or not there.
    template <typename T>
    const T *rowNow(qint64 id);
    // The change set the batch comes to, judged by the domain's rules.
    Result result();

    Entry *entryOf(EntityType type, qint64 id);
    Entry &newEntry(EntityType type, qint64 id);
    // The project as the batch so far leaves it, made when first needed: removals are planned on
    // it, so that what goes with a row is what belongs to it after the changes before.
    Project &after();
    void reflect(const AnyEntity &row);
    void reflect(const ChangeSet &changes);
    qint64 idOfUuid(EntityType type, const QUuid &uuid);
    void problem(const QString &text);

    Document &m_document;
    const Project &m_project;
    std::vector<Entry> m_entries;
    QHash<RowKey, std::size_t> m_entryOf;
    QHash<QString, Placeholder> m_placeholders;
    std::array<std::optional<QHash<QUuid, qint64>>, typeCount> m_uuids;
    std::optional<Project> m_after;
    QStringList m_labels; // per change, "change 3 (session 5b0e…)"
    int m_index = -1;     // of the change being read
    QStringList m_problems;
    QStringList m_warnings;
    Counts m_counts;
};

} // namespace Akademiplan
