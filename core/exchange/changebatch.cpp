// SPDX-License-Identifier: MPL-2.0
#include "changebatch.h"

#include "document/document.h"
#include "domain/domainlabels.h"
#include "domain/removalplanner.h"
#include "exchange/issuetext.h"
#include "i18n/typeddate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Akademiplan {

namespace {

const QLatin1String formatName("akademiplan-changes");
constexpr int formatVersion = 1;
// Beyond this a JSON number (a double) no longer holds every whole number exactly.
constexpr double largestExactNumber = 9007199254740992.0;

const QLatin1String addKey("add");
const QLatin1String changeKey("change");
const QLatin1String removeKey("remove");
const QLatin1String refKey("ref");
const QLatin1String uuidKey("uuid");
const QLatin1String fieldsKey("fields");

template <typename Function>
void withType(EntityType type, Function &&function)
{
    forEachEntityType([&](auto entity) {
        if (entityTypeOf<decltype(entity)>() == type)
            function(entity);
    });
}

std::optional<EntityType> typeNamed(const QString &name)
{
    std::optional<EntityType> found;
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        if (name == descriptionOf<T>().table)
            found = entityTypeOf<T>();
    });
    return found;
}

QString typeNames()
{
    QStringList names;
    forEachEntityType([&](auto entity) { names.append(descriptionOf<decltype(entity)>().table); });
    return names.join(QLatin1String(", "));
}

template <typename T>
QString fieldNames()
{
    QStringList names;
    for (const FieldDescription<T> &field : descriptionOf<T>().fields)
        names.append(field.name);
    return names.join(QLatin1String(", "));
}

// A value as the batch has it, so that the user finds it there.
QString written(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString missing(const QString &key)
{
    return ChangeBatch::tr("missing \"%1\"").arg(key);
}

QString label(EntityType type)
{
    return DomainLabels::label(type);
}

bool sameRow(const AnyEntity &a, const AnyEntity &b)
{
    return std::visit([&b](const auto &row) { return sameFields(row, std::get<std::decay_t<decltype(row)>>(b)); }, a);
}

QStringList fieldsChanged(const AnyEntity &before, const AnyEntity &after)
{
    return std::visit(
        [&after](const auto &row) { return changedFields(row, std::get<std::decay_t<decltype(row)>>(after)); },
        before);
}

// English has no translation file, so a plural written as "(s)" would be shown as such; both
// languages use the singular for exactly one.
QString noun(EntityType type, int count)
{
    const QString number = QLocale().toString(count);
    const bool one = count == 1;
    switch (type) {
    case EntityType::Academy:
        return (one ? ChangeBatch::tr("%1 academy") : ChangeBatch::tr("%1 academies")).arg(number);
    case EntityType::Track:
        return (one ? ChangeBatch::tr("%1 track") : ChangeBatch::tr("%1 tracks")).arg(number);
    case EntityType::Activity:
        return (one ? ChangeBatch::tr("%1 activity") : ChangeBatch::tr("%1 activities")).arg(number);
    case EntityType::Session:
        return (one ? ChangeBatch::tr("%1 session") : ChangeBatch::tr("%1 sessions")).arg(number);
    case EntityType::Organisation:
        return (one ? ChangeBatch::tr("%1 organisation") : ChangeBatch::tr("%1 organisations")).arg(number);
    case EntityType::Participant:
        return (one ? ChangeBatch::tr("%1 participant") : ChangeBatch::tr("%1 participants")).arg(number);
    case EntityType::Enrolment:
        return (one ? ChangeBatch::tr("%1 enrolment") : ChangeBatch::tr("%1 enrolments")).arg(number);
    case EntityType::Attendance:
        return (one ? ChangeBatch::tr("%1 attendance record") : ChangeBatch::tr("%1 attendance records"))
            .arg(number);
    case EntityType::Partnership:
        return (one ? ChangeBatch::tr("%1 partnership") : ChangeBatch::tr("%1 partnerships")).arg(number);
    case EntityType::Dismissal:
        return (one ? ChangeBatch::tr("%1 dismissed warning") : ChangeBatch::tr("%1 dismissed warnings")).arg(number);
    case EntityType::CostLine:
        return (one ? ChangeBatch::tr("%1 cost line") : ChangeBatch::tr("%1 cost lines")).arg(number);
    case EntityType::StaffRate:
        return (one ? ChangeBatch::tr("%1 staff rate") : ChangeBatch::tr("%1 staff rates")).arg(number);
    case EntityType::Funding:
        return (one ? ChangeBatch::tr("%1 funding source") : ChangeBatch::tr("%1 funding sources")).arg(number);
    case EntityType::ProgrammeTheory:
        return (one ? ChangeBatch::tr("%1 programme theory") : ChangeBatch::tr("%1 programme theories")).arg(number);
    case EntityType::LearningGoal:
        return (one ? ChangeBatch::tr("%1 learning goal") : ChangeBatch::tr("%1 learning goals")).arg(number);
    case EntityType::Indicator:
        return (one ? ChangeBatch::tr("%1 indicator") : ChangeBatch::tr("%1 indicators")).arg(number);
    case EntityType::Measurement:
        return (one ? ChangeBatch::tr("%1 measurement") : ChangeBatch::tr("%1 measurements")).arg(number);
    case EntityType::AgendaItem:
        return (one ? ChangeBatch::tr("%1 agenda item") : ChangeBatch::tr("%1 agenda items")).arg(number);
    }
    return number;
}

QString andList(QStringList items)
{
    if (items.size() < 2)
        return items.join(QString());
    const QString last = items.takeLast();
    return ChangeBatch::tr("%1 and %2", "the last two of a list").arg(items.join(QLatin1String(", ")), last);
}

} // namespace

