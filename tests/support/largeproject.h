// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"

#include <vector>

namespace Akademiplan::Test {

// A project of a large municipality for scale tests and the benchmark, as rows for
// ProjectEditor::insertAll: `scale` 1.0 gives 10,000 participants, 600 activities, 2,000
// sessions and 100,000 enrolments in one academy of four tracks (DESIGN.md's large size).
struct LargeProjectSize
{
    int participants = 10000;
    int activities = 600;
    int sessions = 2000;
    int enrolments = 100000;

    static LargeProjectSize scaled(double scale);
};

std::vector<AnyEntity> largeProject(const LargeProjectSize &size);

} // namespace Akademiplan::Test
