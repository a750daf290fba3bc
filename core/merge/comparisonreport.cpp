// SPDX-License-Identifier: MPL-2.0
#include "comparisonreport.h"

#include "differencetext.h"
#include "domain/entitydescription.h"

#include <QJsonArray>

namespace Akademiplan {

QString ComparisonReport::rowChangeKey(RowChange change)
{
    switch (change) {
    case RowChange::None: return QStringLiteral("none");
    case RowChange::Added: return QStringLiteral("added");
    case RowChange::Removed: return QStringLiteral("removed");
    case RowChange::Changed: return QStringLiteral("changed");
    }
    return {};
}

namespace {

QJsonArray groupJson(const QList<DifferenceText::GroupLevel> &levels)
{
    QJsonArray labels;
    for (const DifferenceText::GroupLevel &level : levels)
        labels.append(level.label);
    return labels;
}

} // namespace

QJsonObject ComparisonReport::toJson(const CopyComparison &comparison, const QString &mineFile)
{
    const DifferenceText text(*comparison.mineVersions, *comparison.theirVersions);
    QJsonArray differences;
    int theirs = 0;
    int mine = 0;
    for (const Difference &difference : comparison.differences) {
        theirs += difference.isTheirs() ? 1 : 0;
        mine += difference.isOnlyMine() ? 1 : 0;
        QJsonArray fields;
        for (const FieldDifference &field : difference.fields)
            fields.append(QJsonObject{{QStringLiteral("field"), field.field},
                                      {QStringLiteral("base"), QJsonValue::fromVariant(field.base)},
                                      {QStringLiteral("mine"), QJsonValue::fromVariant(field.mine)},
                                      {QStringLiteral("theirs"), QJsonValue::fromVariant(field.theirs)},
                                      {QStringLiteral("mine_changed"), field.mineChanged},
                                      {QStringLiteral("theirs_changed"), field.theirsChanged},
                                      {QStringLiteral("conflict"), field.conflict}});
        differences.append(QJsonObject{
            {QStringLiteral("entity_type"), tableName(difference.type)},
            {QStringLiteral("uuid"), difference.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("label"), text.label(difference)},
            {QStringLiteral("group"), groupJson(text.group(difference))},
            {QStringLiteral("mine"), rowChangeKey(difference.mine)},
            {QStringLiteral("theirs"), rowChangeKey(difference.theirs)},
            {QStringLiteral("conflict"), difference.conflict},
            {QStringLiteral("description"), text.sentence(difference)},
            {QStringLiteral("fields"), fields},
        });
    }
    const bool threeWay = comparison.mode == CopyComparison::Mode::ThreeWay;
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("akademiplan-comparison")},
        {QStringLiteral("mine"), mineFile},
        {QStringLiteral("theirs"), comparison.theirFile},
        {QStringLiteral("mode"), threeWay ? QStringLiteral("three-way") : QStringLiteral("two-way")},
        {QStringLiteral("base"), comparison.baseDescription},
        {QStringLiteral("their_revision_uuid"), comparison.theirRevisionUuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("differences"), int(comparison.differences.size())},
                                               {QStringLiteral("theirs"), theirs},
                                               {QStringLiteral("mine"), mine},
                                               {QStringLiteral("conflicts"), comparison.conflictCount()}}},
        {QStringLiteral("differences"), differences},
    };
}

} // namespace Akademiplan