ChangeBatch::ChangeBatch(Document &document)
    : m_document(document)
    , m_project(document.project())
{
}

ChangeBatch::Result ChangeBatch::read(const QByteArray &json, Document &document)
{
    ChangeBatch batch(document);
    batch.readBatch(json);
    return batch.result();
}

void ChangeBatch::readBatch(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        m_problems.append(tr("not valid JSON: %1 (at character %2)").arg(error.errorString()).arg(error.offset));
        return;
    }
    if (!document.isObject()) {
        m_problems.append(tr("not a batch of changes: that is a JSON object with \"format\", \"version\" and "
                             "\"changes\""));
        return;
    }
    const QJsonObject batch = document.object();
    if (batch.value(QLatin1String("format")).toString() != formatName)
        m_problems.append(tr("not a batch of changes: \"format\" must be \"%1\"").arg(formatName));
    const QJsonValue version = batch.value(QLatin1String("version"));
    if (version.isUndefined())
        m_problems.append(missing(QLatin1String("version")));
    else if (version.isDouble() && version.toDouble() > formatVersion)
        m_problems.append(tr("written for a newer Akademiplan (version %1 of the format); this version reads version "
                             "%2")
                              .arg(written(version))
                              .arg(formatVersion));
    else if (!version.isDouble() || version.toDouble() != formatVersion)
        m_problems.append(tr("\"version\" must be %1, not %2").arg(formatVersion).arg(written(version)));
    const QJsonValue changes = batch.value(QLatin1String("changes"));
    if (changes.isUndefined())
        m_problems.append(missing(QLatin1String("changes")));
    else if (!changes.isArray())
        m_problems.append(tr("\"changes\" must be a list of changes, not %1").arg(written(changes)));
    for (const QString &key : batch.keys())
        if (key != QLatin1String("format") && key != QLatin1String("version") && key != QLatin1String("changes"))
            m_problems.append(tr("unknown key \"%1\"").arg(key));
    if (!m_problems.isEmpty())
        return;

    const QJsonArray list = changes.toArray();
    m_counts.changes = int(list.size());
    for (m_index = 0; m_index < int(list.size()); ++m_index)
        readChange(list.at(m_index));
}

