// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "benchreport.h"
#include "largeproject.h"

#include <QString>
#include <QStringList>

namespace Akademiplan::Bench {

// Runs the benchmark's steps on one project file and collects their times, each beside its raw
// limit measured in the same run. Steps that need the file closed (open, window) run first;
// the edits then share one open document with every item model alive, as in the window.
class BenchRunner
{
public:
    struct Options
    {
        Test::LargeProjectSize size;
        int repeat = 5;
        QStringList only; // step keys; empty for all
        QString file;     // the project to measure; empty to generate one of `size`
    };

    // Every step key in the order the steps run.
    static const QStringList &stepKeys();
    static int defaultRepeat(const Test::LargeProjectSize &size);
    // Writes a project of the given size to `path` (which must not exist) and saves it.
    static bool generate(const Test::LargeProjectSize &size, const QString &path, QString *error);

    BenchRunner(Options options, QString workFolder);
    bool run(BenchReport *report, QString *error);

private:
    bool wants(const QString &key) const;
    bool timeOpen(BenchReport &report, const QString &key);
    // The same project written once more by another SQLite program, as a file from elsewhere
    // is: its bytes are not those of any save here, so opening it checks it in full.
    bool writtenElsewhere();
    // Opens the file and saves it, as the consultant's own file is.
    bool saveHere();
    bool timeCheckPlan(BenchReport &report);
    bool timeWindow(BenchReport &report);

    Options m_options;
    QString m_workFolder;
    QString m_path;
    QString m_error;
};

} // namespace Akademiplan::Bench
