// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "stepresult.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace Akademiplan::Bench {

// The figures of one benchmark run: the project's size, each step's times beside its raw limit,
// and the peak memory. Printed as an aligned table for people or as JSON for scripts; two runs
// at different sizes are compared step by step to show how the work grows with the project.
class BenchReport
{
public:
    QString sizeName;
    QString projectSummary; // e.g. "10,000 participants, 600 activities, …"
    int repeat = 0;
    std::vector<StepResult> steps;
    double peakMemoryMiB = -1; // -1 when not measured

    QJsonObject toJson() const;
    static BenchReport fromJson(const QJsonObject &json);
    QString table() const;
    // The larger run's median divided by the smaller's, per step both have.
    static QString comparison(const BenchReport &smaller, const BenchReport &larger);

    static constexpr const char *peakMemoryKey = "peak-memory";
};

} // namespace Akademiplan::Bench