void ChangeBatch::readChange(const QJsonValue &value)
{
    const QString number = QString::number(m_index + 1);
    m_labels.append(tr("change %1").arg(number));
    if (!value.isObject()) {
        problem(tr("a change is a JSON object, not %1").arg(written(value)));
        return;
    }
    const QJsonObject object = value.toObject();
    QStringList operations;
    for (const QLatin1String &operation : {addKey, changeKey, removeKey})
        if (object.contains(operation))
            operations.append(operation);
    if (operations.size() != 1) {
        problem(tr("give exactly one of \"add\", \"change\" and \"remove\""));
        return;
    }
    const QString operation = operations.constFirst();
    const QJsonValue typeName = object.value(operation);
    const std::optional<EntityType> type = typeNamed(typeName.toString());
    if (!type) {
        problem(tr("unknown type %1; the types are %2").arg(written(typeName), typeNames()));
        return;
    }
    const QJsonValue uuid = object.value(uuidKey);
    m_labels[m_index] = operation == addKey || !uuid.isString()
                            ? tr("change %1 (%2)").arg(number, typeName.toString())
                            : tr("change %1 (%2 %3)").arg(number, typeName.toString(), uuid.toString());

    // A misspelt key would otherwise be ignored; its problem is the only one reported for the
    // change, since a misspelt "fields" would also be a missing one.
    const QStringList keys = operation == addKey      ? QStringList{addKey, refKey, fieldsKey}
                             : operation == changeKey ? QStringList{changeKey, uuidKey, fieldsKey}
                                                      : QStringList{removeKey, uuidKey};
    bool unknownKey = false;
    for (const QString &key : object.keys()) {
        if (!keys.contains(key)) {
            problem(tr("unknown key \"%1\"").arg(key));
            unknownKey = true;
        }
    }
    if (unknownKey)
        return;
    withType(*type, [&](auto entity) {
        using T = decltype(entity);
        if (operation == addKey)
            add<T>(object);
        else if (operation == changeKey)
            change<T>(object);
        else
            remove<T>(object);
    });
}

template <typename T>
void ChangeBatch::add(const QJsonObject &object)
{
    T row;
    row.id = m_document.allocateId<T>();
    row.uuid = QUuid::createUuid();
    QString name;
    Outcome outcome = Outcome::Ok;
    if (object.contains(refKey)) {
        const QJsonValue ref = object.value(refKey);
        name = ref.toString();
        if (!ref.isString() || name.isEmpty() || name.startsWith(QLatin1Char('$'))) {
            problem(tr("\"ref\" is a name such as \"anne\", written without \"$\", not %1").arg(written(ref)));
            name.clear();
            outcome = Outcome::Problem;
        } else if (const auto taken = m_placeholders.constFind(name); taken != m_placeholders.cend()) {
            problem(tr("the name \"%1\" is already given to the row added by change %2")
                        .arg(name)
                        .arg(taken->change + 1));
            name.clear();
            outcome = Outcome::Problem;
        }
    }
    QStringList names;
    outcome = std::max(outcome, setFields(row, object.value(fieldsKey), &names));
    if (!name.isEmpty())
        m_placeholders.insert(name, {entityTypeOf<T>(), row.id, m_index, outcome != Outcome::Ok});
    if (outcome != Outcome::Ok)
        return;
    Entry &entry = newEntry(entityTypeOf<T>(), row.id);
    entry.after = row;
    entry.change = m_index;
    entry.addedBy = m_index;
    for (const QString &field : std::as_const(names))
        entry.fieldChanges.insert(field, m_index);
    reflect(row);
    ++m_counts.added[std::size_t(entityTypeOf<T>())];
}

template <typename T>
void ChangeBatch::change(const QJsonObject &object)
{
    constexpr EntityType type = entityTypeOf<T>();
    qint64 id = 0;
    Outcome found = rowOf(type, object, &id);
    if (found == Outcome::Skipped && !object.value(uuidKey).isString())
        return;
    Entry *entry = found == Outcome::Ok ? entryOf(type, id) : nullptr;
    if (entry && entry->removedBy >= 0) {
        problem(tr("this %1 is removed by change %2").arg(label(type)).arg(entry->removedBy + 1));
        found = Outcome::Problem;
    }
    // The fields are judged even for a row that was not found, so that every mistake is told at once.
    T row;
    if (found == Outcome::Ok)
        row = entry ? std::get<T>(*entry->after) : *m_project.list<T>().find(id);
    const T current = row;
    const QJsonValue fields = object.value(fieldsKey);
    if (fields.isObject() && fields.toObject().isEmpty()) {
        problem(tr("\"fields\" is empty: there is nothing to change"));
        return;
    }
    QStringList names;
    if (std::max(found, setFields(row, fields, &names)) != Outcome::Ok)
        return;
    if (!entry) {
        entry = &newEntry(type, id);
        entry->before = current;
    }
    entry->after = row;
    entry->change = m_index;
    for (const QString &field : std::as_const(names))
        entry->fieldChanges.insert(field, m_index);
    reflect(row);
    ++(sameFields(current, row) ? m_counts.unchanged : m_counts.changed)[std::size_t(type)];
}

