// SPDX-License-Identifier: MPL-2.0
#pragma once

#include "project.h"
#include "validationissue.h"

#include <QCoreApplication>

namespace Akademiplan {

// The domain's rules for a single entity, in words a consultant understands. The project gives
// the context, e.g. the academy period a session must fall in.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Akademiplan::Validator)

public:
    static ValidationIssues check(const AnyEntity &entity, const Project &project);

    static ValidationIssues check(const Academy &academy, const Project &project);
    static ValidationIssues check(const Track &track, const Project &project);
    static ValidationIssues check(const Activity &activity, const Project &project);
    static ValidationIssues check(const Session &session, const Project &project);
    static ValidationIssues check(const Organisation &organisation, const Project &project);
    static ValidationIssues check(const Participant &participant, const Project &project);
    static ValidationIssues check(const Enrolment &enrolment, const Project &project);
    static ValidationIssues check(const Attendance &attendance, const Project &project);

    static bool isValidEmail(const QString &email);
    static bool hasErrors(const ValidationIssues &issues);
    static QString firstError(const ValidationIssues &issues);
};

} // namespace Akademiplan
