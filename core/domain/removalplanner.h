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
    // How many rows of `counted` the removal takes with it, e.g. the enrolments of people about
    // to be deleted, for the question the user is asked first.
    int countOf(EntityType counted, EntityType type, const QList<qint64> &ids) const;

private:
    const Project &m_project;
};

} // namespace Akademiplan