template <typename T>
void ChangeBatch::remove(const QJsonObject &object)
{
    constexpr EntityType type = entityTypeOf<T>();
    qint64 id = 0;
    if (rowOf(type, object, &id) != Outcome::Ok)
        return;
    if (const Entry *entry = entryOf(type, id)) {
        if (entry->addedBy >= 0) {
            problem(tr("this %1 is added by change %2 of the batch; leave out both changes instead")
                        .arg(label(type))
                        .arg(entry->addedBy + 1));
            return;
        }
        if (entry->removedBy >= 0) {
            problem(tr("this %1 is already removed by change %2").arg(label(type)).arg(entry->removedBy + 1));
            return;
        }
    }

    // The same cascades as a removal in the window, on the project as the changes before leave it.
    const ChangeSet removal = RemovalPlanner(after()).removalOf(type, {id});
    bool contradicts = false;
    for (const Change &row : removal.changes()) {
        if (row.after)
            continue;
        const EntityType rowType = entityType(*row.before);
        if (const Entry *entry = entryOf(rowType, entityId(*row.before)); entry && entry->addedBy >= 0) {
            problem(tr("it would also remove the %1 added by change %2").arg(label(rowType)).arg(entry->addedBy + 1));
            contradicts = true;
        }
    }
    if (contradicts)
        return;

    const std::size_t removed = std::size_t(type);
    for (const Change &row : removal.changes()) {
        const EntityType rowType = entityType(*row.before);
        const qint64 rowId = entityId(*row.before);
        Entry *entry = entryOf(rowType, rowId);
        if (!entry) {
            entry = &newEntry(rowType, rowId);
            entry->before = row.before; // untouched by the batch so far, so as the document has it
        }
        entry->change = m_index;
        if (row.after) {
            for (const QString &field : fieldsChanged(*row.before, *row.after))
                entry->fieldChanges.insert(field, m_index);
            entry->after = row.after;
            ++m_counts.unlinked[removed][std::size_t(rowType)];
        } else {
            entry->after.reset();
            entry->removedBy = m_index;
            if (rowType == type && rowId == id)
                ++m_counts.removed[removed];
            else
                ++m_counts.removedWith[removed][std::size_t(rowType)];
        }
    }
    reflect(removal);
}

template <typename T>
ChangeBatch::Outcome ChangeBatch::setFields(T &row, const QJsonValue &fields, QStringList *names)
{
    if (fields.isUndefined()) {
        problem(missing(fieldsKey));
        return Outcome::Problem;
    }
    if (!fields.isObject()) {
        problem(tr("\"fields\" is an object such as {\"name\": \"…\"}, not %1").arg(written(fields)));
        return Outcome::Problem;
    }
    const QJsonObject object = fields.toObject();
    const std::vector<FieldDescription<T>> &all = descriptionOf<T>().fields;
    Outcome outcome = Outcome::Ok;
    // Dates are read last: one typed without a year takes it from the period of the academy the
    // row belongs to, which another field of the change (a session's activity) may move it to.
    std::vector<std::pair<const FieldDescription<T> *, QJsonValue>> dates;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = it.key();
        const auto field =
            std::find_if(all.begin(), all.end(), [&name](const FieldDescription<T> &candidate) {
                return name == candidate.name;
            });
        if (field == all.end()) {
            problem(tr("unknown field \"%1\"; the fields of %2 are %3")
                        .arg(name, QString(descriptionOf<T>().table), fieldNames<T>()));
            outcome = Outcome::Problem;
            continue;
        }
        names->append(name);
        if (field->shape == ValueShape::Date)
            dates.emplace_back(&*field, it.value());
        else
            outcome = std::max(outcome, field->isReference() ? setReference(row, *field, it.value())
                                                             : setValue(row, *field, it.value()));
    }
    if (!dates.empty()) {
        // For an academy's own dates, its period before this change.
        const auto [start, end] = periodOf(row);
        for (const auto &[field, value] : dates)
            outcome = std::max(outcome, setValue(row, *field, value, start, end));
    }
    return outcome;
}

