// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "anyentity.h"
#include "fieldcodec.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QUuid>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <optional>
#include <vector>

namespace Akademiplan {

// Whether a field can identify a person, so that a copy without personal data knows what to
// replace and what to point out to the user.
enum class PersonalData {
    None,
    Personal, // a person's name, e-mail or phone
    FreeText  // free text that may name someone (a facilitator, a description)
};

// How two versions of a field are compared, e.g. in a merge: a list of roles is the same list
// in any order.
enum class Comparison { Exact, Unordered };

// How a person writes a field's value by hand, e.g. in a batch of changes (JSON): keys and colours
// are text like any string; a date and a time are text read as a Dane types them into the window
// ("4.3.2027", "9.30"); a reference is a row id, so a number.
enum class ValueShape { Text, Number, List, Date, Time };

// What removing the row a reference points to does to the row that refers to it.
enum class ParentRemoval {
    Cascade, // the row goes too (a track's activities)
    Clear    // the reference is cleared (a person stays when their organisation goes)
};

struct ReferenceDescription
{
    EntityType parent = EntityType::Academy;
    ParentRemoval onParentRemoval = ParentRemoval::Cascade;
    bool required = true; // an optional reference is 0 in memory and NULL when stored
    // The rule's message when the parent does not exist; a source text of the Validator's
    // translation context (QT_TRANSLATE_NOOP), translated when shown.
    const char *missingParent = nullptr;
};

// One field of an entity type, as everything that walks fields needs it: the store's columns and
// conversions, reference checks, cascades, placeholder ids, field-by-field comparison and
// anonymisation.
template <typename T>
struct FieldDescription
{
    QLatin1String column;  // in the project file
    QLatin1String name;    // stable, as in ValidationIssue::field and JSON
    PersonalData personalData = PersonalData::None;
    ValueShape shape = ValueShape::Text;
    QVariant (*store)(const T &) = nullptr;
    bool (*load)(T &, const QVariant &) = nullptr; // false for a value this version cannot use
    bool (*same)(const T &, const T &) = nullptr;
    qint64 T::*referenceMember = nullptr; // set when the field refers to another row
    ReferenceDescription reference;

    bool isReference() const { return referenceMember != nullptr; }
};

// Everything the program knows about one entity type's shape, written once (entitydescriptions.cpp).
template <typename T>
struct EntityDescription
{
    EntityType type = entityTypeOf<T>();
    QLatin1String table;
    std::vector<FieldDescription<T>> fields;

    const FieldDescription<T> *field(QLatin1String name) const
    {
        for (const FieldDescription<T> &field : fields)
            if (field.name == name)
                return &field;
        return nullptr;
    }
};

template <typename T>
const EntityDescription<T> &descriptionOf();

template <> const EntityDescription<Academy> &descriptionOf<Academy>();
template <> const EntityDescription<Track> &descriptionOf<Track>();
template <> const EntityDescription<Activity> &descriptionOf<Activity>();
template <> const EntityDescription<Session> &descriptionOf<Session>();
template <> const EntityDescription<Organisation> &descriptionOf<Organisation>();
template <> const EntityDescription<Participant> &descriptionOf<Participant>();
template <> const EntityDescription<Enrolment> &descriptionOf<Enrolment>();
template <> const EntityDescription<Attendance> &descriptionOf<Attendance>();
template <> const EntityDescription<Partnership> &descriptionOf<Partnership>();
template <> const EntityDescription<Dismissal> &descriptionOf<Dismissal>();
template <> const EntityDescription<CostLine> &descriptionOf<CostLine>();
template <> const EntityDescription<StaffRate> &descriptionOf<StaffRate>();
template <> const EntityDescription<Funding> &descriptionOf<Funding>();
template <> const EntityDescription<ProgrammeTheory> &descriptionOf<ProgrammeTheory>();
template <> const EntityDescription<LearningGoal> &descriptionOf<LearningGoal>();
template <> const EntityDescription<Indicator> &descriptionOf<Indicator>();
template <> const EntityDescription<Measurement> &descriptionOf<Measurement>();
template <> const EntityDescription<AgendaItem> &descriptionOf<AgendaItem>();

// The columns every table has before its own fields, in this order.
QStringList headerColumns();
QString tableName(EntityType type);
// The type whose table has this name; nothing for a name no type has (another program's).
std::optional<EntityType> entityTypeOfTable(QStringView table);

// Conversions of the header fields, shared by every type.
QString timestampText(const QDateTime &timestamp);
QDateTime parseTimestamp(const QString &text);

template <typename T>
QStringList columnsOf()
{
    QStringList columns = headerColumns();
    for (const FieldDescription<T> &field : descriptionOf<T>().fields)
        columns.append(field.column);
    return columns;
}

// The values of a row in the order of columnsOf<T>().
template <typename T>
QVariantList storedValues(const T &entity)
{
    QVariantList values{entity.id, entity.uuid.toString(QUuid::WithoutBraces), timestampText(entity.modified),
                        entity.changeCounter};
    for (const FieldDescription<T> &field : descriptionOf<T>().fields)
        values.append(field.store(entity));
    return values;
}

// The names of the fields in which two versions of a row differ (the header is not compared).
template <typename T>
QStringList changedFields(const T &before, const T &after)
{
    QStringList names;
    for (const FieldDescription<T> &field : descriptionOf<T>().fields)
        if (!field.same(before, after))
            names.append(field.name);
    return names;
}

// Whether rows of a type can name a person: a participant, a partner's contact.
template <typename T>
bool holdsPersonalData()
{
    const auto &fields = descriptionOf<T>().fields;
    return std::any_of(fields.begin(), fields.end(), [](const FieldDescription<T> &field) {
        return field.personalData == PersonalData::Personal;
    });
}
bool holdsPersonalData(EntityType type);

// Whether a row names someone or belongs to someone (an enrolment, an attendance): nothing of it
// may outlive its deletion, not even a person's role or what they took part in.
template <typename T>
bool concernsPerson()
{
    const auto &fields = descriptionOf<T>().fields;
    return holdsPersonalData<T>() || std::any_of(fields.begin(), fields.end(), [](const FieldDescription<T> &field) {
        return field.isReference() && holdsPersonalData(field.reference.parent);
    });
}

// A stored value as a JSON object of column and value holds it (a merge base, a tombstone), in the
// form a field's load() expects: SQLite's json_object() writes integers as JSON numbers, which Qt
// reads back as doubles.
QVariant storedValue(const QJsonValue &json);

// A row's fields from such a JSON object, whose references are the UUIDs of the rows they point
// to (row ids are local to one file): those go to `references`, in the order of the type's
// reference fields. A field the object lacks, added by a newer program, keeps its default. False
// for a value this version cannot use.
template <typename T>
bool loadStoredFields(T &row, QList<QUuid> &references, const QJsonObject &values)
{
    bool ok = true;
    for (const FieldDescription<T> &field : descriptionOf<T>().fields) {
        const QJsonValue json = values.value(field.column);
        if (field.isReference())
            references.append(QUuid::fromString(json.toString()));
        else if (!json.isUndefined() && !field.load(row, storedValue(json)))
            ok = false;
    }
    return ok;
}

template <typename T>
bool sameFields(const T &a, const T &b)
{
    const auto &fields = descriptionOf<T>().fields;
    return std::all_of(fields.begin(), fields.end(),
                       [&](const FieldDescription<T> &field) { return field.same(a, b); });
}

} // namespace Akademiplan
