// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/anyentity.h"
#include "domain/project.h"

#include <QString>

#include <optional>
#include <vector>

namespace Akademiplan::Test {

// The named project sizes the benchmark and the scale tests agree on. L is a large municipality
// (DESIGN.md's large size): one academy of four tracks, so one track holds about a quarter of
// the enrolments; XL is ten times L, the stress size; S is small enough for every test run.
struct LargeProjectSize
{
    QString name;
    int participants = 0;
    int activities = 0;
    int sessions = 0;
    int enrolments = 0;
    // How many people the benchmark removes in one step (a list the consultant cleans up).
    int participantsToRemove = 0;

    static LargeProjectSize small();
    static LargeProjectSize large();
    static LargeProjectSize extraLarge();
    // "S", "L" or "XL" in any case; nothing for any other name.
    static std::optional<LargeProjectSize> named(const QString &name);
};

// The rows of a project of the given size for ProjectEditor::insertAll. The content is the same
// on every run (names, roles, dates, who is enrolled where); only ids and UUIDs are handed out
// by the document. About one person in six is a manager, spread over the whole list; every
// tenth activity has a capacity, and the people beyond it are on its waiting list.
std::vector<AnyEntity> largeProject(const LargeProjectSize &size);

// The track with the most enrolments, its own and its activities': the one a benchmark removes.
struct LargestTrack
{
    qint64 id = 0;
    int enrolments = 0;
};
LargestTrack largestTrack(const Project &project);

} // namespace Akademiplan::Test