template <typename T>
std::pair<QDate, QDate> ChangeBatch::periodOf(const T &row)
{
    if constexpr (std::is_same_v<T, Academy>) {
        return {row.startDate, row.endDate};
    } else if constexpr (std::is_same_v<T, Session>) {
        const Activity *activity = rowNow<Activity>(row.activityId);
        const Track *track = activity ? rowNow<Track>(activity->trackId) : nullptr;
        if (const Academy *academy = track ? rowNow<Academy>(track->academyId) : nullptr)
            return {academy->startDate, academy->endDate};
    }
    return {};
}

template <typename T>
const T *ChangeBatch::rowNow(qint64 id)
{
    if (const Entry *entry = entryOf(entityTypeOf<T>(), id))
        return entry->after ? &std::get<T>(*entry->after) : nullptr;
    return m_project.list<T>().find(id);
}

template <typename T>
ChangeBatch::Outcome ChangeBatch::setValue(T &row, const FieldDescription<T> &field, const QJsonValue &value,
                                           const QDate &periodStart, const QDate &periodEnd)
{
    // load() reads what the project file stores: text, an integer, or a list as compact JSON text.
    QVariant stored;
    QString expected;
    switch (field.shape) {
    case ValueShape::Text:
        expected = tr("text");
        if (value.isString())
            stored = value.toString();
        break;
    case ValueShape::Number: {
        expected = tr("a whole number");
        // A number that may be unknown (what a cost line actually cost) is cleared with null.
        if (value.isNull() && field.load(row, QVariant()))
            return Outcome::Ok;
        const double number = value.toDouble();
        if (value.isDouble() && std::trunc(number) == number && std::abs(number) <= largestExactNumber)
            stored = qlonglong(number);
        else if (value.isBool()) // a yes-or-no field (whether higher is better) reads as 1 or 0
            stored = qlonglong(value.toBool());
        break;
    }
    case ValueShape::List:
        expected = tr("a list");
        if (value.isArray())
            stored = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case ValueShape::Date:
    case ValueShape::Time: {
        // Read as the window reads a typed date or time, so that a script may write what a
        // person would type: "4.3.2027", "4/3", "9.30", as well as "2027-03-04" and "09:30".
        const bool isDate = field.shape == ValueShape::Date;
        expected = isDate ? tr("a date") : tr("a time of day");
        if (!value.isString())
            break;
        // A date that may be left out (an agreement's) is cleared with "".
        if (isDate && value.toString().isEmpty()) {
            stored = QString(QLatin1String(""));
            break;
        }
        const TypedDate::Result typed = isDate ? TypedDate::parseDate(value.toString(), periodStart, periodEnd)
                                               : TypedDate::parseTime(value.toString());
        if (!typed.isValid()) {
            problem(tr("\"%1\" cannot be %2: %3").arg(QString(field.name), written(value), typed.error));
            return Outcome::Problem;
        }
        stored = isDate ? FieldCodec<QDate>::store(typed.date) : FieldCodec<QTime>::store(typed.time);
        break;
    }
    }
    if (!stored.isValid()) {
        problem(tr("\"%1\" takes %2, not %3").arg(QString(field.name), expected, written(value)));
        return Outcome::Problem;
    }
    if (!field.load(row, stored)) {
        problem(tr("\"%1\" cannot be %2").arg(QString(field.name), written(value)));
        return Outcome::Problem;
    }
    return Outcome::Ok;
}

