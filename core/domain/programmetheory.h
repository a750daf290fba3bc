// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "entityheader.h"

#include <QString>

namespace Akademiplan {

// An academy's programme theory ("forandringsteori"): the chain from its activities to the
// difference it should make, as the consultant writes it with the municipality, with the
// assumptions the chain rests on and what will count as success; and the anchoring plan
// ("forankring"), the managers' part before, during and after, which decides whether what
// participants learn is used at work. One per academy.
struct ProgrammeTheory : EntityHeader
{
    qint64 academyId = 0;
    QString forWhom;
    QString activities;
    QString learning;   // what participants learn
    QString behaviour;  // what they do differently
    QString results;    // short-term results: what colleagues and citizens notice
    QString effects;    // long-term effects
    QString assumptions;
    QString success;    // what counts as success
    QString managersBefore;
    QString managersDuring;
    QString managersAfter;
    bool operator==(const ProgrammeTheory &) const = default;
};

} // namespace Akademiplan
