// SPDX-License-Identifier: MPL-2.0
#include "benchreport.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

namespace Akademiplan::Bench {

namespace {

QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

std::vector<double> fromArray(const QJsonValue &value)
{
    std::vector<double> values;
    for (const QJsonValue &item : value.toArray())
        values.push_back(item.toDouble());
    return values;
}

QString milliseconds(double value)
{
    return QLocale::c().toString(value, 'f', value < 100 ? 2 : 0);
}

QString padded(const QString &text, int width, bool right = true)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

} // namespace

QJsonObject BenchReport::toJson() const
{
    QJsonObject stepObjects;
    QJsonArray order; // JSON objects forget the order the steps ran in
    for (const StepResult &step : steps) {
        order.append(step.key);
        QJsonObject object{{QStringLiteral("median_ms"), StepResult::median(step.samples)},
                           {QStringLiteral("min_ms"), StepResult::minimum(step.samples)},
                           {QStringLiteral("max_ms"), StepResult::maximum(step.samples)},
                           {QStringLiteral("samples_ms"), toArray(step.samples)},
                           {QStringLiteral("detail"), step.detail}};
        if (step.hasLimit()) {
            object.insert(QStringLiteral("limit"),
                          QJsonObject{{QStringLiteral("median_ms"), StepResult::median(step.limitSamples)},
                                      {QStringLiteral("min_ms"), StepResult::minimum(step.limitSamples)},
                                      {QStringLiteral("max_ms"), StepResult::maximum(step.limitSamples)},
                                      {QStringLiteral("samples_ms"), toArray(step.limitSamples)}});
            object.insert(QStringLiteral("ratio"), step.ratio());
        }
        if (!step.writtenSamples.empty())
            object.insert(QStringLiteral("written_after"),
                          QJsonObject{{QStringLiteral("median_ms"), StepResult::median(step.writtenSamples)},
                                      {QStringLiteral("samples_ms"), toArray(step.writtenSamples)}});
        stepObjects.insert(step.key, object);
    }
    if (peakMemoryMiB >= 0)
        stepObjects.insert(QLatin1String(peakMemoryKey), QJsonObject{{QStringLiteral("mib"), peakMemoryMiB}});
    return {{QStringLiteral("size"), sizeName},
            {QStringLiteral("project"), projectSummary},
            {QStringLiteral("repeat"), repeat},
            {QStringLiteral("order"), order},
            {QStringLiteral("steps"), stepObjects}};
}

BenchReport BenchReport::fromJson(const QJsonObject &json)
{
    BenchReport report;
    report.sizeName = json.value(QStringLiteral("size")).toString();
    report.projectSummary = json.value(QStringLiteral("project")).toString();
    report.repeat = json.value(QStringLiteral("repeat")).toInt();
    const QJsonObject steps = json.value(QStringLiteral("steps")).toObject();
    report.peakMemoryMiB = steps.value(QLatin1String(peakMemoryKey)).toObject().value(QStringLiteral("mib")).toDouble(-1);
    for (const QJsonValue &key : json.value(QStringLiteral("order")).toArray()) {
        const QJsonObject object = steps.value(key.toString()).toObject();
        StepResult step;
        step.key = key.toString();
        step.samples = fromArray(object.value(QStringLiteral("samples_ms")));
        step.limitSamples = fromArray(object.value(QStringLiteral("limit")).toObject().value(QStringLiteral("samples_ms")));
        step.detail = object.value(QStringLiteral("detail")).toString();
        step.writtenSamples =
            fromArray(object.value(QStringLiteral("written_after")).toObject().value(QStringLiteral("samples_ms")));
        report.steps.push_back(step);
    }
    return report;
}

QString BenchReport::table() const
{
    QStringList lines;
    lines << QStringLiteral("Size %1: %2; repeat %3; times in ms").arg(sizeName, projectSummary).arg(repeat);
    lines << padded(QStringLiteral("step"), 26, false) + padded(QStringLiteral("median"), 10)
                 + padded(QStringLiteral("min"), 10) + padded(QStringLiteral("max"), 10)
                 + padded(QStringLiteral("raw limit"), 11) + padded(QStringLiteral("ratio"), 9) + QStringLiteral("   ")
                 + QStringLiteral("detail");
    for (const StepResult &step : steps) {
        const QString limit = step.hasLimit() ? milliseconds(StepResult::median(step.limitSamples)) : QStringLiteral("-");
        const QString ratio = step.hasLimit() ? QLocale::c().toString(step.ratio(), 'f', 1) + QLatin1Char('x')
                                              : QStringLiteral("-");
        lines << padded(step.key, 26, false) + padded(milliseconds(StepResult::median(step.samples)), 10)
                     + padded(milliseconds(StepResult::minimum(step.samples)), 10)
                     + padded(milliseconds(StepResult::maximum(step.samples)), 10) + padded(limit, 11)
                     + padded(ratio, 9) + QStringLiteral("   ") + step.detail
                     + (step.writtenSamples.empty()
                            ? QString()
                            : QStringLiteral("; written %1 ms later")
                                  .arg(milliseconds(StepResult::median(step.writtenSamples))));
    }
    if (peakMemoryMiB >= 0)
        lines << padded(QLatin1String(peakMemoryKey), 26, false)
                     + padded(QLocale::c().toString(peakMemoryMiB, 'f', 0) + QStringLiteral(" MiB"), 10);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString BenchReport::comparison(const BenchReport &smaller, const BenchReport &larger)
{
    const QString ratioTitle = larger.sizeName + QLatin1Char('/') + smaller.sizeName;
    QStringList lines;
    lines << QStringLiteral("Growth from %1 to %2 (medians)").arg(smaller.sizeName, larger.sizeName);
    lines << padded(QStringLiteral("step"), 26, false) + padded(smaller.sizeName + QStringLiteral(" ms"), 12)
                 + padded(larger.sizeName + QStringLiteral(" ms"), 12) + padded(ratioTitle, 9);
    for (const StepResult &step : larger.steps) {
        for (const StepResult &base : smaller.steps) {
            if (base.key != step.key)
                continue;
            const double before = StepResult::median(base.samples);
            const double after = StepResult::median(step.samples);
            lines << padded(step.key, 26, false) + padded(milliseconds(before), 12) + padded(milliseconds(after), 12)
                         + padded(before > 0 ? QLocale::c().toString(after / before, 'f', 1) + QLatin1Char('x')
                                             : QStringLiteral("-"),
                                  9);
        }
    }
    if (smaller.peakMemoryMiB > 0 && larger.peakMemoryMiB >= 0)
        lines << padded(QLatin1String(peakMemoryKey), 26, false)
                     + padded(QLocale::c().toString(smaller.peakMemoryMiB, 'f', 0) + QStringLiteral(" MiB"), 12)
                     + padded(QLocale::c().toString(larger.peakMemoryMiB, 'f', 0) + QStringLiteral(" MiB"), 12)
                     + padded(QLocale::c().toString(larger.peakMemoryMiB / smaller.peakMemoryMiB, 'f', 1)
                                  + QLatin1Char('x'),
                              9);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Akademiplan::Bench