template <typename T>
ChangeBatch::Outcome ChangeBatch::setReference(T &row, const FieldDescription<T> &field, const QJsonValue &value)
{
    if (value.isNull() && !field.reference.required) {
        row.*field.referenceMember = 0;
        return Outcome::Ok;
    }
    if (!value.isString()) {
        problem((field.reference.required ? tr("\"%1\" takes the UUID of a row or a $name, not %2")
                                          : tr("\"%1\" takes the UUID of a row, a $name or null, not %2"))
                    .arg(QString(field.name), written(value)));
        return Outcome::Problem;
    }
    qint64 id = 0;
    const Outcome outcome = rowOf(field.reference.parent, value.toString(), true, &id);
    if (outcome == Outcome::Ok)
        row.*field.referenceMember = id;
    return outcome;
}

ChangeBatch::Outcome ChangeBatch::rowOf(EntityType type, const QJsonObject &object, qint64 *id)
{
    // A change or removal names its row by the "uuid" key; a missing one is told as such, and the
    // change is not judged further.
    const QJsonValue uuid = object.value(uuidKey);
    if (!uuid.isString()) {
        problem(uuid.isUndefined() ? missing(uuidKey) : tr("\"uuid\" is text, not %1").arg(written(uuid)));
        return Outcome::Skipped;
    }
    return rowOf(type, uuid.toString(), false, id);
}

ChangeBatch::Outcome ChangeBatch::rowOf(EntityType type, const QString &text, bool isReference, qint64 *id)
{
    if (text.startsWith(QLatin1Char('$'))) {
        // Only a row added before: the batch reads as it runs, top to bottom.
        const auto placeholder = m_placeholders.constFind(text.mid(1));
        if (placeholder == m_placeholders.cend()) {
            problem(tr("%1 is not the \"ref\" of a row added earlier in the batch").arg(text));
            return Outcome::Problem;
        }
        if (placeholder->type != type) {
            problem(tr("%1 was added as %2, not as %3").arg(text, label(placeholder->type), label(type)));
            return Outcome::Problem;
        }
        if (placeholder->leftOut)
            return Outcome::Skipped;
        *id = placeholder->id;
        return Outcome::Ok;
    }
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull()) {
        problem(tr("\"%1\" is neither a UUID nor a $name").arg(text));
        return Outcome::Problem;
    }
    *id = idOfUuid(type, uuid);
    if (*id == 0) {
        problem(isReference ? tr("no %1 has the UUID %2").arg(label(type), text)
                            : tr("no %1 has this UUID").arg(label(type)));
        return Outcome::Problem;
    }
    if (const Entry *entry = entryOf(type, *id); isReference && entry && entry->removedBy >= 0) {
        problem(tr("the %1 %2 is removed by change %3").arg(label(type), text).arg(entry->removedBy + 1));
        return Outcome::Problem;
    }
    return Outcome::Ok;
}

ChangeBatch::Result ChangeBatch::result()
{
    Result result;
    // The rows as the batch leaves them, one change each; a field set to the value it had is no
    // change, and would only move the row's modification time and counter.
    std::vector<const Entry *> entries;
    for (const Entry &entry : m_entries) {
        if (entry.before && entry.after) {
            if (sameRow(*entry.before, *entry.after))
                continue;
            result.changes.update(*entry.before, *entry.after);
        } else if (entry.after) {
            result.changes.insert(*entry.after);
        } else if (entry.before) {
            result.changes.remove(*entry.before);
        } else {
            continue;
        }
        entries.push_back(&entry);
    }
    for (const ValidationIssue &issue : m_document.check(result.changes)) {
        const Entry &entry = *entries.at(std::size_t(issue.changeIndex));
        const int change = entry.fieldChanges.value(issue.field, entry.change);
        const QString line =
            tr("%1: %2", "change: problem").arg(m_labels.at(change), IssueText::describe(after(), issue));
        (issue.severity == ValidationIssue::Severity::Error ? m_problems : m_warnings).append(line);
    }
    result.problems = m_problems;
    result.warnings = m_warnings;
    result.counts = m_counts;
    if (!result.ok())
        result.changes = ChangeSet();
    return result;
}

ChangeBatch::Entry *ChangeBatch::entryOf(EntityType type, qint64 id)
{
    const auto it = m_entryOf.constFind({int(type), id});
    return it == m_entryOf.cend() ? nullptr : &m_entries[*it];
}

