// SPDX-License-Identifier: MPL-2.0
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <vector>

namespace Akademiplan::Bench {

// What a step's timer reads, in the milliseconds the report gives.
inline double millisecondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The times of one step of the benchmark and, where there is one, of its raw limit: the same
// work done with nothing but the SQLite C API or a bare QPdfWriter, measured in the same run.
struct StepResult
{
    QString key;
    std::vector<double> samples;      // milliseconds, one per repeat
    std::vector<double> limitSamples; // milliseconds, empty when the step has no raw limit
    QString detail;                   // what the step touched, e.g. "25,000 enrolments"
    // Milliseconds from the step's return until the working copy holds its change: an edit is
    // written behind the window, on the store's thread. Empty for a step that writes nothing.
    std::vector<double> writtenSamples = {};

    static double median(std::vector<double> values)
    {
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        const std::size_t middle = values.size() / 2;
        return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
    static double minimum(const std::vector<double> &values)
    {
        return values.empty() ? 0 : *std::min_element(values.begin(), values.end());
    }
    static double maximum(const std::vector<double> &values)
    {
        return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    }

    bool hasLimit() const { return !limitSamples.empty(); }
    // How many times the raw limit the step takes; 0 without a limit.
    double ratio() const
    {
        const double limit = median(limitSamples);
        return hasLimit() && limit > 0 ? median(samples) / limit : 0;
    }
};

} // namespace Akademiplan::Bench
