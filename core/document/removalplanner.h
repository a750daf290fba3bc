// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "domain/changeset.h"
#include "domain/project.h"

namespace Akademiplan {

// Works out everything that goes with a removed row (an activity's sessions, enrolments and
// attendance, ...) as one change set, so that the removal and its undo are each one step.
class RemovalPlanner
{
public:
    explicit RemovalPlanner(const Project &project);

    ChangeSet removalOf(EntityType type, const QList<qint64> &ids) const;

private:
    const Project &m_project;
};

} // namespace Akademiplan