ChangeBatch::Entry &ChangeBatch::newEntry(EntityType type, qint64 id)
{
    m_entryOf.insert({int(type), id}, m_entries.size());
    return m_entries.emplace_back();
}

Project &ChangeBatch::after()
{
    if (!m_after) {
        m_after = m_project;
        ChangeSet sofar;
        for (const Entry &entry : m_entries) {
            if (entry.after)
                sofar.insert(*entry.after);
            else if (entry.before)
                sofar.remove(*entry.before);
        }
        reflect(sofar);
    }
    return *m_after;
}

void ChangeBatch::reflect(const AnyEntity &row)
{
    if (!m_after)
        return;
    std::visit(
        [this](const auto &value) {
            auto &list = m_after->list<std::decay_t<decltype(value)>>();
            if (!list.replace(value))
                list.insert(value);
        },
        row);
}

void ChangeBatch::reflect(const ChangeSet &changes)
{
    if (!m_after)
        return;
    // Removed all at once per type: one by one, a track's thousands of enrolments would each
    // shift the rest of the list.
    std::array<std::vector<qint64>, typeCount> removed;
    for (const Change &change : changes.changes()) {
        if (change.after)
            reflect(*change.after);
        else
            removed[std::size_t(entityType(*change.before))].push_back(entityId(*change.before));
    }
    forEachEntityType([&](auto entity) {
        using T = decltype(entity);
        std::vector<qint64> &ids = removed[std::size_t(entityTypeOf<T>())];
        std::sort(ids.begin(), ids.end());
        if (!ids.empty())
            m_after->list<T>().removeSorted(ids);
    });
}

qint64 ChangeBatch::idOfUuid(EntityType type, const QUuid &uuid)
{
    std::optional<QHash<QUuid, qint64>> &index = m_uuids[std::size_t(type)];
    if (!index) {
        index.emplace();
        withType(type, [&](auto entity) {
            using T = decltype(entity);
            for (const T &row : m_project.list<T>())
                index->insert(row.uuid, row.id);
        });
    }
    return index->value(uuid);
}

void ChangeBatch::problem(const QString &text)
{
    m_problems.append(tr("%1: %2", "change: problem").arg(m_labels.at(m_index), text));
}

QString ChangeBatch::summary(const Counts &counts)
{
    QStringList parts;
    for (std::size_t type = 0; type < typeCount; ++type)
        if (counts.added[type] > 0)
            parts.append(tr("%1 added").arg(noun(EntityType(type), counts.added[type])));
    for (std::size_t type = 0; type < typeCount; ++type)
        if (counts.changed[type] > 0)
            parts.append(tr("%1 changed").arg(noun(EntityType(type), counts.changed[type])));
    for (std::size_t type = 0; type < typeCount; ++type)
        if (counts.unchanged[type] > 0)
            parts.append(tr("%1 already as given").arg(noun(EntityType(type), counts.unchanged[type])));
    for (std::size_t type = 0; type < typeCount; ++type) {
        if (counts.removed[type] == 0)
            continue;
        QStringList with;
        QStringList unlinked;
        for (std::size_t other = 0; other < typeCount; ++other) {
            if (counts.removedWith[type][other] > 0)
                with.append(noun(EntityType(other), counts.removedWith[type][other]));
            if (counts.unlinked[type][other] > 0)
                unlinked.append(noun(EntityType(other), counts.unlinked[type][other]));
        }
        QStringList details;
        if (!with.isEmpty())
            details.append(tr("with %1").arg(andList(with)));
        if (!unlinked.isEmpty())
            details.append((counts.removed[type] == 1 ? tr("%1 no longer linked to it")
                                                      : tr("%1 no longer linked to them"))
                               .arg(andList(unlinked)));
        const QString removed = tr("%1 removed").arg(noun(EntityType(type), counts.removed[type]));
        parts.append(details.isEmpty() ? removed
                                       : tr("%1 (%2)", "removed rows (what went with them)")
                                             .arg(removed, details.join(QLatin1String("; "))));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace Akademiplan
