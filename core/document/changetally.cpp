// SPDX-License-Identifier: MPL-2.0
#include "changetally.h"

#include "domain/domainlabels.h"
#include "domain/entitydescription.h"

#include <QJsonValue>
#include <QLocale>

namespace Akademiplan {

namespace {

const QLatin1String added("added");
const QLatin1String changed("changed");
const QLatin1String moved("moved");
const QLatin1String removed("removed");

void count(QJsonObject &summary, QLatin1String kind, EntityType type)
{
    QJsonObject counts = summary.value(kind).toObject();
    const QString table = tableName(type);
    counts.insert(table, counts.value(table).toInt() + 1);
    summary.insert(kind, counts);
}

} // namespace

void ChangeTally::note(const ChangeSet &changes)
{
    for (const Change &change : changes.changes()) {
        const AnyEntity &row = change.after ? *change.after : *change.before;
        const QUuid uuid = std::visit([](const auto &entity) { return entity.uuid; }, row);
        if (!m_touched.contains(uuid))
            m_touched.insert(uuid, {entityType(row), entityId(row), change.before.has_value(),
                                    change.after ? change.before : std::nullopt});
    }
}

QJsonObject ChangeTally::summary(const Project &now) const
{
    QJsonObject summary;
    for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it) {
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            if (entityTypeOf<T>() != it->type)
                return;
            const T *current = now.list<T>().find(it->id);
            if (current && current->uuid != it.key())
                current = nullptr;
            if (!it->existed) {
                if (current)
                    count(summary, added, it->type);
                return;
            }
            if (!current) {
                count(summary, removed, it->type);
                return;
            }
            if (!it->before)
                return; // removed, then brought back as it was
            const T &before = std::get<T>(*it->before);
            if (sameFields(before, *current))
                return;
            bool isMove = false;
            if constexpr (std::is_same_v<T, Session>)
                isMove = before.date != current->date || before.startTime != current->startTime
                         || before.endTime != current->endTime;
            count(summary, isMove ? moved : changed, it->type);
        });
    }
    if (m_incomplete)
        summary.insert(QStringLiteral("incomplete"), true);
    if (m_shared)
        summary.insert(QStringLiteral("shared"), true);
    return summary;
}

void ChangeTally::clear()
{
    m_touched.clear();
    m_incomplete = false;
    m_shared = false;
}

QString ChangeTally::describe(const QJsonObject &summary)
{
    QStringList parts;
    // The order a consultant reads a plan in: the programme, then the people.
    for (const QLatin1String kind : {moved, added, changed, removed}) {
        const QJsonObject counts = summary.value(kind).toObject();
        forEachEntityType([&](auto entity) {
            using T = decltype(entity);
            const int number = counts.value(descriptionOf<T>().table).toInt();
            if (number == 0)
                return;
            const QString rows = DomainLabels::count(entityTypeOf<T>(), number);
            if (kind == moved)
                parts.append(tr("%1 moved", "e.g. 3 sessions moved").arg(rows));
            else if (kind == added)
                parts.append(tr("%1 added", "e.g. 12 participants added").arg(rows));
            else if (kind == changed)
                parts.append(tr("%1 changed", "e.g. 2 activities changed").arg(rows));
            else
                parts.append(tr("%1 removed", "e.g. 1 activity removed").arg(rows));
        });
    }
    if (summary.value(QStringLiteral("shared")).toBool())
        parts.append(tr("a copy shared"));
    QString text = parts.isEmpty() ? tr("No changes") : QLocale().createSeparatedList(parts);
    // A list that starts with words rather than a count starts a sentence.
    text[0] = text.at(0).toUpper();
    if (summary.value(QStringLiteral("incomplete")).toBool())
        text = tr("%1 (and work recovered after an interruption, not counted)").arg(text);
    return text;
}

} // namespace Akademiplan
