// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "difference.h"
#include "projectcomparison.h"
#include "projectversions.h"

#include <QString>

#include <memory>
#include <vector>

namespace Akademiplan {

// A returned copy compared with the consultant's project: what a merge view shows and a merge
// takes in.
struct CopyComparison
{
    enum class Mode { ThreeWay, TwoWay };

    QString theirFile; // the file name, without the folder
    Mode mode = Mode::TwoWay;
    // Three-way: the revision compared against, in words; two-way: why there is none.
    QString baseDescription;
    ProjectComparison::Options options;
    QUuid theirRevisionUuid;
    Project theirs;
    std::shared_ptr<const ProjectVersions> mineVersions; // the consultant's project when compared
    std::shared_ptr<const ProjectVersions> theirVersions;
    std::vector<Difference> differences;

    int conflictCount() const
    {
        return int(std::count_if(differences.begin(), differences.end(), [](const Difference &d) { return d.conflict; }));
    }
    int theirChangeCount() const
    {
        return int(std::count_if(differences.begin(), differences.end(), [](const Difference &d) { return d.isTheirs(); }));
    }
};

} // namespace Akademiplan
